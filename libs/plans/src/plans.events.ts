import { ApiProperty } from '@nestjs/swagger';
import { defineEvents, type CatalogueOf } from '@tracker/events';
import { InstitutionView, PlanView } from './http/plan.views';

export class PlanCreatedEvent {
  @ApiProperty({ type: PlanView })
  plan: PlanView;
}

export class PlanUpdatedEvent {
  @ApiProperty({ type: PlanView })
  plan: PlanView;
  @ApiProperty({ type: PlanView, description: 'The plan before the change' })
  previous: PlanView;
}

export class InstitutionCreatedEvent {
  @ApiProperty({ type: InstitutionView })
  institution: InstitutionView;
}

export class InstitutionUpdatedEvent {
  @ApiProperty({ type: InstitutionView })
  institution: InstitutionView;
  @ApiProperty({ type: InstitutionView, description: 'The institution before the change' })
  previous: InstitutionView;
}

export const PLAN_EVENTS = defineEvents('plans', {
  // A plan's rollups: its first run (until every plan has one, whole-portfolio figures are computed live), and its
  // title (a label of the rollups) and period (its projects without years are built over it: the pace) changed.
  'plan.created': { aggregate: 'plan', summary: 'A plan was created (API or import)', payload: PlanCreatedEvent, public: true, changesFinanceFigures: true },
  'plan.updated': { aggregate: 'plan', summary: 'A plan’s title, region, period or document was changed', payload: PlanUpdatedEvent, public: true, changesFinanceFigures: true },
  'institution.created': { aggregate: 'institution', summary: 'An institution was created', payload: InstitutionCreatedEvent, public: true },
  'institution.updated': { aggregate: 'institution', summary: 'An institution was changed', payload: InstitutionUpdatedEvent, public: true },
});

declare module '@tracker/events' {
  interface EventCatalogue extends CatalogueOf<typeof PLAN_EVENTS> {}
}
