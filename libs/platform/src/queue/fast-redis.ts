import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { Redis } from 'ioredis';
import { RUNTIME, type Runtime } from '../runtime';
import { redisOptions } from './queue-backend';

/**
 * A Redis client for quick, optional work (health probes, rate-limit counters) that fails at once while Redis is
 * away instead of queueing commands, unlike BullMQ's connections which are built to wait out outages.
 * `client` is null when the deployment has no Redis.
 */
@Injectable()
export class FastRedis implements OnModuleDestroy {
  readonly client: Redis | null;

  constructor(@Inject(RUNTIME) runtime: Runtime) {
    this.client =
      runtime.queueBackend.kind === 'redis'
        ? new Redis({
            ...redisOptions(runtime.queueBackend.url),
            maxRetriesPerRequest: 0,
            enableOfflineQueue: false,
            connectTimeout: 1500,
            retryStrategy: () => 1000,
          })
        : null;
    // The state is reported by whoever uses the client, not thrown at the process.
    this.client?.on('error', () => undefined);
  }

  onModuleDestroy(): void {
    this.client?.disconnect();
  }
}
