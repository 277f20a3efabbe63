import { captionAt, headingBefore, nextNonBlank, type Caption } from './captions';
import type { RawTable } from './raw-table';
import { isTableLine, readTable } from './read-table';

/** A captioned box or table, or a table standing alone with the heading above it. */
export interface Block {
  caption: Caption | null;
  heading: { title: string; line: number } | null;
  table: RawTable | null;
}

// A caption's table follows it after at most a few blank lines; further away it is some other table.
const MAX_GAP = 4;

export function scanBlocks(lines: readonly string[]): Block[] {
  const blocks: Block[] = [];
  let index = 0;
  while (index < lines.length) {
    const caption = captionAt(lines, index);
    if (caption) {
      const start = nextNonBlank(lines, caption.next);
      if (start !== null && start - caption.next <= MAX_GAP && isTableLine(lines[start]) && !captionAt(lines, start)) {
        const table = readTable(lines, start);
        blocks.push({ caption, heading: null, table });
        index = table.next;
      } else {
        blocks.push({ caption, heading: null, table: null });
        index = caption.next;
      }
      continue;
    }
    if (isTableLine(lines[index])) {
      const table = readTable(lines, index);
      blocks.push({ caption: null, heading: headingBefore(lines, index), table });
      index = Math.max(table.next, index + 1);
      continue;
    }
    index++;
  }
  return blocks;
}
