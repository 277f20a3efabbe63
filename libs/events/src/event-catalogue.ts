import type { Type } from '@nestjs/common';

/** What one event of the catalogue is. */
export interface EventDefinition<Payload extends object = object> {
  /** What the event is about ('project', 'milestone' …): the outbox's aggregate_type. */
  aggregate: string;
  /** One line for the OpenAPI document's webhooks. */
  summary: string;
  /** The payload's class: its type is the payload's type, its @ApiProperty decorators document it. */
  payload: Type<Payload>;
  /** It changes figures finance rolls up, so the rollup of the plan it touches is recomputed. */
  changesFinanceFigures?: boolean;
  /** Sent to webhook subscribers. False for events about secrets (API keys) and for the tracker's own bookkeeping. */
  public: boolean;
}

/** The definitions of one feature's events, as `defineEvents` returns them. */
export type EventDefinitions = Record<string, EventDefinition>;

/**
 * Every event of the tracker, by name, with its payload type. It is empty here: each feature adds its events in its
 * own `<feature>.events.ts`, by declaration merging, from the definitions it registers with `defineEvents`:
 *
 *     export const PROJECT_EVENTS = defineEvents('projects', { 'project.created': { … payload: ProjectCreatedEvent } });
 *     declare module '@tracker/events' {
 *       interface EventCatalogue extends CatalogueOf<typeof PROJECT_EVENTS> {}
 *     }
 *
 * So a feature needs nobody's list to add an event, and `ChangeRecorder.emit` takes only names of the catalogue,
 * each with its own payload type.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface EventCatalogue {}

export type EventName = keyof EventCatalogue & string;
export type EventPayload<N extends EventName> = EventCatalogue[N];

/** The catalogue entries of a feature's definitions: name → payload type. */
export type CatalogueOf<D extends EventDefinitions> = { [N in keyof D]: D[N] extends EventDefinition<infer P> ? P : never };

export interface RegisteredEvent extends EventDefinition {
  name: string;
  /** The feature that defined it. */
  feature: string;
}

const registry = new Map<string, RegisteredEvent>();

/** Event names are `<aggregate>.<what happened>`, in lower case with underscores. */
const NAME = /^[a-z][a-z_]*\.[a-z][a-z_]*$/;

/**
 * Registers a feature's events when its `<feature>.events.ts` is loaded (the feature's index loads it). A name
 * defined twice is a programming error, found at start-up.
 */
export function defineEvents<const D extends EventDefinitions>(feature: string, definitions: D): D {
  for (const [name, definition] of Object.entries(definitions)) {
    if (!NAME.test(name)) throw new Error(`event name ${name} (${feature}): use <aggregate>.<what_happened>`);
    const existing = registry.get(name);
    if (existing && existing.feature !== feature) throw new Error(`event ${name} is defined by ${existing.feature} and ${feature}`);
    registry.set(name, { ...definition, name, feature });
  }
  return definitions;
}

/** Every registered event, by name. */
export function registeredEvents(): RegisteredEvent[] {
  return [...registry.values()].sort((a, b) => a.name.localeCompare(b.name));
}

export function registeredEvent(name: string): RegisteredEvent | undefined {
  return registry.get(name);
}

/** The events webhook subscribers may ask for. */
export function publicEventNames(): string[] {
  return registeredEvents()
    .filter((event) => event.public)
    .map((event) => event.name);
}
