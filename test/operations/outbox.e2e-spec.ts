import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ApiModule } from '../../apps/api/src/api.module';
import { bearer, createKey } from '../support/fixtures';
import { startTestAppOnFreshDatabase, type TestApp } from '../support/test-app';

describe('GET /api/v1/outbox', () => {
  let app: TestApp;
  let admin: Record<string, string>;

  beforeAll(async () => {
    // The api alone: no relay publishes or handles the events this test writes in each state.
    app = await startTestAppOnFreshDatabase('outbox_list', {}, [ApiModule]);
    admin = bearer(await createKey(app.dataSource, 'admin'));
    await app.dataSource.query(`DELETE FROM outbox_events`);
    const event = (label: string, published: boolean, handled: boolean | 'before-recorded', type = 'project.updated') =>
      app.dataSource.query(
        `INSERT INTO outbox_events (event_type, aggregate_type, aggregate_id, payload, published_at, handled_at)
         VALUES ($4, 'project', $1, jsonb_build_object('label', $1::text),
                 CASE WHEN $2 THEN now() END,
                 CASE $3 WHEN 'yes' THEN now() WHEN 'before-recorded' THEN '-infinity'::timestamptz END)`,
        [label, published, handled === true ? 'yes' : handled === false ? 'no' : handled, type],
      );
    await event('pending-1', false, false);
    await event('pending-2', false, false, 'milestone.updated');
    await event('published-1', true, false);
    await event('handled-1', true, true);
    await event('handled-long-ago', true, 'before-recorded');
  }, 60_000);
  afterAll(async () => {
    await app?.close();
  });

  const labels = (body: { items: { aggregateId: string }[] }) => body.items.map((e) => e.aggregateId);

  it('lists events by status, newest first, each with where it stands', async () => {
    const all = await app.http.get('/api/v1/outbox').set(admin).expect(200);
    expect(labels(all.body)).toEqual(['handled-long-ago', 'handled-1', 'published-1', 'pending-2', 'pending-1']);
    expect(all.body.items[0]).toMatchObject({ status: 'handled', handledAt: null, type: 'project.updated', aggregateType: 'project', payload: { label: 'handled-long-ago' } });
    expect(all.body.items[1]).toMatchObject({ status: 'handled', handledAt: expect.any(String), publishedAt: expect.any(String) });
    expect(all.body.items[4]).toMatchObject({ status: 'pending', publishedAt: null, handledAt: null, id: expect.stringMatching(/^[0-9a-f-]{36}$/) });

    const byStatus = async (status: string) => labels((await app.http.get('/api/v1/outbox').query({ status }).set(admin).expect(200)).body);
    expect(await byStatus('pending')).toEqual(['pending-2', 'pending-1']);
    expect(await byStatus('published')).toEqual(['published-1']);
    expect(await byStatus('handled')).toEqual(['handled-long-ago', 'handled-1']);
    expect(await byStatus('unhandled')).toEqual(['published-1', 'pending-2', 'pending-1']);
    const byType = await app.http.get('/api/v1/outbox').query({ status: 'pending', type: 'milestone.updated' }).set(admin).expect(200);
    expect(labels(byType.body)).toEqual(['pending-2']);
  });

  it('pages by keyset in either order', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: Record<string, string> = { limit: '2', sort: 'position', ...(cursor ? { cursor } : {}) };
      const page = await app.http.get('/api/v1/outbox').query(query).set(admin).expect(200);
      seen.push(...labels(page.body));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(['pending-1', 'pending-2', 'published-1', 'handled-1', 'handled-long-ago']);
  });

  it('is for admins only, and refuses unknown statuses and sorts with the field named', async () => {
    await app.http.get('/api/v1/outbox').expect(401);
    await app.http.get('/api/v1/outbox').set(bearer(await createKey(app.dataSource, 'finance'))).expect(403);
    const status = await app.http.get('/api/v1/outbox').query({ status: 'failed' }).set(admin).expect(400);
    expect(status.body.errors[0].field).toBe('status');
    const sort = await app.http.get('/api/v1/outbox').query({ sort: 'createdAt' }).set(admin).expect(400);
    expect(sort.body.errors[0].field).toBe('sort');
  });
});
