import { ApiProperty } from '@nestjs/swagger';
import { defineEvents, type CatalogueOf } from '@tracker/events';
import { ProblemView } from './problems/problem.views';
import { MissingReport, ReportView, RoundView } from './rounds/round.views';

export class RoundOpenedEvent {
  @ApiProperty({ type: RoundView })
  round: RoundView;
}

export class RoundClosedEvent {
  @ApiProperty({ type: RoundView })
  round: RoundView;
  @ApiProperty({ type: [MissingReport], description: 'The reports not submitted when it closed' })
  missing: MissingReport[];
}

export class ReportEvent {
  @ApiProperty({ type: ReportView, description: 'The report after the step; `reason` says why when returned' })
  report: ReportView;
}

export class ProblemChangedEvent {
  @ApiProperty({ type: ProblemView, nullable: true, description: 'null when created' })
  before: ProblemView | null;
  @ApiProperty({ type: ProblemView })
  after: ProblemView;
}

export class ProblemOverdueEvent {
  @ApiProperty({ type: ProblemView })
  problem: ProblemView;
}

export const REPORTING_EVENTS = defineEvents('reporting', {
  'round.opened': { aggregate: 'reporting_round', summary: 'A reporting round (调度) was opened', payload: RoundOpenedEvent, public: true },
  'round.closed': { aggregate: 'reporting_round', summary: 'A reporting round was closed, by schedule or by hand', payload: RoundClosedEvent, public: true },
  'report.submitted': { aggregate: 'round_report', summary: 'A project’s report of a round was submitted', payload: ReportEvent, public: true },
  'report.returned': { aggregate: 'round_report', summary: 'A submitted report was returned with a reason', payload: ReportEvent, public: true },
  'report.approved': { aggregate: 'round_report', summary: 'A submitted report was approved', payload: ReportEvent, public: true },
  'problem.created': { aggregate: 'problem', summary: 'A problem (存在问题) was recorded for a project', payload: ProblemChangedEvent, public: true },
  'problem.updated': { aggregate: 'problem', summary: 'A problem was changed or resolved', payload: ProblemChangedEvent, public: true },
  'problem.overdue': { aggregate: 'problem', summary: 'An open problem passed its due date', payload: ProblemOverdueEvent, public: true },
});

declare module '@tracker/events' {
  interface EventCatalogue extends CatalogueOf<typeof REPORTING_EVENTS> {}
}
