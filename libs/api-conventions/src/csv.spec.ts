import { describe, expect, it } from '@jest/globals';
import { csvCell } from './csv';

describe('csvCell', () => {
  it('neutralises text that a spreadsheet would run as a formula', () => {
    expect(['=HYPERLINK("http://x","y")', '+1', '-1+2', '@SUM(1+1)医院', '\tx', '\rx'].map((t) => csvCell(t))).toEqual([
      `"'=HYPERLINK(""http://x"",""y"")"`,
      "'+1",
      "'-1+2",
      "'@SUM(1+1)医院",
      "'\tx",
      `"'\rx"`,
    ]);
  });
  it('leaves numbers and ordinary text alone, and quotes per RFC 4180', () => {
    expect([csvCell(-12.5), csvCell('-12.50', 'number'), csvCell('人民医院'), csvCell('a,b'), csvCell(null), csvCell('中=')]).toEqual(['-12.5', '-12.50', '人民医院', '"a,b"', '', '中=']);
  });
});
