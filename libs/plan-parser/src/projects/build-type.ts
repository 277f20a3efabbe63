import type { BuildType } from '../types';

// Checked in this order: 改扩建 contains 扩建 (expansion, not renovation), and a relocation usually also
// says 新建 for the new site, so relocation wins over new.
const RULES: readonly [BuildType, RegExp][] = [
  ['relocation', /迁建|整体搬迁|异地搬迁|迁址|搬迁/],
  ['expansion', /改扩建|扩建/],
  ['new', /新建/],
  ['renovation', /改建|改造/],
];

export function buildTypeOf(text: string): BuildType | null {
  for (const [type, words] of RULES) if (words.test(text)) return type;
  return null;
}

/** The project's name says what it is when it says anything; otherwise its content does. */
export function buildTypeFrom(name: string, content: string | null): BuildType {
  return buildTypeOf(name) ?? (content === null ? null : buildTypeOf(content)) ?? 'other';
}
