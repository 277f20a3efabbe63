import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { bearer, createKey, createPortfolioFixture } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/test-app';

type Fixture = Awaited<ReturnType<typeof createPortfolioFixture>>;
interface Milestone {
  id: string;
  projectId: string;
  plannedDate: string;
  actualDate: string | null;
  status: string;
  version: number;
}
interface MilestonePage {
  items: Milestone[];
  nextCursor: string | null;
}

/** The calendar date now in a time zone, as the server derives "today" for a plan. */
function todayIn(timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(new Date());
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}

function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

describe('/api/v1/milestones', () => {
  let app: TestApp;
  let fixture: Fixture;
  let admin: Record<string, string>;
  let viewer: Record<string, string>;
  let manager: Record<string, string>;
  const today = () => todayIn('Asia/Shanghai'); // the fixture plans' default time zone
  beforeAll(async () => {
    app = await startTestApp({ env: { RATE_LIMIT_PER_MINUTE: '100000' } });
    fixture = await createPortfolioFixture(app.dataSource);
    admin = bearer(await createKey(app.dataSource, 'admin'));
    viewer = bearer(await createKey(app.dataSource, 'viewer'));
    manager = bearer(await createKey(app.dataSource, 'manager', [fixture.hospital.id]));
  });
  afterAll(() => app.close());

  const newMilestone = (overrides: Record<string, unknown> = {}) => ({
    kind: 'groundbreaking',
    name: '传染病区建设项目开工',
    plannedDate: '2022-03-15',
    ...overrides,
  });
  const create = (projectId: string, body: Record<string, unknown>, headers = admin) =>
    app.http.post(`/api/v1/projects/${projectId}/milestones`).set(headers).send(body);
  const createOk = async (projectId: string, overrides: Record<string, unknown> = {}): Promise<Milestone> =>
    (await create(projectId, newMilestone(overrides)).expect(201)).body;

  describe('one milestone', () => {
    it('is created, read, changed and deleted, each write audited with its outbox event', async () => {
      const project = fixture.projects[0];
      const created = await create(project.id, newMilestone({ note: '待施工许可证核发' })).expect(201);
      const id = created.body.id;
      expect(created.headers.etag).toBe('"1"');
      expect(created.headers.location).toBe(`/api/v1/milestones/${id}`);
      expect(created.body).toMatchObject({
        projectId: project.id,
        planId: fixture.plan.id,
        institutionId: fixture.hospital.id,
        regionCode: fixture.regionCode,
        kind: 'groundbreaking',
        name: '传染病区建设项目开工',
        plannedDate: '2022-03-15',
        actualDate: null,
        status: 'overdue',
        note: '待施工许可证核发',
        version: 1,
      });

      const read = await app.http.get(`/api/v1/milestones/${id}`).set(viewer).expect(200);
      expect(read.headers.etag).toBe('"1"');
      expect(read.body).toEqual(created.body);

      const done = today();
      const patched = await app.http
        .patch(`/api/v1/milestones/${id}`)
        .set(admin)
        .set('If-Match', '"1"')
        .send({ actualDate: done, note: null })
        .expect(200);
      expect(patched.headers.etag).toBe('"2"');
      expect(patched.body).toMatchObject({ actualDate: done, status: 'done', note: null, version: 2, plannedDate: '2022-03-15' });

      await app.http.delete(`/api/v1/milestones/${id}`).set(admin).set('If-Match', '"2"').expect(204);
      await app.http.get(`/api/v1/milestones/${id}`).set(viewer).expect(404);

      const audit = await app.dataSource.query(
        `SELECT action, entity_type, actor_name, before, after FROM audit_log WHERE entity_id = $1 ORDER BY id`,
        [id],
      );
      expect(audit.map((a: { action: string }) => a.action)).toEqual(['create', 'update', 'delete']);
      expect(audit[0]).toMatchObject({ entity_type: 'milestone', actor_name: 'admin-test', before: null, after: { status: 'overdue' } });
      expect(audit[1].before).toMatchObject({ actualDate: null, note: '待施工许可证核发', version: 1 });
      expect(audit[1].after).toMatchObject({ actualDate: done, note: null, version: 2 });
      // The update's audit entry and event are written by the statement of the change: their view is the answer's.
      expect(audit[1].after).toEqual(patched.body);
      expect(audit[2]).toMatchObject({ before: { version: 2 }, after: null });
      const events = await app.dataSource.query(
        `SELECT event_type, aggregate_type, project_id, payload FROM outbox_events WHERE aggregate_id = $1 ORDER BY id`,
        [id],
      );
      expect(events.map((e: { event_type: string }) => e.event_type)).toEqual(['milestone.created', 'milestone.updated', 'milestone.deleted']);
      expect(events[1]).toMatchObject({
        aggregate_type: 'milestone',
        project_id: project.id,
        payload: { projectId: project.id, before: { actualDate: null }, after: { actualDate: done } },
      });
      expect(events[1].payload).toEqual({ projectId: project.id, before: audit[1].before, after: patched.body });
    });

    it('derives its status from the dates and today in the plan’s time zone', async () => {
      const project = fixture.projects[1];
      const overdue = await createOk(project.id, { plannedDate: addDays(today(), -10) });
      const done = await createOk(project.id, { plannedDate: addDays(today(), -10), actualDate: addDays(today(), -1) });
      const pending = await createOk(project.id, { plannedDate: addDays(today(), 10) });
      const dueToday = await createOk(project.id, { plannedDate: today() });
      expect([overdue.status, done.status, pending.status, dueToday.status]).toEqual(['overdue', 'done', 'pending', 'pending']);

      const byStatus = async (status: string) => {
        const response = await app.http.get('/api/v1/milestones').query({ projectId: project.id, status }).set(viewer).expect(200);
        return response.body.items.map((m: Milestone) => m.id);
      };
      expect(await byStatus('overdue')).toEqual([overdue.id]);
      expect(await byStatus('done')).toEqual([done.id]);
      expect(await byStatus('pending')).toEqual([dueToday.id, pending.id]);
    });

    it.each([
      ['plannedDate', { plannedDate: '2024-02-30' }],
      ['plannedDate', { plannedDate: '2024-2-3' }],
      ['plannedDate', { plannedDate: '1999-12-31' }],
      ['plannedDate', { plannedDate: undefined }],
      ['actualDate', { actualDate: '2101-01-01' }],
      ['kind', { kind: 'castle' }],
      ['name', { name: '' }],
      ['name', { name: '   ' }],
      ['name', { name: '里'.repeat(201) }],
      ['note', { note: '注'.repeat(2001) }],
      ['colour', { colour: 'red' }],
    ])('answers 400 naming %s, and writes nothing', async (field, overrides) => {
      const project = fixture.projects[0];
      const count = () => app.dataSource.query(`SELECT count(*)::int AS n FROM milestones WHERE project_id = $1`, [project.id]);
      const before = await count();
      const response = await create(project.id, newMilestone(overrides)).expect(400);
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(response.body.errors.map((e: { field: string }) => e.field)).toContain(field);
      expect(await count()).toEqual(before);
    });

    it('refuses an actual date in the future of the plan’s time zone (400 naming actualDate)', async () => {
      const project = fixture.projects[0];
      const future = addDays(today(), 2);
      const refused = await create(project.id, newMilestone({ actualDate: future })).expect(400);
      expect(refused.body.errors).toEqual([{ field: 'actualDate', message: expect.stringMatching(/future/) }]);
      const milestone = await createOk(project.id);
      const patched = await app.http
        .patch(`/api/v1/milestones/${milestone.id}`)
        .set(admin)
        .set('If-Match', '"1"')
        .send({ actualDate: future })
        .expect(400);
      expect(patched.body.errors[0].field).toBe('actualDate');
    });

    it('refuses to clear a required field, or to change unknown ones', async () => {
      const milestone = await createOk(fixture.projects[0].id);
      for (const body of [{ name: null }, { plannedDate: null }, { kind: null }, { projectId: fixture.projects[1].id }]) {
        const response = await app.http.patch(`/api/v1/milestones/${milestone.id}`).set(admin).set('If-Match', '"1"').send(body).expect(400);
        expect(response.body.errors[0].field).toBe(Object.keys(body)[0]);
      }
    });

    it('answers 404 for unknown milestones and projects, 400 for malformed ids', async () => {
      const unknown = '6f1c2a9b-0000-4000-8000-000000000000';
      await app.http.get(`/api/v1/milestones/${unknown}`).set(viewer).expect(404);
      await app.http.patch(`/api/v1/milestones/${unknown}`).set(admin).set('If-Match', '"1"').send({ name: '无' }).expect(404);
      await app.http.delete(`/api/v1/milestones/${unknown}`).set(admin).set('If-Match', '"1"').expect(404);
      await app.http.get(`/api/v1/projects/${unknown}/milestones`).set(viewer).expect(404);
      await create(unknown, newMilestone()).expect(404);
      await app.http.get('/api/v1/milestones/not-a-uuid').set(viewer).expect(400);
    });

    it('needs If-Match to change or delete: 428 without, 412 when stale (with the current ETag)', async () => {
      const milestone = await createOk(fixture.projects[0].id);
      const url = `/api/v1/milestones/${milestone.id}`;
      await app.http.patch(url).set(admin).send({ name: '主体封顶' }).expect(428);
      await app.http.delete(url).set(admin).expect(428);
      await app.http.patch(url).set(admin).set('If-Match', '"1"').send({ kind: 'topping_out', name: '主体封顶' }).expect(200);
      const stale = await app.http.patch(url).set(admin).set('If-Match', '"1"').send({ name: '竣工验收' }).expect(412);
      expect(stale.headers.etag).toBe('"2"');
      await app.http.delete(url).set(admin).set('If-Match', '"1"').expect(412);
      expect((await app.http.get(url).set(viewer).expect(200)).body).toMatchObject({ name: '主体封顶', version: 2 });
    });

    it('lets exactly one of fifty concurrent PATCHes with the same If-Match win', async () => {
      const milestone = await createOk(fixture.projects[0].id);
      const responses = await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          app.http.patch(`/api/v1/milestones/${milestone.id}`).set(admin).set('If-Match', '"1"').send({ note: `写者${i}` }),
        ),
      );
      const statuses = responses.map((r) => r.status);
      expect(statuses.filter((s) => s === 200)).toHaveLength(1);
      expect(statuses.filter((s) => s === 412)).toHaveLength(49);
      const winner = responses.find((r) => r.status === 200)!;
      const [row] = await app.dataSource.query(`SELECT version, note FROM milestones WHERE id = $1`, [milestone.id]);
      expect(row).toEqual({ version: 2, note: winner.body.note });
      const [{ n }] = await app.dataSource.query(
        `SELECT count(*)::int AS n FROM audit_log WHERE entity_id = $1 AND action = 'update'`,
        [milestone.id],
      );
      expect(n).toBe(1);
    });

    it('returns the first result for a repeated Idempotency-Key, and 422 for a different body', async () => {
      const project = fixture.projects[0];
      const key = `milestone-${fixture.tag}`;
      const body = newMilestone({ kind: 'permit', name: '取得施工许可证' });
      const first = await create(project.id, body).set('Idempotency-Key', key).expect(201);
      const again = await create(project.id, body).set('Idempotency-Key', key).expect(201);
      expect(again.body.id).toBe(first.body.id);
      expect(again.headers['idempotent-replayed']).toBe('true');
      expect(again.headers.etag).toBe('"1"');
      const rows = await app.dataSource.query(`SELECT id FROM milestones WHERE project_id = $1 AND name = '取得施工许可证'`, [project.id]);
      expect(rows).toEqual([{ id: first.body.id }]);
      await create(project.id, { ...body, name: '另一个里程碑' }).set('Idempotency-Key', key).expect(422);
    });

    it('lets a manager write the milestones of their institution’s projects only (403 otherwise)', async () => {
      const own = fixture.projects[0];
      const other = fixture.projects[2]; // the clinic's
      const mine = (await create(own.id, newMilestone({ name: '初步设计批复' }), manager).expect(201)).body;
      await app.http.patch(`/api/v1/milestones/${mine.id}`).set(manager).set('If-Match', '"1"').send({ kind: 'design' }).expect(200);
      await app.http.delete(`/api/v1/milestones/${mine.id}`).set(manager).set('If-Match', '"2"').expect(204);

      const refused = await create(other.id, newMilestone(), manager).expect(403);
      expect(refused.body.detail).toMatch(/not scoped/);
      const theirs = await createOk(other.id);
      await app.http.patch(`/api/v1/milestones/${theirs.id}`).set(manager).set('If-Match', '"1"').send({ name: '改名' }).expect(403);
      await app.http.delete(`/api/v1/milestones/${theirs.id}`).set(manager).set('If-Match', '"1"').expect(403);
      await app.http.get(`/api/v1/milestones/${theirs.id}`).set(manager).expect(200);
      await create(own.id, newMilestone(), viewer).expect(403);
    });
  });

  describe('lists', () => {
    it('lists a project’s milestones by planned date, in keyset pages', async () => {
      const local = await createPortfolioFixture(app.dataSource);
      const project = local.projects[0];
      for (const plannedDate of ['2023-06-30', '2021-09-01', '2022-12-31', '2021-09-01', '2024-01-15']) {
        await createOk(project.id, { plannedDate });
      }
      await createOk(local.projects[1].id, { plannedDate: '2020-01-01' });
      const seen: Milestone[] = [];
      let cursor: string | null = null;
      do {
        const response: { body: MilestonePage } = await app.http
          .get(`/api/v1/projects/${project.id}/milestones`)
          .query({ limit: 2, ...(cursor ? { cursor } : {}) })
          .set(viewer)
          .expect(200);
        seen.push(...response.body.items);
        cursor = response.body.nextCursor;
      } while (cursor);
      expect(seen.map((m) => m.plannedDate)).toEqual(['2021-09-01', '2021-09-01', '2022-12-31', '2023-06-30', '2024-01-15']);
      expect(new Set(seen.map((m) => m.id)).size).toBe(5);
      const reversed = await app.http.get(`/api/v1/projects/${project.id}/milestones`).query({ sort: '-plannedDate' }).set(viewer).expect(200);
      expect(reversed.body.items[0].plannedDate).toBe('2024-01-15');
    });

    it('judges overdue by today in each plan’s own time zone (UTC+14 against UTC−11)', async () => {
      const east = await createPortfolioFixture(app.dataSource);
      const west = await createPortfolioFixture(app.dataSource);
      await app.dataSource.query(`UPDATE plans SET time_zone = 'Pacific/Kiritimati' WHERE id = $1`, [east.plan.id]);
      await app.dataSource.query(`UPDATE plans SET time_zone = 'Pacific/Pago_Pago' WHERE id = $1`, [west.plan.id]);
      // Kiritimati is 25 hours ahead of Pago Pago: its yesterday is today or later in Pago Pago.
      const yesterdayInKiritimati = addDays(todayIn('Pacific/Kiritimati'), -1);
      const inEast = await createOk(east.projects[0].id, { plannedDate: yesterdayInKiritimati });
      const inWest = await createOk(west.projects[0].id, { plannedDate: yesterdayInKiritimati });
      expect(inEast.status).toBe('overdue');
      expect(inWest.status).toBe('pending');

      const ids = async (query: Record<string, string>) => {
        const response = await app.http.get('/api/v1/milestones').query({ limit: '500', ...query }).set(viewer).expect(200);
        return response.body.items.map((m: Milestone) => m.id);
      };
      const around = { dueAfter: addDays(yesterdayInKiritimati, -1), dueBefore: addDays(yesterdayInKiritimati, 1) };
      const overdue = await ids({ status: 'overdue', ...around });
      expect(overdue).toContain(inEast.id);
      expect(overdue).not.toContain(inWest.id);
      const pending = await ids({ status: 'pending', ...around });
      expect(pending).toContain(inWest.id);
      expect(pending).not.toContain(inEast.id);
      expect(await ids({ status: 'overdue', planId: east.plan.id })).toEqual([inEast.id]);
      expect(await ids({ status: 'overdue', regionCode: west.regionCode })).toEqual([]);
    });

    it('filters by planned date, institution, region, plan and project', async () => {
      const local = await createPortfolioFixture(app.dataSource);
      const a = await createOk(local.projects[0].id, { plannedDate: '2022-01-10' });
      const b = await createOk(local.projects[1].id, { plannedDate: '2022-02-10' });
      const c = await createOk(local.projects[2].id, { plannedDate: '2022-03-10' });
      const ids = async (query: Record<string, string>) =>
        (await app.http.get('/api/v1/milestones').query(query).set(viewer).expect(200)).body.items.map((m: Milestone) => m.id);
      expect(await ids({ planId: local.plan.id })).toEqual([a.id, b.id, c.id]);
      expect(await ids({ regionCode: local.regionCode, dueAfter: '2022-01-10', dueBefore: '2022-03-10' })).toEqual([b.id]);
      expect(await ids({ institutionId: local.clinic.id })).toEqual([c.id]);
      expect(await ids({ projectId: local.projects[0].id })).toEqual([a.id]);
      expect(await ids({ planId: local.plan.id, status: 'overdue', sort: '-plannedDate' })).toEqual([c.id, b.id, a.id]);
    });

    it('never skips or repeats a milestone while others are inserted between pages', async () => {
      const local = await createPortfolioFixture(app.dataSource);
      const insert = (name: string, plannedDate: string) =>
        app.dataSource.query(`INSERT INTO milestones (project_id, kind, name, planned_date) VALUES ($1, 'custom', $2, $3)`, [
          local.projects[0].id,
          name,
          plannedDate,
        ]);
      for (let i = 0; i < 25; i++) await insert(`批量${i}`, addDays('2023-01-01', i % 7));
      const seen: string[] = [];
      let cursor: string | null = null;
      let page = 0;
      do {
        const response: { body: MilestonePage } = await app.http
          .get('/api/v1/milestones')
          .query({ planId: local.plan.id, limit: 4, ...(cursor ? { cursor } : {}) })
          .set(viewer)
          .expect(200);
        seen.push(...response.body.items.map((m) => m.id));
        cursor = response.body.nextCursor;
        // Milestones that sort before and after the cursor appear meanwhile: neither may shift the pages.
        await insert(`插入${page}a`, '2000-01-01');
        await insert(`插入${page}b`, '2100-12-31');
        await insert(`插入${page}c`, '2023-01-04');
        page++;
      } while (cursor);
      expect(new Set(seen).size).toBe(seen.length);
      const original = await app.dataSource.query(`SELECT id FROM milestones WHERE project_id = $1 AND name LIKE '批量%'`, [
        local.projects[0].id,
      ]);
      for (const { id } of original) expect(seen).toContain(id);
    });

    it.each(['plannedDate;DROP TABLE milestones', 'unknown', 'name', '-'])('rejects sort=%s with 400 naming the field', async (sort) => {
      const response = await app.http.get('/api/v1/milestones').query({ sort }).set(viewer).expect(400);
      expect(response.body.errors[0].field).toBe('sort');
    });

    it('rejects malformed filters with field errors', async () => {
      const response = await app.http
        .get('/api/v1/milestones')
        .query({ status: 'late', dueBefore: '2024-02-30', regionCode: '51', colour: 'red' })
        .set(viewer)
        .expect(400);
      const fields = response.body.errors.map((e: { field: string }) => e.field).sort();
      expect(fields).toEqual(['colour', 'dueBefore', 'regionCode', 'status']);
    });

    it('reads open milestones through the partial index of open milestones by date', async () => {
      // A portfolio's shape: most milestones are done, a few hundred are open.
      const local = await createPortfolioFixture(app.dataSource);
      await app.dataSource.query(
        `INSERT INTO milestones (project_id, kind, name, planned_date, actual_date)
         SELECT $1, 'custom', '历史里程碑' || n, DATE '2021-01-01' + n % 1500, CASE WHEN n % 10 > 0 THEN DATE '2021-01-01' + n % 1500 END
           FROM generate_series(1, 3000) AS n`,
        [local.projects[0].id],
      );
      await app.dataSource.query('ANALYZE milestones');
      for (const status of ['overdue', 'pending']) {
        // The listing's own statement, captured on its way to the database, is what gets explained.
        const spy = jest.spyOn(app.dataSource, 'query');
        let calls: typeof spy.mock.calls;
        try {
          await app.http.get('/api/v1/milestones').query({ status }).set(viewer).expect(200);
        } finally {
          calls = [...spy.mock.calls];
          spy.mockRestore();
        }
        const [sql, params] = calls.find(([text]) => /FROM milestones m/.test(text))!;
        const plan = await app.dataSource.transaction(async (manager) => {
          await manager.query('SET LOCAL enable_seqscan = off');
          return manager.query(`EXPLAIN ${sql}`, params);
        });
        // Either partial index of open milestones (by date, or the reminder scan's) reads only the open ones.
        expect(JSON.stringify(plan)).toMatch(/milestones_open_by_date_idx|milestones_next_reminder_idx/);
        expect(JSON.stringify(plan)).not.toMatch(/Seq Scan on milestones/);
      }
    });
  });
});
