import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import { bearer, createKey, createPortfolioFixture } from '../support/fixtures';
import { waitFor } from '../support/processes';
import { startTestAppOnFreshDatabase, type TestApp } from '../support/test-app';

/** The shape of a JSON value: every key, recursively, with its value's type ('null' for null). */
function shapeOf(value: unknown): unknown {
  if (value === null) return 'null';
  if (Array.isArray(value)) return value.map(shapeOf);
  if (typeof value === 'object') return Object.fromEntries(Object.entries(value as object).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, shapeOf(v)]));
  return typeof value;
}

/**
 * An event has one payload shape whoever writes it: `project.updated` from a PATCH and from a spreadsheet import
 * reach a webhook receiver alike, and their audit snapshots are alike too.
 */
describe('one payload shape per event, whoever writes it', () => {
  let app: TestApp;
  let admin: Record<string, string>;
  let fixture: Awaited<ReturnType<typeof createPortfolioFixture>>;
  let server: Server;
  const received: { type: string; data: Record<string, unknown> }[] = [];

  beforeAll(async () => {
    app = await startTestAppOnFreshDatabase('payload_shapes', { WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true', RATE_LIMIT_PER_MINUTE: '100000' });
    admin = bearer(await createKey(app.dataSource, 'admin'));
    fixture = await createPortfolioFixture(app.dataSource);
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        received.push(JSON.parse(body));
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    await app.http.post('/api/v1/webhooks').set(admin).send({ url: `http://127.0.0.1:${port}/hook`, events: ['project.updated'] }).expect(201);
  });
  afterAll(async () => {
    server.closeAllConnections();
    await app.close();
    server.close();
  });

  it('project.updated from a PATCH and from an import: the same payload shape and audit snapshot', async () => {
    // The same project and field both times, so the values differ but their types (and nulls) cannot.
    const project = fixture.projects[1];
    await app.http.patch(`/api/v1/projects/${project.id}`).set(admin).set('If-Match', '"1"').send({ investmentWan: 10025 }).expect(200);
    await waitFor(() => received.length === 1, { what: 'the delivery of the PATCH' });

    const sheet = `项目名称,建设单位,总投资（万元）\n${project.name},${fixture.hospital.name},10030\n`;
    const imported = await app.http
      .post('/api/v1/imports')
      .query({ planCode: fixture.plan.code })
      .set(admin)
      .attach('file', Buffer.from(sheet), '重点项目.csv')
      .expect(200);
    expect(imported.body.counts.projectsUpdated).toBe(1);
    await waitFor(() => received.length === 2, { what: 'the delivery of the import' });

    const [fromApi, fromImport] = received;
    expect(fromApi.type).toBe('project.updated');
    expect(fromImport.type).toBe('project.updated');
    expect((fromImport.data.project as { investmentWan: number }).investmentWan).toBe(10030);
    expect((fromImport.data.previous as { investmentWan: number }).investmentWan).toBe(10025);
    expect(shapeOf(fromImport.data)).toEqual(shapeOf(fromApi.data));
    expect(Object.keys(fromApi.data).sort()).toEqual(['previous', 'project']);

    const audit: { after: object }[] = await app.dataSource.query(
      `SELECT after FROM audit_log WHERE entity_type = 'project' AND entity_id = $1 AND action = 'update' ORDER BY id`,
      [project.id],
    );
    expect(audit).toHaveLength(2);
    expect(shapeOf(audit[1].after)).toEqual(shapeOf(audit[0].after));
  });
});
