import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger, type OnModuleInit } from '@nestjs/common';
import { DiscoveryService, Reflector } from '@nestjs/core';
import type { Job } from 'bullmq';
import { registeredEvents } from '../event-catalogue';
import { EVENTS_QUEUE, type RouteJobData } from '../events-queue';
import { HANDLES_EVENTS, type EventHandler, type EventSelector } from '../handles-events';
import { OutboxRepository, type RelayedEvent } from '../outbox.repository';

/**
 * Hands each batch of relayed events to the handlers that handle their names (providers marked @HandlesEvents,
 * found at start-up), then marks them handled. Handlers must be idempotent: a failed batch is redone one event at a
 * time and retried, and the relay may publish an event again after a crash (the events already handled are skipped).
 */
// Several batches at a time per worker: routing is round trips (a plan lookup, a rollup to schedule, deliveries to
// create), and one event at a time it managed ~370 events/s, so a first reminder scan of a national portfolio
// (450,000 events) took 20 minutes to route. Order is not a promise here: deliveries run concurrently and retry anyway, so receivers
// order by the payload's occurredAt and deduplicate by X-Event-Id; rollups recompute from the data.
@Processor(EVENTS_QUEUE, { concurrency: 8 })
export class EventRouterProcessor extends WorkerHost implements OnModuleInit {
  private readonly logger = new Logger('events');
  private readonly handlersByName = new Map<string, EventHandler[]>();

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly reflector: Reflector,
    private readonly outbox: OutboxRepository,
  ) {
    super();
  }

  onModuleInit(): void {
    const events = registeredEvents();
    for (const wrapper of this.discovery.getProviders()) {
      const instance = wrapper.instance as EventHandler | undefined;
      if (!instance || !wrapper.metatype) continue;
      const selector = this.reflector.get<EventSelector | undefined>(HANDLES_EVENTS, wrapper.metatype);
      if (!selector) continue;
      for (const event of events.filter(selector)) {
        this.handlersByName.set(event.name, [...(this.handlersByName.get(event.name) ?? []), instance]);
      }
    }
  }

  /** The handlers of one event name, as discovered (for tests and the README's table). */
  handlersOf(name: string): EventHandler[] {
    return this.handlersByName.get(name) ?? [];
  }

  async process(job: Job<RouteJobData | RelayedEvent>): Promise<{ handled: number; failed: number }> {
    // A job of one event is what the relay published before events went out in batches (still queued at upgrade).
    const published = 'events' in job.data ? job.data.events : [job.data];
    const pending = await this.outbox.unhandledOf(published.map((event) => event.eventId));
    const events = published.filter((event) => pending.has(event.eventId));
    if (events.length === 0) return { handled: 0, failed: 0 };
    try {
      for (const [handler, handled] of this.byHandler(events)) {
        if (handler.handleBatch) await handler.handleBatch(handled);
        else for (const event of handled) await handler.handle(event);
      }
      await this.outbox.markHandled(events.map((event) => event.eventId));
      return { handled: events.length, failed: 0 };
    } catch (error) {
      // One bad event must not hold back the rest of its batch: handle them one at a time, keep what succeeded
      // (handlers are idempotent, so what the batch already did is not done twice), and retry only the rest.
      this.logger.warn({ msg: 'a routed batch failed; handling its events one at a time', events: events.length, error: String(error) });
      return this.oneAtATime(events);
    }
  }

  private async oneAtATime(events: RelayedEvent[]): Promise<{ handled: number; failed: number }> {
    const failed: { eventId: string; type: string; error: string }[] = [];
    for (const event of events) {
      try {
        for (const handler of this.handlersOf(event.type)) await handler.handle(event);
        await this.outbox.markHandled([event.eventId]);
      } catch (error) {
        failed.push({ eventId: event.eventId, type: event.type, error: String(error) });
      }
    }
    if (failed.length > 0) {
      // The job is retried (with backoff); the events handled above are skipped then.
      throw new Error(`${failed.length} of ${events.length} events failed: ${failed.slice(0, 3).map((f) => `${f.type} ${f.eventId}: ${f.error}`).join('; ')}`);
    }
    return { handled: events.length, failed: 0 };
  }

  /** Each handler with the events of the batch it handles, in their order. */
  private byHandler(events: RelayedEvent[]): Map<EventHandler, RelayedEvent[]> {
    const grouped = new Map<EventHandler, RelayedEvent[]>();
    for (const event of events) {
      for (const handler of this.handlersOf(event.type)) grouped.set(handler, [...(grouped.get(handler) ?? []), event]);
    }
    return grouped;
  }

  @OnWorkerEvent('failed')
  onFailed(job: Job<RouteJobData | RelayedEvent> | undefined, error: Error): void {
    const events = job ? ('events' in job.data ? job.data.events.length : 1) : undefined;
    this.logger.warn({ msg: 'event handling failed; it will be retried', job: job?.id, events, attempt: job?.attemptsMade, error: error.message });
  }
}
