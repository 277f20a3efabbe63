import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Injectable } from '@nestjs/common';
import { DiscoveryService, Reflector } from '@nestjs/core';
import type { Job } from 'bullmq';
import type { DataSource } from 'typeorm';
import { EventRouterProcessor, HandlesEvents, OutboxRepository, ROUTE_BATCH, routeJobId, type EventHandler, type RelayedEvent, type RouteJobData } from '@tracker/events';
import '@tracker/projects'; // its events (project.*) in the catalogue
import { openMigratedScratchDatabase } from '../support/migrated-scratch-database';

/** A handler of project.updated that records what it saw, in batches or one at a time, and fails on demand. */
@Injectable()
@HandlesEvents((event) => event.name === 'project.updated')
class RecordingHandler implements EventHandler {
  batches: string[][] = [];
  singles: string[] = [];
  failOn = new Set<string>();
  async handleBatch(events: RelayedEvent[]): Promise<void> {
    if (events.some((event) => this.failOn.has(event.eventId))) throw new Error('a poisoned event in the batch');
    this.batches.push(events.map((event) => event.eventId));
  }
  async handle(event: RelayedEvent): Promise<void> {
    if (this.failOn.has(event.eventId)) throw new Error(`poisoned ${event.eventId}`);
    this.singles.push(event.eventId);
  }
}

/**
 * The event router over batches (issue 17/18: one job per event routed ~200 events/s): a batch is handled at once,
 * a redelivered batch skips what was handled, and one bad event does not hold back the rest of its batch.
 */
describe('event router', () => {
  let scratch: Awaited<ReturnType<typeof openMigratedScratchDatabase>>;
  let dataSource: DataSource;
  let outbox: OutboxRepository;
  const handler = new RecordingHandler();
  let router: EventRouterProcessor;

  beforeAll(async () => {
    scratch = await openMigratedScratchDatabase('event_router');
    dataSource = scratch.dataSource;
    outbox = new OutboxRepository(dataSource.manager);
    const discovery = { getProviders: () => [{ instance: handler, metatype: RecordingHandler }] } as unknown as DiscoveryService;
    router = new EventRouterProcessor(discovery, new Reflector(), outbox);
    router.onModuleInit();
  });
  afterAll(async () => {
    await scratch?.drop();
  });

  async function publish(count: number): Promise<RelayedEvent[]> {
    await outbox.append(
      Array.from({ length: count }, (_, i) => ({
        name: 'project.updated' as const,
        subject: { aggregateId: `p${i}` },
        payload: { projectId: `p${i}` } as never,
      })),
    );
    const events = (await outbox.nextToPublish(count, 3600, 0)).map(({ id: _id, ...event }) => event);
    await outbox.markPublished((await outbox.nextToPublish(count, 3600, 0)).map((event) => event.id));
    return events;
  }
  const job = (events: RelayedEvent[]) => ({ id: routeJobId(events), data: { events } satisfies RouteJobData }) as unknown as Job<RouteJobData>;
  const unhandled = async (events: RelayedEvent[]) => [...(await outbox.unhandledOf(events.map((e) => e.eventId)))].sort();

  it('hands a batch to a handler at once and marks every event handled in one pass', async () => {
    const events = await publish(ROUTE_BATCH);
    expect(await router.process(job(events))).toEqual({ handled: ROUTE_BATCH, failed: 0 });
    expect(handler.batches.at(-1)).toEqual(events.map((e) => e.eventId));
    expect(await unhandled(events)).toEqual([]);
  });

  it('skips the events of a redelivered batch that were handled already', async () => {
    const handledBefore = await publish(3);
    await router.process(job(handledBefore));
    const fresh = await publish(2);
    const calls = handler.batches.length;
    await router.process(job([...handledBefore, ...fresh]));
    expect(handler.batches.slice(calls)).toEqual([fresh.map((e) => e.eventId)]);
    expect(await router.process(job([...handledBefore, ...fresh]))).toEqual({ handled: 0, failed: 0 });
  });

  it('keeps the rest of a batch when one event fails, and retries only that one', async () => {
    const events = await publish(5);
    const poisoned = events[2].eventId;
    handler.failOn.add(poisoned);
    await expect(router.process(job(events))).rejects.toThrow(/1 of 5 events failed/);
    expect(await unhandled(events)).toEqual([poisoned]);
    expect(handler.singles).toEqual(events.filter((e) => e.eventId !== poisoned).map((e) => e.eventId));
    // Fixed (or transient): the job's retry handles the one event left, and nothing twice.
    handler.failOn.clear();
    handler.singles = [];
    expect(await router.process(job(events))).toEqual({ handled: 1, failed: 0 });
    expect(handler.batches.at(-1)).toEqual([poisoned]);
    expect(await unhandled(events)).toEqual([]);
  });

  it('gives the same job id to the same events, and another to another batch', () => {
    const a = { eventId: '00000000-0000-4000-8000-000000000001' } as RelayedEvent;
    const b = { eventId: '00000000-0000-4000-8000-000000000002' } as RelayedEvent;
    expect(routeJobId([a, b])).toBe(routeJobId([a, b]));
    expect(routeJobId([a, b])).not.toBe(routeJobId([a]));
    expect(routeJobId([a])).not.toContain(':'); // BullMQ refuses custom ids with a colon
  });
});
