import { ApiProperty } from '@nestjs/swagger';
import { defineEvents, type CatalogueOf } from '@tracker/events';

export class RollupCompletedEvent {
  @ApiProperty({
    oneOf: [{ type: 'string', enum: ['all'] }, { type: 'array', items: { type: 'string', format: 'uuid' } }],
    description: '`all`, or the ids of the plans recomputed',
  })
  scope: 'all' | string[];
  @ApiProperty({ example: 3, description: 'Plans recomputed' })
  plans: number;
  @ApiProperty({ example: 120, description: 'Rollup rows of the plans recomputed' })
  rows: number;
  @ApiProperty({ example: 4, description: 'How many of those rows the run inserted, updated or deleted (the others were already right)' })
  changed: number;
  @ApiProperty({ format: 'date-time' })
  computedAt: string;
  @ApiProperty({ example: 35 })
  durationMs: number;
}

export const FINANCE_EVENTS = defineEvents('finance', {
  'rollup.completed': { aggregate: 'rollup', summary: 'Finance totals were recomputed', payload: RollupCompletedEvent, public: true },
});

declare module '@tracker/events' {
  interface EventCatalogue extends CatalogueOf<typeof FINANCE_EVENTS> {}
}
