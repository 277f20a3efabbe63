import { BullModule } from '@nestjs/bullmq';
import { Global, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { QueueConnectionLog } from './queue-connection-log';
import { QUEUES } from './queue-names';

/**
 * Every queue, registered once. Producers inject them with @InjectQueue(QUEUES.x); processors are registered by the
 * worker only, so the api never consumes jobs.
 */
const registered = BullModule.registerQueue(
  ...Object.values(QUEUES).map((name) => ({
    name,
    defaultJobOptions: {
      attempts: 8,
      backoff: { type: 'exponential', delay: 1000 },
      // Completed jobs are kept a day so a job id repeated by a retrying producer is still recognised.
      removeOnComplete: { age: 24 * 3600, count: 100_000 },
      removeOnFail: { age: 14 * 24 * 3600 },
    },
  })),
);

@Global()
@Module({ imports: [registered, DiscoveryModule], providers: [QueueConnectionLog], exports: [registered] })
export class QueuesModule {}
