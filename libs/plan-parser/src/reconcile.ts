import { compareDecimals, subtractDecimals, sumDecimals } from './decimal';
import type { ParsedProgram, ParsedProject, ProgramReconciliation } from './types';

/**
 * Each program's declared 合计 against the exact sum of its projects. A total the rows do not reach is
 * reported, never adjusted.
 */
export function reconcilePrograms(programs: readonly ParsedProgram[], projects: readonly ParsedProject[]): ProgramReconciliation[] {
  return programs.flatMap((program) => {
    if (!program.declared) return [];
    const own = projects.filter((project) => project.programNumber === program.number);
    const computed = {
      landMu: sumDecimals(own.map((project) => project.landMu)),
      investmentWan: sumDecimals(own.map((project) => project.investmentWan)),
    };
    const { landMu, investmentWan } = program.declared;
    const difference = {
      landMu: landMu === null ? null : subtractDecimals(landMu, computed.landMu),
      investmentWan: investmentWan === null ? null : subtractDecimals(investmentWan, computed.investmentWan),
    };
    const reconciled =
      (landMu === null || compareDecimals(landMu, computed.landMu) === 0) &&
      (investmentWan === null || compareDecimals(investmentWan, computed.investmentWan) === 0);
    return [{ programNumber: program.number, declared: program.declared, computed, difference, reconciled }];
  });
}

export function reconciliationWarnings(checks: readonly ProgramReconciliation[], programs: readonly ParsedProgram[]) {
  return checks
    .filter((check) => !check.reconciled)
    .map((check) => {
      const program = programs.find((p) => p.number === check.programNumber);
      return {
        line: program?.source.line ?? 0,
        message:
          `${program?.label ?? `专栏${check.programNumber}`}的合计与各行不符：申报用地 ${check.declared.landMu ?? '—'} 亩、投资 ${check.declared.investmentWan ?? '—'} 万元；` +
          `各行相加为用地 ${check.computed.landMu} 亩、投资 ${check.computed.investmentWan} 万元`,
      };
    });
}
