import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { Redis } from 'ioredis';
import { DataSource } from 'typeorm';
import { redisOptions } from '../queue/queue-backend';
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
 * once it is back, without a restart. The Redis probe uses its own client that fails fast instead of queueing
 * commands, unlike the BullMQ connections which are built to wait out outages.
 */
@Injectable()
export class HealthService implements OnModuleDestroy {
  private redis: Redis | null = null;

  constructor(
    private readonly dataSource: DataSource,
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
    return withTimeout(this.dataSource.query('SELECT 1')).then(
      () => 'ok',
      () => 'down',
    );
  }

  private async checkQueue(): Promise<DependencyState> {
    if (this.runtime.queueBackend.kind === 'postgres') return this.checkDatabase();
    this.redis ??= new Redis({
      ...redisOptions(this.runtime.queueBackend.url),
      maxRetriesPerRequest: 0,
      enableOfflineQueue: false,
      lazyConnect: true,
      connectTimeout: CHECK_TIMEOUT_MS,
      retryStrategy: () => 1000,
    });
    this.redis.on('error', () => undefined); // state is reported by the probe, not thrown at the process
    try {
      if (this.redis.status === 'wait') await this.redis.connect();
      await withTimeout(this.redis.ping());
      return 'ok';
    } catch {
      return 'down';
    }
  }

  async onModuleDestroy(): Promise<void> {
    this.redis?.disconnect();
  }
}

function withTimeout<T>(promise: Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), CHECK_TIMEOUT_MS);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error as Error);
      },
    );
  });
}
