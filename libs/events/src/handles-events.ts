import { SetMetadata } from '@nestjs/common';
import type { RegisteredEvent } from './event-catalogue';
import type { RelayedEvent } from './outbox.repository';

/** Something that reacts to relayed events (a rollup to schedule, webhook deliveries to create). */
export interface EventHandler {
  handle(event: RelayedEvent): Promise<void>;
  /**
   * Optional: the events of one routed batch that this handler handles, at once (one query for all of them instead
   * of one each). The router falls back to `handle`, one event at a time, when it is absent or when a batch fails.
   */
  handleBatch?(events: RelayedEvent[]): Promise<void>;
}

/** Which events of the catalogue a handler wants: a test on each event's definition. */
export type EventSelector = (event: RegisteredEvent) => boolean;

export const HANDLES_EVENTS = 'tracker:handles-events';

/**
 * Marks a provider as an event handler and says which events it handles, from the catalogue's definitions (for
 * example `(event) => event.changesFinanceFigures`), so no handler keeps a list of names by hand. The worker's
 * EventRouter finds every such provider of the process at start-up.
 */
export const HandlesEvents = (selector: EventSelector) => SetMetadata(HANDLES_EVENTS, selector);
