import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AUDIT_ENTITY_TYPES } from '../../libs/audit/src/audit-entity-types';
import { bearer, createKey, createPortfolioFixture } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/test-app';

interface Entry {
  id: string;
  occurredAt: string;
  actor: { id: string | null; name: string };
  action: string;
  entityType: string;
  entityId: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  requestId: string | null;
}

describe('/api/v1/audit', () => {
  let app: TestApp;
  let fixture: Awaited<ReturnType<typeof createPortfolioFixture>>;
  let keys: Record<'admin' | 'finance' | 'viewer' | 'manager', Record<string, string>>;
  let milestoneId: string;
  beforeAll(async () => {
    app = await startTestApp({ env: { RATE_LIMIT_PER_MINUTE: '100000' } });
    fixture = await createPortfolioFixture(app.dataSource);
    keys = {
      admin: bearer(await createKey(app.dataSource, 'admin')),
      finance: bearer(await createKey(app.dataSource, 'finance')),
      viewer: bearer(await createKey(app.dataSource, 'viewer')),
      manager: bearer(await createKey(app.dataSource, 'manager', [fixture.hospital.id])),
    };
    const created = await app.http
      .post(`/api/v1/projects/${fixture.projects[0].id}/milestones`)
      .set(keys.admin)
      .send({ kind: 'feasibility', name: '可研批复', plannedDate: '2021-12-31' })
      .expect(201);
    milestoneId = created.body.id;
    await app.http
      .patch(`/api/v1/milestones/${milestoneId}`)
      .set(keys.admin)
      .set('If-Match', '"1"')
      .set('X-Request-Id', `audit-${fixture.tag}`)
      .send({ actualDate: '2022-01-20' })
      .expect(200);
    await app.http
      .patch(`/api/v1/projects/${fixture.projects[0].id}`)
      .set(keys.admin)
      .set('If-Match', '"1"')
      .send({ status: 'preparing' })
      .expect(200);
  });
  afterAll(() => app.close());

  const audit = (headers: Record<string, string>, query: Record<string, string | number> = {}) =>
    app.http.get('/api/v1/audit').query(query).set(headers);

  it('shows an admin the entries of a PATCH with before and after, newest first', async () => {
    const response = await audit(keys.admin, { entityType: 'milestone', entityId: milestoneId }).expect(200);
    const entries: Entry[] = response.body.items;
    expect(entries.map((e) => e.action)).toEqual(['update', 'create']);
    const [update] = entries;
    expect(update).toMatchObject({
      entityType: 'milestone',
      entityId: milestoneId,
      actor: { id: expect.any(String), name: 'admin-test' },
      before: { actualDate: null, status: 'overdue', version: 1 },
      after: { actualDate: '2022-01-20', status: 'done', version: 2 },
    });
    expect(new Date(update.occurredAt).toString()).not.toBe('Invalid Date');
    expect(update.requestId).toBe(`audit-${fixture.tag}`);
    expect(response.body.nextCursor).toBeNull();
  });

  it('filters by every kind of entity the tracker audits (rounds, round reports and problems included)', async () => {
    const [{ types }] = await app.dataSource.query(`SELECT coalesce(array_agg(DISTINCT entity_type), '{}') AS types FROM audit_log`);
    for (const entityType of new Set([...AUDIT_ENTITY_TYPES, ...(types as string[])])) {
      const response = await app.http.get('/api/v1/audit').query({ entityType }).set(keys.admin);
      expect({ entityType, status: response.status }).toEqual({ entityType, status: 200 });
    }
  });

  it('filters by actor and time, and pages newest first without repeats', async () => {
    const [{ id: actorId }] = await app.dataSource.query(
      `SELECT actor_id AS id FROM audit_log WHERE entity_id = $1 AND action = 'create'`,
      [milestoneId],
    );
    const all = (await audit(keys.admin, { actorId, limit: 500 }).expect(200)).body.items as Entry[];
    expect(all.length).toBeGreaterThanOrEqual(3);
    expect(all.every((e) => e.actor.id === actorId)).toBe(true);
    const paged: string[] = [];
    let cursor: string | null = null;
    do {
      const response: { body: { items: Entry[]; nextCursor: string | null } } = await audit(keys.admin, {
        actorId,
        limit: 1,
        ...(cursor ? { cursor } : {}),
      }).expect(200);
      paged.push(...response.body.items.map((e) => e.id));
      cursor = response.body.nextCursor;
    } while (cursor);
    expect(paged).toEqual(all.map((e) => e.id));
    expect([...paged].sort((a, b) => Number(b) - Number(a))).toEqual(paged);
    const future = await audit(keys.admin, { actorId, since: '2100-01-01T00:00:00Z' }).expect(200);
    expect(future.body.items).toEqual([]);
  });

  it('shows finance the project entries, and only money-related ones unless asked', async () => {
    const projects = await audit(keys.finance, { entityType: 'project', entityId: fixture.projects[0].id }).expect(200);
    expect(projects.body.items[0]).toMatchObject({ action: 'update', before: { status: 'planned' }, after: { status: 'preparing' } });
    const unfiltered = await audit(keys.finance, { limit: 500 }).expect(200);
    expect(unfiltered.body.items.length).toBeGreaterThan(0);
    for (const entry of unfiltered.body.items as Entry[]) expect(['project', 'progress_report', 'funding']).toContain(entry.entityType);
  });

  it.each(['api_key', 'milestone', 'webhook'])('refuses finance the entries of %s (403)', async (entityType) => {
    await audit(keys.finance, { entityType }).expect(403);
  });

  it.each(['viewer', 'manager'] as const)('refuses the audit log to a %s (403)', async (role) => {
    await audit(keys[role]).expect(403);
    await audit(keys[role], { entityType: 'project' }).expect(403);
  });

  it.each([
    ['entityType', { entityType: 'projects' }],
    ['actorId', { actorId: 'admin' }],
    ['since', { since: '2024-02-30' }],
    ['sort', { sort: '-occurredAt' }],
    ['limit', { limit: 501 }],
    ['cursor', { cursor: 'bm90IGEgY3Vyc29y' }],
  ])('answers 400 naming %s', async (field, query) => {
    const response = await audit(keys.admin, query).expect(400);
    expect(response.body.errors.map((e: { field: string }) => e.field)).toContain(field);
  });
});
