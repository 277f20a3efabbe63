import { BullModule } from '@nestjs/bullmq';
import type { DynamicModule } from '@nestjs/common';

/**
 * A feature's queue, registered by the feature's module with the tracker's job defaults; producers in that module
 * inject it with @InjectQueue(name), and the worker's processors consume it. Platform keeps no list of queues:
 * QueueConnectionLog finds the application's queues among its providers.
 */
export function registerQueue(name: string): DynamicModule {
  return BullModule.registerQueue({
    name,
    defaultJobOptions: {
      attempts: 8,
      backoff: { type: 'exponential', delay: 1000 },
      // Completed jobs are kept a day so a job id repeated by a retrying producer is still recognised.
      removeOnComplete: { age: 24 * 3600, count: 100_000 },
      removeOnFail: { age: 14 * 24 * 3600 },
    },
  });
}
