import { createHash } from 'node:crypto';
import type { RelayedEvent } from './outbox.repository';

/** The queue the outbox relay publishes to and the event router consumes. */
export const EVENTS_QUEUE = 'events';

/** The job the relay publishes: a batch of events, routed together. */
export const ROUTE_JOB = 'route';
export interface RouteJobData {
  events: RelayedEvent[];
}

/**
 * Events per routing job. One job per event cost a BullMQ round trip, a database round trip to mark it handled and
 * each handler's queries per event: ~200 events/s, so an import of 10,000 projects reached the totals after ~50 s.
 * A hundred keeps a job's data small in Redis (~100-200 KB) and a failing batch cheap to redo.
 */
export const ROUTE_BATCH = 100;

/**
 * A batch's job id, from the ids of its events: published again with the same events (a crash between publishing
 * and marking them published), BullMQ drops the copy; a different batch holding some of them (the relay's
 * redelivery) is a new job, and the router skips the events already handled.
 */
export function routeJobId(events: readonly RelayedEvent[]): string {
  const hash = createHash('sha256');
  for (const event of events) hash.update(event.eventId);
  return `route-${hash.digest('hex').slice(0, 32)}`;
}
