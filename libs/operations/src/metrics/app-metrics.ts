import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { OutboxRepository } from '@tracker/events';
import { RollupsRepository } from '@tracker/finance';
import { withTimeout } from '@tracker/platform';
import { WebhooksRepository } from '@tracker/webhooks';
import { Queue } from 'bullmq';
import { Counter, Gauge } from 'prom-client';
import { DataSource } from 'typeorm';
import { MetricsRegistry } from './metrics-registry';

const READ_TIMEOUT_MS = 2000;
const JOB_STATES = ['waiting', 'active', 'delayed', 'failed', 'completed', 'prioritized', 'waiting-children'] as const;

interface PgPool {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

/**
 * The gauges read at scrape time: the outbox, webhook deliveries and rollups through their owning repositories
 * (each a few index-only counts), the queues this process holds, and the connection pool. A source that does not
 * answer within 2 s (PostgreSQL or Redis down) leaves its gauge without samples for that scrape and counts an
 * error, so a scrape never hangs and never reports a stale value as current.
 */
@Injectable()
export class AppMetrics implements OnApplicationBootstrap {
  private readonly logger = new Logger('metrics');
  private queues: Queue[] = [];
  private readonly errors: Counter<'source'>;

  constructor(
    metrics: MetricsRegistry,
    private readonly discovery: DiscoveryService,
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxRepository,
    private readonly webhooks: WebhooksRepository,
    private readonly rollups: RollupsRepository,
  ) {
    // The gauges' collect functions run with the gauge as `this`; they reach the repositories through `outer`.
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const outer = this;
    const registers = [metrics.registry];
    this.errors = new Counter({
      name: 'hct_metrics_collect_errors_total',
      help: 'Scrapes in which a source of the gauges (database, queue) did not answer',
      labelNames: ['source'],
      registers,
    });
    const read = this.read.bind(this);

    // One read feeds both outbox gauges: they are collected together, the second takes the first's result.
    let outboxRead: Promise<{ count: number; oldestCreatedAt: Date | null } | null> | null = null;
    const readOutbox = () => (outboxRead ??= read('outbox', () => outer.outbox.backlog()).finally(() => setImmediate(() => (outboxRead = null))));
    new Gauge({
      name: 'hct_outbox_backlog',
      help: 'Outbox events not handled yet (not relayed, or relayed and not routed)',
      registers,
      collect: async function () {
        this.reset();
        const value = await readOutbox();
        if (value) this.set(value.count);
      },
    });
    new Gauge({
      name: 'hct_outbox_oldest_unhandled_seconds',
      help: 'Age of the oldest outbox event not handled yet (0 when none)',
      registers,
      collect: async function () {
        this.reset();
        const value = await readOutbox();
        if (value) this.set(value.oldestCreatedAt ? Math.max(0, (Date.now() - value.oldestCreatedAt.getTime()) / 1000) : 0);
      },
    });
    new Gauge({
      name: 'hct_webhook_deliveries',
      help: 'Webhook deliveries by state: pending (not settled, including failed ones awaiting a retry) and dead (dead-lettered)',
      labelNames: ['state'],
      registers,
      collect: async function () {
        this.reset();
        const value = await read('webhooks', () => outer.webhooks.deliveryCounts());
        if (value) {
          this.set({ state: 'pending' }, value.pending);
          this.set({ state: 'dead' }, value.dead);
        }
      },
    });
    new Gauge({
      name: 'hct_rollup_staleness_seconds',
      help: "How long the oldest plan written since its last rollup has waited for its rollup (0 when none waits)",
      registers,
      collect: async function () {
        this.reset();
        const value = await read('rollups', () => outer.rollups.oldestPendingSeconds());
        if (value !== null) this.set(value);
      },
    });
    new Gauge({
      name: 'hct_queue_jobs',
      help: 'Jobs per queue and state (the queues this process produces to or consumes)',
      labelNames: ['queue', 'state'],
      registers,
      collect: async function () {
        this.reset();
        await Promise.all(
          outer.queues.map(async (queue) => {
            const counts = await read('queue', () => queue.getJobCounts(...JOB_STATES));
            if (!counts) return;
            for (const state of JOB_STATES) this.set({ queue: queue.name, state }, counts[state] ?? 0);
          }),
        );
      },
    });
    new Gauge({
      name: 'hct_db_pool_connections',
      help: "Connections of this process's PostgreSQL pool, in use or idle",
      labelNames: ['state'],
      registers,
      collect() {
        const pool = outer.pool();
        this.reset();
        if (!pool) return;
        this.set({ state: 'in_use' }, pool.totalCount - pool.idleCount);
        this.set({ state: 'idle' }, pool.idleCount);
      },
    });
    new Gauge({
      name: 'hct_db_pool_waiting',
      help: 'Queries waiting for a connection of the pool',
      registers,
      collect() {
        const pool = outer.pool();
        this.set(pool ? pool.waitingCount : 0);
      },
    });
  }

  onApplicationBootstrap(): void {
    const queues = new Set<Queue>();
    for (const wrapper of this.discovery.getProviders()) {
      if (wrapper.instance instanceof Queue) queues.add(wrapper.instance);
    }
    this.queues = [...queues].sort((a, b) => a.name.localeCompare(b.name));
  }

  private async read<T>(source: string, reader: () => Promise<T>): Promise<T | null> {
    try {
      return await withTimeout(reader(), READ_TIMEOUT_MS, `metrics source ${source}`);
    } catch (error) {
      this.errors.inc({ source });
      this.logger.debug({ msg: 'metrics source did not answer', source, error: (error as Error).message });
      return null;
    }
  }

  private pool(): PgPool | null {
    const pool = (this.dataSource.driver as unknown as { master?: PgPool }).master;
    return pool && typeof pool.totalCount === 'number' ? pool : null;
  }
}
