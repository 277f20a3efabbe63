import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { bearer, createKey, createPortfolioFixture } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/test-app';

type Fixture = Awaited<ReturnType<typeof createPortfolioFixture>>;
interface Milestone {
  id: string;
  projectId: string;
  kind: string;
  name: string;
  plannedDate: string;
  actualDate: string | null;
  status: string;
  version: number;
}

/** The calendar date now in a time zone, as the server derives "today" for a plan. */
function todayIn(timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(new Date());
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}

describe('POST /api/v1/projects/{id}/milestones/standard', () => {
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

  const standard = (projectId: string, headers = admin) => app.http.post(`/api/v1/projects/${projectId}/milestones/standard`).set(headers);
  const setProject = (projectId: string, columns: { build_type?: string; start_year?: number | null; end_year?: number | null }) =>
    app.dataSource.query(
      `UPDATE projects SET build_type = COALESCE($2, build_type),
                           start_year = CASE WHEN $3 THEN $4::smallint ELSE start_year END,
                           end_year = CASE WHEN $5 THEN $6::smallint ELSE end_year END
        WHERE id = $1`,
      [projectId, columns.build_type ?? null, 'start_year' in columns, columns.start_year ?? null, 'end_year' in columns, columns.end_year ?? null],
    );
  /** Everything the endpoint could write for a project: its milestones, and their audit entries and events. */
  const footprint = async (projectId: string) => {
    const [row] = await app.dataSource.query(
      `SELECT (SELECT count(*)::int FROM milestones WHERE project_id = $1) AS milestones,
              (SELECT count(*)::int FROM audit_log a JOIN milestones m ON m.id::text = a.entity_id WHERE m.project_id = $1) AS audit,
              (SELECT count(*)::int FROM outbox_events WHERE project_id = $1) AS events`,
      [projectId],
    );
    return row as { milestones: number; audit: number; events: number };
  };

  it('gives a new-build project the eight standard milestones over its years, as the project’s list shows them', async () => {
    const project = fixture.projects[0]; // new, 2021–2025
    const response = await standard(project.id).expect(201);
    expect(response.headers.location).toBe(`/api/v1/projects/${project.id}/milestones`);
    const items: Milestone[] = response.body.items;
    expect(Object.keys(response.body)).toEqual(['items']);
    expect(items.map((m) => [m.kind, m.name, m.plannedDate])).toEqual([
      ['approval', '立项', '2021-03-01'],
      ['feasibility', '可研批复', '2021-11-08'],
      ['design', '初步设计批复', '2022-07-19'],
      ['permit', '施工许可', '2023-03-28'],
      ['groundbreaking', '开工', '2023-12-05'],
      ['topping_out', '主体封顶', '2024-08-13'],
      ['completion', '竣工验收', '2025-04-23'],
      ['in_service', '投入使用', '2025-12-31'],
    ]);
    for (const milestone of items) {
      expect(milestone).toMatchObject({
        projectId: project.id,
        planId: fixture.plan.id,
        institutionId: fixture.hospital.id,
        regionCode: fixture.regionCode,
        actualDate: null,
        note: null,
        version: 1,
        status: milestone.plannedDate < today() ? 'overdue' : 'pending',
      });
    }
    const listed = await app.http.get(`/api/v1/projects/${project.id}/milestones`).set(viewer).expect(200);
    expect(listed.body.items).toEqual(items);
  });

  it('gives a renovation its shorter list, without feasibility study and topping out', async () => {
    const local = await createPortfolioFixture(app.dataSource);
    const project = local.projects[1];
    await setProject(project.id, { build_type: 'renovation' });
    const response = await standard(project.id).expect(201);
    expect(response.body.items.map((m: Milestone) => [m.kind, m.name, m.plannedDate])).toEqual([
      ['approval', '立项', '2021-03-01'],
      ['design', '初步设计批复', '2022-02-17'],
      ['permit', '施工许可', '2023-02-05'],
      ['groundbreaking', '开工', '2024-01-25'],
      ['completion', '竣工验收', '2025-01-12'],
      ['in_service', '投入使用', '2025-12-31'],
    ]);
  });

  it('plans over the plan’s period when the project has no years of its own', async () => {
    const local = await createPortfolioFixture(app.dataSource);
    const project = local.projects[0];
    await setProject(project.id, { build_type: 'other', start_year: null, end_year: null });
    const response = await standard(project.id).expect(201);
    expect(response.body.items.map((m: Milestone) => [m.kind, m.plannedDate])).toEqual([
      ['approval', '2021-03-01'],
      ['groundbreaking', '2022-10-11'],
      ['completion', '2024-05-21'],
      ['in_service', '2025-12-31'],
    ]);
  });

  it('derives pending and overdue from the planned dates and today in the plan’s time zone', async () => {
    const local = await createPortfolioFixture(app.dataSource);
    const project = local.projects[0];
    const year = Number(today().slice(0, 4));
    // From March of last year to December in two years: the first milestones are past, the last ones ahead.
    await setProject(project.id, { start_year: year - 1, end_year: year + 2 });
    const items: Milestone[] = (await standard(project.id).expect(201)).body.items;
    const expected = items.map((m) => (m.plannedDate < today() ? 'overdue' : 'pending'));
    expect(items.map((m) => m.status)).toEqual(expected);
    expect(expected).toContain('overdue');
    expect(expected).toContain('pending');
    expect(items[0].plannedDate).toBe(`${year - 1}-03-01`);
    expect(items[7].plannedDate).toBe(`${year + 2}-12-31`);

    const byStatus = async (status: string) =>
      (await app.http.get('/api/v1/milestones').query({ projectId: project.id, status }).set(viewer).expect(200)).body.items.map(
        (m: Milestone) => m.id,
      );
    expect(await byStatus('overdue')).toEqual(items.filter((m) => m.status === 'overdue').map((m) => m.id));
    expect(await byStatus('pending')).toEqual(items.filter((m) => m.status === 'pending').map((m) => m.id));
  });

  it('audits each milestone and announces each with milestone.created, in the same way as adding one', async () => {
    const local = await createPortfolioFixture(app.dataSource);
    const project = local.projects[0];
    const items: Milestone[] = (await standard(project.id).expect(201)).body.items;
    const ids = items.map((m) => m.id);
    const audit = await app.dataSource.query(
      `SELECT entity_id, action, entity_type, actor_name, before, after FROM audit_log WHERE entity_id = ANY($1::text[]) ORDER BY id`,
      [ids],
    );
    expect(audit.map((a: { entity_id: string }) => a.entity_id)).toEqual(ids);
    for (const [i, entry] of audit.entries()) {
      expect(entry).toMatchObject({ action: 'create', entity_type: 'milestone', actor_name: 'admin-test', before: null });
      expect(entry.after).toEqual(items[i]);
    }
    const events = await app.dataSource.query(
      `SELECT aggregate_id, event_type, aggregate_type, project_id, payload FROM outbox_events
        WHERE aggregate_id = ANY($1::text[]) ORDER BY id`,
      [ids],
    );
    expect(events.map((e: { aggregate_id: string }) => e.aggregate_id)).toEqual(ids);
    for (const [i, event] of events.entries()) {
      expect(event).toMatchObject({
        event_type: 'milestone.created',
        aggregate_type: 'milestone',
        project_id: project.id,
        payload: { projectId: project.id, before: null, after: items[i] },
      });
    }
  });

  it('answers a second call with 409 and writes nothing', async () => {
    const local = await createPortfolioFixture(app.dataSource);
    const project = local.projects[0];
    await standard(project.id).expect(201);
    const before = await footprint(project.id);
    expect(before).toEqual({ milestones: 8, audit: 8, events: 8 });
    const again = await standard(project.id).expect(409);
    expect(again.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(again.body.detail).toMatch(/already has milestones/);
    expect(await footprint(project.id)).toEqual(before);
  });

  it('refuses (409) a project with a milestone of one of the standard kinds, but not one with custom milestones only', async () => {
    const local = await createPortfolioFixture(app.dataSource);
    const [withPermit, withCustom] = local.projects;
    const add = (projectId: string, kind: string) =>
      app.http
        .post(`/api/v1/projects/${projectId}/milestones`)
        .set(admin)
        .send({ kind, name: '已有里程碑', plannedDate: '2022-05-01' })
        .expect(201);
    await add(withPermit.id, 'permit');
    const refused = await standard(withPermit.id).expect(409);
    expect(refused.body.detail).toMatch(/permit/);
    expect(await footprint(withPermit.id)).toEqual({ milestones: 1, audit: 1, events: 1 });

    await add(withCustom.id, 'custom');
    expect((await standard(withCustom.id).expect(201)).body.items).toHaveLength(8);
    expect((await footprint(withCustom.id)).milestones).toBe(9);
  });

  it('never duplicates under concurrent calls: one 201, the rest 409', async () => {
    const local = await createPortfolioFixture(app.dataSource);
    const project = local.projects[0];
    const responses = await Promise.all(Array.from({ length: 6 }, () => standard(project.id)));
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses).toEqual([201, 409, 409, 409, 409, 409]);
    expect(await footprint(project.id)).toEqual({ milestones: 8, audit: 8, events: 8 });
  });

  it('returns the first result again for a repeated Idempotency-Key', async () => {
    const local = await createPortfolioFixture(app.dataSource);
    const project = local.projects[0];
    const key = `standard-${local.tag}`;
    const first = await standard(project.id).set('Idempotency-Key', key).expect(201);
    const again = await standard(project.id).set('Idempotency-Key', key).expect(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body).toEqual(first.body);
    expect(again.headers.location).toBe(first.headers.location);
    expect((await footprint(project.id)).milestones).toBe(8);
    // The same key for another project is another request.
    await standard(local.projects[1].id).set('Idempotency-Key', key).expect(422);
  });

  it('lets a manager add them to their own institution’s projects only; viewers never (403, nothing written)', async () => {
    const own = fixture.projects[1]; // the hospital's
    const other = fixture.projects[2]; // the clinic's
    const refused = await standard(other.id, manager).expect(403);
    expect(refused.body.detail).toMatch(/not scoped/);
    await standard(other.id, viewer).expect(403);
    expect(await footprint(other.id)).toEqual({ milestones: 0, audit: 0, events: 0 });

    const mine = await standard(own.id, manager).expect(201);
    expect(mine.body.items).toHaveLength(8);
    const [{ actor_name }] = await app.dataSource.query(`SELECT actor_name FROM audit_log WHERE entity_id = $1`, [mine.body.items[0].id]);
    expect(actor_name).toBe('manager-test');
  });

  it('answers 404 for an unknown project and 400 for a malformed id', async () => {
    const unknown = '6f1c2a9b-0000-4000-8000-000000000000';
    const missing = await standard(unknown).expect(404);
    expect(missing.body.detail).toMatch(unknown);
    await standard('not-a-uuid').expect(400);
  });

  it('is documented like the other operations', async () => {
    const document = (await app.http.get('/openapi.json').expect(200)).body;
    const operation = document.paths['/api/v1/projects/{id}/milestones/standard'].post;
    expect(operation.summary).toBeTruthy();
    expect(operation.description).toMatch(/renovation/);
    expect(operation.security).toEqual([{ apiKey: [] }]);
    expect(Object.keys(operation.responses)).toEqual(expect.arrayContaining(['201', '400', '401', '403', '404', '409', '422', '429']));
    expect(operation.parameters.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['id', 'Idempotency-Key']));
    const schema = operation.responses['201'].content['application/json'].schema;
    expect(schema.$ref).toMatch(/MilestoneList$/);
  });
});
