/** Lines as the document numbers them (1-based externally; this array is 0-based). */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\n|\r/);
}

// A word processor's export left "[bookmark: page20]" markers at the start of some lines (平罗县); they are
// not text of the plan.
const BOOKMARK = /\[bookmark:[^\]]*\]/g;

export function stripBookmarks(line: string): string {
  return line.includes('[bookmark:') ? line.replace(BOOKMARK, '') : line;
}

export function isBlank(line: string): boolean {
  return line.trim() === '';
}

// CJK ideographs, CJK and full-width punctuation, and the curly quotes Chinese text uses.
const WIDE = '\\u2018-\\u201f\\u2026\\u2e80-\\u303f\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\ufe30-\\ufe4f\\uff00-\\uffef';
const SPACE_BESIDE_WIDE = new RegExp(`(?<=[${WIDE}])\\s+|\\s+(?=[${WIDE}])`, 'g');

/**
 * A name, label or header as one line: cells that wrap are broken mid-word ('重点疾病' / '控制'), and PDF
 * conversion scatters spaces inside Chinese ('每千人口医疗卫生机构床 位数'), so line breaks and spaces next to
 * Chinese characters are dropped; other runs of spaces become one.
 */
export function tidy(text: string): string {
  return joinLines(text).replace(SPACE_BESIDE_WIDE, '').replace(/\s+/g, ' ').trim();
}

/** A value cell as one line: wrapped lines joined without a separator, inner spacing kept ('9.0 左右'). */
export function joinLines(text: string): string {
  return text
    .split('\n')
    .map((line) => line.trim())
    .join('')
    .trim();
}

/** Free text kept as written: each line trimmed, blank lines dropped, lines joined with '\n'. */
export function verbatim(text: string): string {
  if (text.indexOf('\n') < 0) return text.trim();
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
}

export function nullIfEmpty(text: string): string | null {
  return text === '' ? null : text;
}

/** Headers are matched on their words alone: '计划新\n增用地\n（亩）' → '计划新增用地（亩）'. */
export function headerKey(text: string): string {
  return text.replace(/\s+/g, '');
}

const FULL_WIDTH_DIGITS = /[０-９．，]/g;

export function toAsciiDigits(text: string): string {
  FULL_WIDTH_DIGITS.lastIndex = 0;
  if (!FULL_WIDTH_DIGITS.test(text)) return text;
  FULL_WIDTH_DIGITS.lastIndex = 0;
  return text.replace(FULL_WIDTH_DIGITS, (c) => (c === '．' ? '.' : c === '，' ? ',' : String(c.charCodeAt(0) - 0xff10)));
}
