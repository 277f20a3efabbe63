import { Injectable } from '@nestjs/common';
import type { EventHandler, RelayedEvent } from '@tracker/outbox';
import { DataSource } from 'typeorm';
import { RollupJobs } from './rollup-jobs';

/** The events that change finance figures, and so the rollups of the plan they touch. */
const AFFECTS_TOTALS = /^(project\.(created|updated|deleted)|progress\.reported|funding\.updated)$/;

@Injectable()
export class RollupEventHandler implements EventHandler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: RollupJobs,
  ) {}

  async handle(event: RelayedEvent): Promise<void> {
    if (!AFFECTS_TOTALS.test(event.type)) return;
    const planIds = new Set<string>();
    // A project moved between plans, or deleted, names its plans in the event; otherwise ask the database.
    for (const snapshot of [event.payload.project, event.payload.previous]) {
      const planId = (snapshot as { planId?: unknown } | undefined)?.planId;
      if (typeof planId === 'string') planIds.add(planId);
    }
    if (planIds.size === 0 && event.projectId) {
      const [row] = await this.dataSource.query(`SELECT plan_id FROM projects WHERE id = $1`, [event.projectId]);
      if (row) planIds.add(row.plan_id);
    }
    for (const planId of planIds) {
      // Durable first: if the queue loses the job, the request is still here for RollupsProcessor's sweep.
      await this.dataSource.query(
        `INSERT INTO rollup_requests (plan_id) VALUES ($1) ON CONFLICT (plan_id) DO UPDATE SET requested_at = now()`,
        [planId],
      );
      await this.jobs.schedulePlan(planId);
    }
  }
}
