import { isBlank, stripBookmarks } from '../text';

export interface Caption {
  label: '专栏' | '表';
  number: number | null;
  title: string;
  /** 1-based line of the caption. */
  line: number;
  /** 0-based index of the first line after the caption. */
  next: number;
}

const NUMBERED = /^(专栏|表)\s*(\d+)\s*(.*)$/;
const BARE_LABEL = /^(专栏|表)$/;
const NUMBER_ONLY = /^\d+$/;
// 平罗县 prints its boxes as an indented heading ending in 项目/工程, followed by item headings ending in '：'.
const BOX_HEADING = /^[ \u3000]+(\S.{1,40}(?:重大项目|项目|工程))\s*$/;
const ITEM_HEADING = /[：:]\s*$/;

function clean(line: string): string {
  // A box may open with a stray '(' on the line before its label ("[bookmark: page20] (").
  return stripBookmarks(line).replace(/^[\s(（]+$/, '').trim();
}

function isTitleLike(text: string): boolean {
  return text.length > 0 && text.length <= 60 && !/[。；]/.test(text);
}

/** A 专栏 or 表 caption at `index`, possibly spread over lines ('专栏' / ' 1' / '公共卫生重大项目'). */
export function captionAt(lines: readonly string[], index: number): Caption | null {
  const text = clean(lines[index]);
  const numbered = NUMBERED.exec(text);
  if (numbered) {
    const [, label, digits, rest] = numbered;
    let title = rest.trim();
    let next = index + 1;
    if (title === '') {
      const following = nextNonBlank(lines, next);
      if (following !== null && isTitleLike(clean(lines[following])) && !lines[following].includes('\t')) {
        title = clean(lines[following]);
        next = following + 1;
      }
    }
    if (!isTitleLike(title) && title !== '') return null;
    return { label: label as Caption['label'], number: Number(digits), title, line: index + 1, next };
  }
  if (BARE_LABEL.test(text)) {
    const numberLine = nextNonBlank(lines, index + 1);
    if (numberLine === null || !NUMBER_ONLY.test(clean(lines[numberLine]))) return null;
    const titleLine = nextNonBlank(lines, numberLine + 1);
    const title = titleLine === null ? '' : clean(lines[titleLine]);
    const titled = isTitleLike(title);
    return {
      label: text as Caption['label'],
      number: Number(clean(lines[numberLine])),
      title: titled ? title : '',
      line: index + 1,
      next: titled && titleLine !== null ? titleLine + 1 : numberLine + 1,
    };
  }
  const box = BOX_HEADING.exec(stripBookmarks(lines[index]));
  if (box) {
    const following = nextNonBlank(lines, index + 1);
    if (following !== null && ITEM_HEADING.test(lines[following])) {
      return { label: '专栏', number: null, title: box[1].trim(), line: index + 1, next: index + 1 };
    }
  }
  return null;
}

export function nextNonBlank(lines: readonly string[], from: number): number | null {
  for (let i = from; i < lines.length; i++) if (!isBlank(lines[i])) return i;
  return null;
}

/**
 * A table printed without a 专栏/表 label is still introduced by a short heading on the line before it
 * ('“十四五”时期卫生健康事业发展指标'); that heading becomes its title.
 */
export function headingBefore(lines: readonly string[], tableStart: number): { title: string; line: number } | null {
  let index = tableStart - 1;
  while (index >= 0 && isBlank(lines[index])) index--;
  if (index < 0 || lines[index].includes('\t')) return null;
  const text = clean(lines[index]);
  return isTitleLike(text) && text.length <= 40 ? { title: text, line: index + 1 } : null;
}
