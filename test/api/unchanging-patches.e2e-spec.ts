import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { bearer, createKey, createPortfolioFixture } from '../support/fixtures';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * A PATCH that changes nothing (`{}`, or the stored values) writes nothing: the same version, no audit entry, no
 * event; the answer is 200 with the resource as it is and its ETag. Otherwise a client that retries, or a form that
 * saves untouched, would move the version under other writers and flood subscribers with empty updates.
 */
describe('PATCH that changes nothing', () => {
  let app: TestApp;
  let admin: Record<string, string>;
  let fixture: Awaited<ReturnType<typeof createPortfolioFixture>>;
  beforeAll(async () => {
    app = await startTestApp({ env: { RATE_LIMIT_PER_MINUTE: '100000', WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true' } });
    fixture = await createPortfolioFixture(app.dataSource);
    admin = bearer(await createKey(app.dataSource, 'admin'));
  });
  afterAll(() => app.close());

  const writesAbout = async (id: string) => {
    const [{ audits }] = await app.dataSource.query(`SELECT count(*)::int AS audits FROM audit_log WHERE entity_id = $1`, [id]);
    const [{ events }] = await app.dataSource.query(`SELECT count(*)::int AS events FROM outbox_events WHERE aggregate_id = $1`, [id]);
    return { audits, events };
  };

  /** Sends each body as a PATCH at the current version and expects nothing written; then one real change is. */
  const expectUnchanged = async (path: string, bodies: Record<string, unknown>[], change: Record<string, unknown>) => {
    const read = await app.http.get(path).set(admin).expect(200);
    const id = read.body.id as string;
    const version = read.body.version as number;
    const before = await writesAbout(id);
    for (const body of bodies) {
      const response = await app.http.patch(path).set(admin).set('If-Match', `"${version}"`).send(body);
      expect({ body, status: response.status }).toEqual({ body, status: 200 });
      expect(response.headers.etag).toBe(`"${version}"`);
      expect(response.body).toEqual(read.body);
    }
    expect(await writesAbout(id)).toEqual(before);
    // A stale If-Match is still refused, even when nothing would change.
    await app.http.patch(path).set(admin).set('If-Match', `"${version + 1}"`).send({}).expect(412);
    const changed = await app.http.patch(path).set(admin).set('If-Match', `"${version}"`).send(change).expect(200);
    expect(changed.body.version).toBe(version + 1);
    const after = await writesAbout(id);
    expect(after.audits).toBe(before.audits + 1);
    expect(after.events).toBe(before.events + 1);
  };

  it('on a project', async () => {
    const project = fixture.projects[0];
    const read = (await app.http.get(`/api/v1/projects/${project.id}`).set(admin).expect(200)).body;
    await expectUnchanged(
      `/api/v1/projects/${project.id}`,
      [{}, { name: read.name, investmentWan: read.investmentWan, beds: read.beds, status: read.status, remark: read.remark }],
      { remark: '更正' },
    );
  });

  it('on a milestone', async () => {
    const created = await app.http
      .post(`/api/v1/projects/${fixture.projects[1].id}/milestones`)
      .set(admin)
      .send({ kind: 'groundbreaking', name: '开工', plannedDate: '2022-03-15' })
      .expect(201);
    await expectUnchanged(
      `/api/v1/milestones/${created.body.id}`,
      [{}, { name: '开工', plannedDate: '2022-03-15', actualDate: null, note: null }],
      { note: '已开工' },
    );
  });

  it('on a plan', async () => {
    const read = (await app.http.get(`/api/v1/plans/${fixture.plan.id}`).set(admin).expect(200)).body;
    await expectUnchanged(`/api/v1/plans/${fixture.plan.id}`, [{}, { title: read.title, documentNumber: read.documentNumber }], {
      documentNumber: `文号${fixture.tag}`,
    });
  });

  it('on a problem', async () => {
    const created = await app.http
      .post(`/api/v1/projects/${fixture.projects[2].id}/problems`)
      .set(admin)
      .send({ category: 'land', description: '用地手续未完成' })
      .expect(201);
    await expectUnchanged(`/api/v1/problems/${created.body.id}`, [{}, { category: 'land', description: '用地手续未完成' }], { responsibleUnit: '自然资源局' });
  });

  it('on a webhook subscription', async () => {
    const created = await app.http
      .post('/api/v1/webhooks')
      .set(admin)
      .send({ url: 'http://127.0.0.1:9/unchanging', events: ['project.updated', 'milestone.updated'] })
      .expect(201);
    await expectUnchanged(
      `/api/v1/webhooks/${created.body.id}`,
      [{}, { url: 'http://127.0.0.1:9/unchanging', events: ['project.updated', 'milestone.updated'], active: true }],
      { active: false },
    );
  });
});
