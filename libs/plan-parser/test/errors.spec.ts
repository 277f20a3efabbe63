import { describe, expect, it } from '@jest/globals';
import { decodeDocument } from '../src/decode';
import { parsePlanDocument } from '../src/document';
import { PlanParseError } from '../src/errors';
import { PARSER_LIMITS } from '../src/limits';
import { planText, regions } from './fixtures';

describe('input that is not a plan', () => {
  it('refuses an empty file', () => {
    expect(() => decodeDocument(Buffer.alloc(0), 'empty.txt')).toThrow('empty.txt 是空文件');
    expect(() => parsePlanDocument('  \n\n ', 'blank.txt', { regions })).toThrow('blank.txt 是空文件');
  });

  it('refuses binary garbage: NUL bytes, with their line', () => {
    const bytes = Buffer.concat([Buffer.from('第一行\n第二行\n'), Buffer.from([0x89, 0x50, 0x00, 0x1a])]);
    expect(() => decodeDocument(bytes, 'image.txt')).toThrow('image.txt 不是文本文件：第 3 行含有 NUL 字节');
    expect(() => parsePlanDocument('标题\u0000', 'nul.txt', { regions })).toThrow(/不是文本文件/);
  });

  it('reads GB18030 as well as UTF-8, and refuses bytes that are neither, naming the line', () => {
    // 泸县 in GBK.
    expect(decodeDocument(Buffer.from([0xe3, 0xf2, 0xcf, 0xd8]), 'gbk.txt')).toBe('泸县');
    const broken = Buffer.concat([Buffer.from('泸县\n'), Buffer.from([0xff, 0xff, 0xff])]);
    expect(() => decodeDocument(broken, 'broken.txt')).toThrow('broken.txt 第 2 行有无法识别的字节：文件既不是 UTF-8 也不是 GB18030（GBK）编码的文本');
    expect(() => parsePlanDocument('泸县\ufffd', 'lossy.txt', { regions })).toThrow(/无法识别的字符/);
  });

  it('drops a byte order mark', () => {
    expect(decodeDocument(Buffer.from('\ufeff泸县', 'utf8'), 'bom.txt')).toBe('泸县');
  });

  it('refuses oversized input before reading it', () => {
    expect(PARSER_LIMITS.maxBytes).toBe(5 * 1024 * 1024);
    const big = Buffer.alloc(PARSER_LIMITS.maxBytes + 1, 0x41);
    expect(() => decodeDocument(big, 'big.txt')).toThrow(`big.txt 有 ${PARSER_LIMITS.maxBytes + 1} 字节（5 MB），超过上限 ${PARSER_LIMITS.maxBytes} 字节（5 MB）`);
    expect(() => parsePlanDocument(planText('正文'), 'small.txt', { regions, limits: { maxBytes: 10 } })).toThrow(/超过上限 10 字节/);
  });

  it('refuses too many lines', () => {
    expect(() => parsePlanDocument(planText('a', 'b', 'c'), 'lines.txt', { regions, limits: { maxLines: 3 } })).toThrow('lines.txt 有 5 行，超过上限 3 行');
  });

  it('refuses a plan with no title, or a title that names no division of the catalogue', () => {
    expect(() => parsePlanDocument('只是一段文字。', 'untitled.txt', { regions })).toThrow(/没有找到规划标题/);
    const unknown = () => parsePlanDocument('某某县“十四五”卫生健康发展规划\n', 'unknown.txt', { regions });
    expect(unknown).toThrow(PlanParseError);
    expect(unknown).toThrow(/标题“某某县“十四五”卫生健康发展规划”中没有可识别的行政区划名称/);
  });
});
