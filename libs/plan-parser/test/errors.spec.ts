import { describe, expect, it } from '@jest/globals';
import { decodeDocument } from '../src/decode';
import { parsePlanDocument } from '../src/document';
import { PlanParseError } from '../src/errors';
import { PARSER_LIMITS } from '../src/limits';
import { parseProjectCsv, parseProjectXlsx } from '../src/sheets/parse-sheets';
import { planText } from './fixtures';

describe('input that is not a plan', () => {
  it('refuses an empty file', () => {
    expect(() => decodeDocument(Buffer.alloc(0), 'empty.txt')).toThrow('empty.txt is empty');
    expect(() => parsePlanDocument('  \n\n ', 'blank.txt')).toThrow('blank.txt is empty');
    expect(() => parseProjectCsv('', 'empty.csv', 'P')).toThrow('empty.csv is empty');
  });

  it('refuses binary garbage: NUL bytes, with their line', () => {
    const bytes = Buffer.concat([Buffer.from('第一行\n第二行\n'), Buffer.from([0x89, 0x50, 0x00, 0x1a])]);
    expect(() => decodeDocument(bytes, 'image.txt')).toThrow('image.txt looks binary: line 3 holds a NUL byte');
    expect(() => parsePlanDocument('标题\u0000', 'nul.txt')).toThrow(/looks binary/);
  });

  it('refuses text that is not UTF-8, naming the line', () => {
    const gbk = Buffer.concat([Buffer.from('泸县\n'), Buffer.from([0xc2, 0xe3, 0xcf, 0xd8, 0xff])]);
    expect(() => decodeDocument(gbk, 'gbk.txt')).toThrow('gbk.txt is not valid UTF-8 text (line 2)');
    expect(() => parsePlanDocument('泸县\ufffd', 'lossy.txt')).toThrow(/not valid UTF-8/);
  });

  it('drops a byte order mark', () => {
    expect(decodeDocument(Buffer.from('\ufeff泸县', 'utf8'), 'bom.txt')).toBe('泸县');
  });

  it('refuses oversized input before reading it', () => {
    expect(PARSER_LIMITS.maxBytes).toBe(5 * 1024 * 1024);
    const big = Buffer.alloc(PARSER_LIMITS.maxBytes + 1, 0x41);
    expect(() => decodeDocument(big, 'big.txt')).toThrow(`big.txt is ${PARSER_LIMITS.maxBytes + 1} bytes; the limit is ${PARSER_LIMITS.maxBytes} bytes`);
    expect(() => parsePlanDocument(planText('正文'), 'small.txt', { limits: { maxBytes: 10 } })).toThrow(/the limit is 10 bytes/);
    return expect(parseProjectXlsx(big, 'big.xlsx', 'P')).rejects.toThrow(/the limit is/);
  });

  it('refuses too many lines', () => {
    expect(() => parsePlanDocument(planText('a', 'b', 'c'), 'lines.txt', { limits: { maxLines: 3 } })).toThrow('lines.txt has 5 lines; the limit is 3');
  });

  it('refuses a plan with no title, or a region it does not know', () => {
    expect(() => parsePlanDocument('只是一段文字。', 'untitled.txt')).toThrow(/no plan title found/);
    expect(() => parsePlanDocument('某某县“十四五”卫生健康发展规划\n', 'unknown.txt')).toThrow(/names no known region/);
  });

  it('refuses a csv without a recognisable header', () => {
    expect(() => parseProjectCsv('名称,金额\n住院楼,100\n', 'nohead.csv', 'P')).toThrow(/no header row with a 项目名称 column/);
  });

  it('names line and column of a malformed csv figure', () => {
    const run = () => parseProjectCsv('单位：万元\n项目名称,计划投资（万元）\n住院楼,1O200\n', 'bad.csv', 'P');
    expect(run).toThrow('line 3, column 计划投资（万元）: "1O200" is not a number');
    expect(run).toThrow(PlanParseError);
  });

  it('refuses a csv whose quoted cell never closes, or too wide, or with a huge cell', () => {
    expect(() => parseProjectCsv('项目名称\n"住院楼\n', 'open.csv', 'P')).toThrow('open.csv line 2: a quoted cell is never closed');
    expect(() => parseProjectCsv('项目名称,a,b,c\n', 'wide.csv', 'P', { limits: { maxSheetColumns: 3 } })).toThrow(/more than 3 columns/);
    expect(() => parseProjectCsv(`项目名称\n${'x'.repeat(50)}\n`, 'cell.csv', 'P', { limits: { maxCellChars: 20 } })).toThrow(/the limit is 20/);
  });
});
