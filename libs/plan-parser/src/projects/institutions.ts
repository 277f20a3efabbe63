import type { ParsedInstitution, ParseWarning } from '../types';
import { institutionCategoryOf } from './institution-category';

/** Institutions in order of first appearance, one per name. */
export class InstitutionRegistry {
  private readonly byName = new Map<string, ParsedInstitution>();

  add(name: string, file: string, line: number): void {
    if (!this.byName.has(name)) this.byName.set(name, { name, category: institutionCategoryOf(name), source: { file, line } });
  }

  addAll(lines: Map<string, number>, file: string): void {
    for (const [name, line] of lines) this.add(name, file, line);
  }

  list(): ParsedInstitution[] {
    return [...this.byName.values()];
  }
}

/**
 * Names that differ by one repeated character ('人民医医院' beside '人民医院') are almost certainly a typo in the
 * document. They are kept as printed — the parser does not correct the plan — and flagged.
 */
export function nearDuplicateWarnings(institutions: readonly ParsedInstitution[]): ParseWarning[] {
  const warnings: ParseWarning[] = [];
  const names = new Set(institutions.map((institution) => institution.name));
  for (const institution of institutions) {
    const chars = [...institution.name];
    for (let i = 1; i < chars.length; i++) {
      if (chars[i] !== chars[i - 1]) continue;
      const shorter = [...chars.slice(0, i), ...chars.slice(i + 1)].join('');
      if (names.has(shorter)) {
        warnings.push({
          line: institution.source.line,
          message: `机构“${institution.name}”像是“${shorter}”的笔误；按原文保留`,
        });
        break;
      }
    }
  }
  return warnings;
}
