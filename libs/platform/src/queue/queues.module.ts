import { Global, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { QueueConnectionLog } from './queue-connection-log';

/** What every process with queues needs: discovery (for job handlers and processors) and the connection log. */
@Global()
@Module({ imports: [DiscoveryModule], providers: [QueueConnectionLog], exports: [DiscoveryModule] })
export class QueuesModule {}
