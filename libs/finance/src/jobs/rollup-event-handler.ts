import { Injectable } from '@nestjs/common';
import { HandlesEvents, type EventHandler, type RelayedEvent } from '@tracker/events';
import { RollupsRepository } from '../rollups.repository';
import { RollupJobs } from './rollup-jobs';

/** The events that change finance figures (the catalogue says which) schedule the rollup of the plan they touch. */
@Injectable()
@HandlesEvents((event) => event.changesFinanceFigures === true)
export class RollupEventHandler implements EventHandler {
  constructor(
    private readonly rollups: RollupsRepository,
    private readonly jobs: RollupJobs,
  ) {}

  async handle(event: RelayedEvent): Promise<void> {
    await this.handleBatch([event]);
  }

  async handleBatch(events: RelayedEvent[]): Promise<void> {
    const planIds = new Set<string>();
    const projectsToLookUp = new Set<string>();
    for (const event of events) {
      if (event.aggregateType === 'plan') {
        planIds.add(event.aggregateId);
        continue;
      }
      // A project moved between plans, or deleted, names its plans in the event; otherwise ask the database.
      let named = false;
      for (const snapshot of [event.payload.project, event.payload.previous]) {
        const planId = (snapshot as { planId?: unknown } | undefined)?.planId;
        if (typeof planId === 'string') {
          planIds.add(planId);
          named = true;
        }
      }
      if (!named && event.projectId) projectsToLookUp.add(event.projectId);
    }
    for (const planId of await this.rollups.plansOfProjects([...projectsToLookUp])) planIds.add(planId);
    // Durable first: if the queue loses a job, the request is still here for RollupsProcessor's sweep.
    await this.rollups.request([...planIds]);
    for (const planId of planIds) await this.jobs.schedulePlan(planId);
  }
}
