import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { bearer, createKey, createPortfolioFixture } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/test-app';

describe('/api/v1/projects', () => {
  let app: TestApp;
  let fixture: Awaited<ReturnType<typeof createPortfolioFixture>>;
  let admin: Record<string, string>;
  let viewer: Record<string, string>;
  beforeAll(async () => {
    app = await startTestApp({ env: { RATE_LIMIT_PER_MINUTE: '100000' } });
    fixture = await createPortfolioFixture(app.dataSource);
    admin = bearer(await createKey(app.dataSource, 'admin'));
    viewer = bearer(await createKey(app.dataSource, 'viewer'));
  });
  afterAll(() => app.close());

  const newProject = (overrides: Record<string, unknown> = {}) => ({
    planId: fixture.plan.id,
    programId: fixture.program.id,
    institutionId: fixture.hospital.id,
    name: '中医优势专科能力提升项目',
    content: '改建中医优势专科3000平方米，购置专科诊疗设备',
    buildType: 'renovation',
    investmentWan: 2500,
    floorAreaM2: 3000.5,
    startYear: 2022,
    endYear: 2024,
    ...overrides,
  });

  describe('reading', () => {
    it('lists with filters, the units in the field names and exact decimals', async () => {
      const response = await app.http
        .get('/api/v1/projects')
        .query({ planId: fixture.plan.id, sort: 'investmentWan' })
        .set(viewer)
        .expect(200);
      expect(response.body.nextCursor).toBeNull();
      expect(response.body.items.map((p: { investmentWan: number }) => p.investmentWan)).toEqual([10024, 10200, 12000]);
      expect(response.body.items[2]).toMatchObject({
        name: '传染病区建设项目',
        landMu: 20,
        planId: fixture.plan.id,
        programId: fixture.program.id,
        source: { file: 'fixture.txt', line: 10 },
        version: 1,
      });
    });

    it('finds Chinese substrings in names and content', async () => {
      const byName = await app.http.get('/api/v1/projects').query({ planId: fixture.plan.id, q: '传染病' }).set(viewer).expect(200);
      expect(byName.body.items.map((p: { name: string }) => p.name)).toEqual(['传染病区建设项目']);
      const byContent = await app.http.get('/api/v1/projects').query({ planId: fixture.plan.id, q: '负压' }).set(viewer).expect(200);
      expect(byContent.body.items.map((p: { name: string }) => p.name)).toEqual(['ICU及重症病区改造建设项目']);
      const wildcard = await app.http.get('/api/v1/projects').query({ planId: fixture.plan.id, q: '%' }).set(viewer).expect(200);
      expect(wildcard.body.items).toEqual([]);
    });

    it('serves the search from the trigram index, not a sequential scan', async () => {
      await app.dataSource.query('ANALYZE projects');
      const plan = await app.dataSource.transaction(async (manager) => {
        await manager.query('SET LOCAL enable_seqscan = off');
        return manager.query(`EXPLAIN SELECT * FROM projects p WHERE p.name LIKE $1 OR p.content LIKE $1`, ['%传染病区%']);
      });
      expect(JSON.stringify(plan)).toMatch(/projects_name_trgm_idx/);
    });

    it('gets one with its ETag, and 404 or 400 for unknown or malformed ids', async () => {
      const project = fixture.projects[0];
      const response = await app.http.get(`/api/v1/projects/${project.id}`).set(viewer).expect(200);
      expect(response.headers.etag).toBe('"1"');
      await app.http.get('/api/v1/projects/6f1c2a9b-0000-4000-8000-000000000000').set(viewer).expect(404);
      await app.http.get('/api/v1/projects/not-a-uuid').set(viewer).expect(400);
    });

    it.each(['investmentWan;DROP TABLE projects', 'unknown', 'name,id', '-', "name'--"])(
      'rejects sort=%s with 400 naming the field',
      async (sort) => {
        const response = await app.http.get('/api/v1/projects').query({ sort }).set(viewer).expect(400);
        expect(response.body.errors[0].field).toBe('sort');
      },
    );

    it('rejects unknown filters and malformed values with field errors', async () => {
      const response = await app.http
        .get('/api/v1/projects')
        .query({ colour: 'red', status: 'built', limit: 501 })
        .set(viewer)
        .expect(400);
      const fields = response.body.errors.map((e: { field: string }) => e.field).sort();
      expect(fields).toEqual(['colour', 'limit', 'status']);
    });

    it('rejects a forged cursor', async () => {
      const response = await app.http.get('/api/v1/projects').query({ cursor: 'eyJzIjoibmFtZSJ9' }).set(viewer).expect(400);
      expect(response.body.errors[0].field).toBe('cursor');
    });
  });

  describe('keyset pagination', () => {
    it('never skips or repeats a row while rows are inserted between pages', async () => {
      const local = await createPortfolioFixture(app.dataSource);
      const insert = (name: string, investment: number) =>
        app.dataSource.query(
          `INSERT INTO projects (code, plan_id, institution_id, region_code, name, investment_wan)
           VALUES ($1, $2, $3, $4, $5, $6)`,
          [`${local.plan.code}-${name}`, local.plan.id, local.hospital.id, local.regionCode, name, investment],
        );
      for (let i = 0; i < 25; i++) await insert(`批量${i}`, (i % 7) * 100);
      const seen: string[] = [];
      let cursor: string | null = null;
      let page = 0;
      do {
        const response: { body: { items: { id: string }[]; nextCursor: string | null } } = await app.http
          .get('/api/v1/projects')
          .query({ planId: local.plan.id, sort: '-investmentWan', limit: 4, ...(cursor ? { cursor } : {}) })
          .set(viewer)
          .expect(200);
        seen.push(...response.body.items.map((p: { id: string }) => p.id));
        cursor = response.body.nextCursor;
        // Rows that sort before and after the cursor appear meanwhile: neither may shift the pages.
        await insert(`插入${page}a`, 99999);
        await insert(`插入${page}b`, 0);
        page++;
      } while (cursor);
      expect(new Set(seen).size).toBe(seen.length);
      const before = await app.dataSource.query(`SELECT id FROM projects WHERE plan_id = $1 AND name NOT LIKE '插入%'`, [
        local.plan.id,
      ]);
      for (const { id } of before) expect(seen).toContain(id);
    });

    it('pages through NULLs (sorted last) without losing rows', async () => {
      const all = await app.http.get('/api/v1/projects').query({ planId: fixture.plan.id, sort: 'landMu', limit: 500 }).set(viewer);
      const paged: string[] = [];
      let cursor: string | null = null;
      do {
        const response: { body: { items: { id: string }[]; nextCursor: string | null } } = await app.http
          .get('/api/v1/projects')
          .query({ planId: fixture.plan.id, sort: 'landMu', limit: 1, ...(cursor ? { cursor } : {}) })
          .set(viewer)
          .expect(200);
        paged.push(...response.body.items.map((p: { id: string }) => p.id));
        cursor = response.body.nextCursor;
      } while (cursor);
      expect(paged).toEqual(all.body.items.map((p: { id: string }) => p.id));
      expect(all.body.items.at(-1).landMu).toBeNull();
    });
  });

  describe('writing', () => {
    it('creates a project with exact decimals, audit and outbox event', async () => {
      const response = await app.http.post('/api/v1/projects').set(admin).send(newProject()).expect(201);
      expect(response.headers.etag).toBe('"1"');
      expect(response.headers.location).toBe(`/api/v1/projects/${response.body.id}`);
      expect(response.body).toMatchObject({ investmentWan: 2500, floorAreaM2: 3000.5, status: 'planned', version: 1 });
      const [audit] = await app.dataSource.query(`SELECT * FROM audit_log WHERE entity_id = $1`, [response.body.id]);
      expect(audit).toMatchObject({ action: 'create', entity_type: 'project', actor_name: 'admin-test', before: null });
      expect(audit.after.name).toBe('中医优势专科能力提升项目');
      const [event] = await app.dataSource.query(`SELECT * FROM outbox_events WHERE aggregate_id = $1`, [response.body.id]);
      expect(event).toMatchObject({ event_type: 'project.created', project_id: response.body.id, published_at: null });
    });

    it.each([
      ['investmentWan', { investmentWan: -1 }],
      ['investmentWan', { investmentWan: 1.005 }],
      ['investmentWan', { investmentWan: '100' }],
      ['landMu', { landMu: 1.23456 }],
      ['name', { name: '' }],
      ['name', { name: '项'.repeat(301) }],
      ['startYear', { startYear: 1999 }],
      ['buildType', { buildType: 'castle' }],
      ['colour', { colour: 'red' }],
      ['endYear', { startYear: 2024, endYear: 2022 }],
      ['programId', { programId: '6f1c2a9b-0000-4000-8000-000000000000' }],
    ])('answers 400 naming %s, and writes nothing', async (field, overrides) => {
      const before = await app.dataSource.query(`SELECT count(*)::int AS n FROM projects`);
      const response = await app.http.post('/api/v1/projects').set(admin).send(newProject(overrides)).expect(400);
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(response.body.errors.map((e: { field: string }) => e.field)).toContain(field);
      expect(await app.dataSource.query(`SELECT count(*)::int AS n FROM projects`)).toEqual(before);
    });

    it('answers malformed JSON with 400, not 500', async () => {
      await app.http.post('/api/v1/projects').set(admin).set('Content-Type', 'application/json').send('{"name":').expect(400);
    });

    it('returns the first result for a repeated Idempotency-Key, and 422 for a different body', async () => {
      const key = `create-${fixture.tag}`;
      const first = await app.http.post('/api/v1/projects').set(admin).set('Idempotency-Key', key).send(newProject({ name: '幂等项目' })).expect(201);
      const again = await app.http.post('/api/v1/projects').set(admin).set('Idempotency-Key', key).send(newProject({ name: '幂等项目' })).expect(201);
      expect(again.body.id).toBe(first.body.id);
      expect(again.headers['idempotent-replayed']).toBe('true');
      expect(again.headers.location).toBe(first.headers.location);
      const rows = await app.dataSource.query(`SELECT id FROM projects WHERE name = '幂等项目'`);
      expect(rows).toHaveLength(1);
      await app.http.post('/api/v1/projects').set(admin).set('Idempotency-Key', key).send(newProject({ name: '另一个' })).expect(422);
    });

    it('creates once when the same Idempotency-Key arrives concurrently', async () => {
      const key = `race-${fixture.tag}`;
      const responses = await Promise.all(
        Array.from({ length: 8 }, () =>
          app.http.post('/api/v1/projects').set(admin).set('Idempotency-Key', key).send(newProject({ name: '并发幂等' })),
        ),
      );
      expect(responses.every((r) => r.status === 201 || r.status === 409)).toBe(true);
      expect(await app.dataSource.query(`SELECT id FROM projects WHERE name = '并发幂等'`)).toHaveLength(1);
    });

    it('updates with If-Match, bumping the version, and answers 428 without it and 412 when stale', async () => {
      const created = await app.http.post('/api/v1/projects').set(admin).send(newProject({ name: '版本项目' })).expect(201);
      const id = created.body.id;
      await app.http.patch(`/api/v1/projects/${id}`).set(admin).send({ status: 'preparing' }).expect(428);
      await app.http.patch(`/api/v1/projects/${id}`).set(admin).set('If-Match', 'abc').send({ status: 'preparing' }).expect(400);
      const updated = await app.http
        .patch(`/api/v1/projects/${id}`)
        .set(admin)
        .set('If-Match', '"1"')
        .send({ status: 'under_construction', investmentWan: 2600.25, content: null })
        .expect(200);
      expect(updated.headers.etag).toBe('"2"');
      expect(updated.body).toMatchObject({ status: 'under_construction', investmentWan: 2600.25, content: null, version: 2 });
      const stale = await app.http.patch(`/api/v1/projects/${id}`).set(admin).set('If-Match', '"1"').send({ status: 'completed' }).expect(412);
      expect(stale.headers.etag).toBe('"2"');
      const [audit] = await app.dataSource.query(`SELECT before, after FROM audit_log WHERE entity_id = $1 AND action = 'update'`, [id]);
      expect(audit.before).toMatchObject({ status: 'planned', investmentWan: 2500 });
      expect(audit.after).toMatchObject({ status: 'under_construction', investmentWan: 2600.25 });
    });

    it('lets exactly one of fifty concurrent PATCHes with the same If-Match win', async () => {
      const created = await app.http.post('/api/v1/projects').set(admin).send(newProject({ name: '并发项目' })).expect(201);
      const responses = await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          app.http.patch(`/api/v1/projects/${created.body.id}`).set(admin).set('If-Match', '"1"').send({ remark: `写者${i}` }),
        ),
      );
      const statuses = responses.map((r) => r.status).sort();
      expect(statuses.filter((s) => s === 200)).toHaveLength(1);
      expect(statuses.filter((s) => s === 412)).toHaveLength(49);
      const [row] = await app.dataSource.query(`SELECT version, remark FROM projects WHERE id = $1`, [created.body.id]);
      const winner = responses.find((r) => r.status === 200)!;
      expect(row).toEqual({ version: 2, remark: winner.body.remark });
    });

    it('deletes with If-Match, recording the deletion', async () => {
      const created = await app.http.post('/api/v1/projects').set(admin).send(newProject({ name: '删除项目' })).expect(201);
      await app.http.delete(`/api/v1/projects/${created.body.id}`).set(admin).expect(428);
      await app.http.delete(`/api/v1/projects/${created.body.id}`).set(admin).set('If-Match', '"1"').expect(204);
      await app.http.get(`/api/v1/projects/${created.body.id}`).set(admin).expect(404);
      const [audit] = await app.dataSource.query(`SELECT after FROM audit_log WHERE entity_id = $1 AND action = 'delete'`, [created.body.id]);
      expect(audit.after).toBeNull();
    });
  });
});
