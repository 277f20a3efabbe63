import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { withTimeout } from '../async';
import { FastRedis } from '../queue/fast-redis';
import { RUNTIME, type Runtime } from '../runtime';

export type DependencyState = 'ok' | 'down';
export interface HealthReport {
  status: 'ok' | 'degraded';
  db: DependencyState;
  queue: DependencyState;
  queueBackend: 'redis' | 'postgres';
}

const CHECK_TIMEOUT_MS = 1500;

/**
 * Probes the dependencies on each call (no cached state), so /health turns 503 while one is down and 200 again
 * once it is back, without a restart.
 */
@Injectable()
export class HealthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly redis: FastRedis,
    @Inject(RUNTIME) private readonly runtime: Runtime,
  ) {}

  async check(): Promise<HealthReport> {
    const [db, queue] = await Promise.all([this.checkDatabase(), this.checkQueue()]);
    return {
      status: db === 'ok' && queue === 'ok' ? 'ok' : 'degraded',
      db,
      queue,
      queueBackend: this.runtime.queueBackend.kind,
    };
  }

  private async checkDatabase(): Promise<DependencyState> {
    return withTimeout(this.dataSource.query('SELECT 1'), CHECK_TIMEOUT_MS).then(
      () => 'ok',
      () => 'down',
    );
  }

  private async checkQueue(): Promise<DependencyState> {
    // Without Redis the queues live in PostgreSQL: the queue is up when the database is.
    if (!this.redis.client) return this.checkDatabase();
    return withTimeout(this.redis.client.ping(), CHECK_TIMEOUT_MS).then(
      () => 'ok',
      () => 'down',
    );
  }
}
