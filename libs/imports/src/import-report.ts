import type { ParseWarning, ProgramReconciliation } from '@tracker/plan-parser';

export type ImportAction = 'create' | 'update' | 'unchanged';

/** A project as the import would leave it, in the API's project shape, with what the import does to it. */
export interface ImportedProject {
  action: ImportAction;
  code: string;
  name: string;
  programNumber: number | null;
  institutionName: string | null;
  buildType: string;
  landMu: number | null;
  investmentWan: number | null;
  floorAreaM2: number | null;
  newBuildAreaM2: number | null;
  renovationAreaM2: number | null;
  beds: number | null;
  startYear: number | null;
  endYear: number | null;
  source: { file: string; line: number };
}

export interface ImportReport {
  file: string;
  dryRun: boolean;
  plan: { code: string; title: string; action: ImportAction };
  counts: {
    programs: number;
    institutionsCreated: number;
    projectsCreated: number;
    projectsUpdated: number;
    projectsUnchanged: number;
    bedTargets: number;
    indicators: number;
  };
  /** Projects of this plan and file that the document no longer lists; kept, since they may carry progress. */
  projectsNotInDocument: { code: string; name: string }[];
  projects: ImportedProject[];
  reconciliation: ProgramReconciliation[];
  warnings: ParseWarning[];
  durationMs: number;
}
