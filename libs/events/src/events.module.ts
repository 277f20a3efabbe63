import { Module } from '@nestjs/common';
import { registerQueue, repositoryProviders } from '@tracker/platform';
import { EVENTS_QUEUE } from './events-queue';
import { EventRouterProcessor } from './jobs/event-router.processor';
import { OutboxRelay } from './jobs/outbox-relay';
import { OutboxRepository } from './outbox.repository';

/** The outbox and the events queue: what every process that writes or routes events needs. */
@Module({
  imports: [registerQueue(EVENTS_QUEUE)],
  providers: repositoryProviders(OutboxRepository),
  exports: [OutboxRepository],
})
export class EventsModule {}

/** The worker's side: the relay from the outbox to the queue, and the router from the queue to the handlers. */
@Module({ imports: [EventsModule, registerQueue(EVENTS_QUEUE)], providers: [OutboxRelay, EventRouterProcessor] })
export class EventsWorkerModule {}
