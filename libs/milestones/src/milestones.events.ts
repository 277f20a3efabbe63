import { ApiProperty } from '@nestjs/swagger';
import { defineEvents, type CatalogueOf } from '@tracker/events';
import { MilestoneView } from './http/milestone.views';

export class MilestoneChangedEvent {
  @ApiProperty({ format: 'uuid' })
  projectId: string;
  @ApiProperty({ type: MilestoneView, nullable: true, description: 'null when created' })
  before: MilestoneView | null;
  @ApiProperty({ type: MilestoneView, nullable: true, description: 'null when deleted' })
  after: MilestoneView | null;
}

export const MILESTONE_EVENTS = defineEvents('milestones', {
  'milestone.created': { aggregate: 'milestone', summary: 'A milestone was added to a project', payload: MilestoneChangedEvent, public: true },
  'milestone.updated': { aggregate: 'milestone', summary: 'A milestone was changed (dates, done)', payload: MilestoneChangedEvent, public: true },
  'milestone.deleted': { aggregate: 'milestone', summary: 'A milestone was deleted', payload: MilestoneChangedEvent, public: true },
});

declare module '@tracker/events' {
  interface EventCatalogue extends CatalogueOf<typeof MILESTONE_EVENTS> {}
}
