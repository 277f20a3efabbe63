import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { defineEvents, type CatalogueOf } from '@tracker/events';
import { AnnualPlanView } from './annual-plans/annual-plan.views';
import { FundingLineView } from './http/funding.views';
import { ProjectView } from './http/project.views';

export class ProjectCreatedEvent {
  @ApiProperty({ type: ProjectView })
  project: ProjectView;
}

export class ProjectUpdatedEvent {
  @ApiProperty({ type: ProjectView, description: 'The project after the change' })
  project: ProjectView;
  @ApiProperty({ type: ProjectView, description: 'The project before it' })
  previous: ProjectView;
}

export class ProjectDeletedEvent {
  @ApiProperty({ type: ProjectView, description: 'The project as it was when deleted' })
  project: ProjectView;
}

export class ProgressReportedEvent {
  @ApiProperty({ format: 'uuid' })
  projectId: string;
  @ApiProperty({ example: '2024-05', description: 'The month reported, YYYY-MM' })
  period: string;
  @ApiProperty({ example: 420.5, description: '万元 completed in the month' })
  completedInvestmentWan: number;
  @ApiProperty({ example: 300, description: '万元 disbursed in the month' })
  disbursedWan: number;
  @ApiProperty({ type: Number, nullable: true, example: 35 })
  physicalProgressPct: number | null;
  @ApiProperty({ type: String, nullable: true })
  note: string | null;
  @ApiProperty({ type: String, nullable: true, description: '进展情况, as a list or a person wrote it' })
  progressText: string | null;
  @ApiProperty({ example: 1 })
  version: number;
  @ApiProperty({ description: 'The month had been reported before, and this replaces it' })
  replaced: boolean;
}

export class FundingUpdatedEvent {
  @ApiProperty({ format: 'uuid' })
  projectId: string;
  @ApiProperty({ type: [FundingLineView] })
  items: FundingLineView[];
  @ApiProperty({ example: 12000, description: '万元, the sum of the lines' })
  totalWan: number;
  @ApiProperty({ type: [FundingLineView], description: 'The lines before the change' })
  previousItems: FundingLineView[];
}

export class AnnualPlanUpdatedEvent {
  @ApiProperty({ type: AnnualPlanView })
  annualPlan: AnnualPlanView;
  @ApiPropertyOptional({ type: AnnualPlanView, description: 'Absent when the year had no plan before' })
  previous?: AnnualPlanView;
}

/** Whoever writes them (the API, an import), these events have these payloads. */
export const PROJECT_EVENTS = defineEvents('projects', {
  'project.created': { aggregate: 'project', summary: 'A project was created', payload: ProjectCreatedEvent, public: true, changesFinanceFigures: true },
  'project.updated': { aggregate: 'project', summary: 'A project was changed', payload: ProjectUpdatedEvent, public: true, changesFinanceFigures: true },
  'project.deleted': { aggregate: 'project', summary: 'A project was deleted', payload: ProjectDeletedEvent, public: true, changesFinanceFigures: true },
  'progress.reported': { aggregate: 'progress_report', summary: 'A month of progress was reported', payload: ProgressReportedEvent, public: true, changesFinanceFigures: true },
  'funding.updated': { aggregate: 'funding', summary: 'A project’s funding lines were replaced', payload: FundingUpdatedEvent, public: true, changesFinanceFigures: true },
  // A year's planned investment is the pace's (kept in the rollups).
  'annual_plan.updated': { aggregate: 'annual_plan', summary: 'A project’s annual plan was set', payload: AnnualPlanUpdatedEvent, public: true, changesFinanceFigures: true },
});

declare module '@tracker/events' {
  interface EventCatalogue extends CatalogueOf<typeof PROJECT_EVENTS> {}
}
