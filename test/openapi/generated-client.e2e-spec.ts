import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import openapiTS, { astToString } from 'openapi-typescript';
import { bearer, createKey, createPortfolioFixture } from '../support/fixtures';
import { freePort } from '../support/processes';
import { startTestApp, type TestApp } from '../support/test-app';

const run = promisify(execFile);

// What an integrator writes after generating types from /openapi.json alone: list projects, mark a milestone done.
const PROGRAM = `
import createClient from 'openapi-fetch';
import type { paths } from './schema.js';

const client = createClient<paths>({
  baseUrl: process.env.BASE_URL,
  headers: { Authorization: \`Bearer \${process.env.API_KEY}\` },
});

const projects = await client.GET('/api/v1/projects', {
  params: { query: { planId: process.env.PLAN_ID, sort: '-investmentWan', limit: 10 } },
});
if (!projects.data) throw new Error(\`listing projects failed: \${JSON.stringify(projects.error)}\`);
const biggest = projects.data.items[0];

const milestones = await client.GET('/api/v1/projects/{id}/milestones', { params: { path: { id: biggest.id } } });
if (!milestones.data) throw new Error(\`listing milestones failed: \${JSON.stringify(milestones.error)}\`);
const first = milestones.data.items[0];

const updated = await client.PATCH('/api/v1/milestones/{id}', {
  params: { path: { id: first.id }, header: { 'If-Match': \`"\${first.version}"\` } },
  body: { actualDate: process.env.DONE_ON },
});
if (!updated.data) throw new Error(\`updating the milestone failed: \${JSON.stringify(updated.error)}\`);

const result: { projects: number; biggest: string; investmentWan: number | null; milestone: string; status: string; version: number } = {
  projects: projects.data.items.length,
  biggest: biggest.name,
  investmentWan: biggest.investmentWan,
  milestone: updated.data.id,
  status: updated.data.status,
  version: updated.data.version,
};
console.log(JSON.stringify(result));
`;

describe('a client generated from /openapi.json', () => {
  let app: TestApp;
  let dir: string;
  let port: number;
  beforeAll(async () => {
    app = await startTestApp();
    port = await freePort();
    await app.app.listen(port, '127.0.0.1');
    // Inside the checkout, so the program resolves openapi-fetch from node_modules; git-ignored.
    dir = resolve('test-output', `client-${process.pid}`);
    mkdirSync(dir, { recursive: true });
  });
  afterAll(async () => {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('compiles under strict TypeScript and runs against the server', async () => {
    const fixture = await createPortfolioFixture(app.dataSource);
    const key = await createKey(app.dataSource, 'manager', [fixture.hospital.id]);
    const [milestone] = await app.dataSource.query(
      `INSERT INTO milestones (project_id, kind, name, planned_date) VALUES ($1, 'groundbreaking', '开工', '2024-03-01')
       RETURNING id`,
      [fixture.projects[0].id],
    );

    const document = (await app.http.get('/openapi.json').expect(200)).body;
    writeFileSync(join(dir, 'schema.d.ts'), astToString(await openapiTS(document)));
    writeFileSync(join(dir, 'program.mts'), PROGRAM);
    await run(process.execPath, [
      resolve('node_modules/typescript/bin/tsc'),
      '--strict', '--noEmitOnError', '--target', 'es2022', '--module', 'nodenext', '--moduleResolution', 'nodenext',
      '--skipLibCheck', '--types', 'node', '--ignoreConfig', '--outDir', dir, join(dir, 'program.mts'),
    ]);

    const { stdout } = await run(process.execPath, [join(dir, 'program.mjs')], {
      env: { ...process.env, BASE_URL: `http://127.0.0.1:${port}`, API_KEY: key, PLAN_ID: fixture.plan.id, DONE_ON: '2024-03-05' },
    });
    expect(JSON.parse(stdout)).toEqual({
      projects: 3,
      biggest: '传染病区建设项目',
      investmentWan: 12000,
      milestone: milestone.id,
      status: 'done',
      version: 2,
    });
    const check = await app.http.get(`/api/v1/milestones/${milestone.id}`).set(bearer(key)).expect(200);
    expect(check.body.actualDate).toBe('2024-03-05');
  }, 60_000);

  it('fails to compile a program that misuses the API, so the types are real', async () => {
    const document = (await app.http.get('/openapi.json').expect(200)).body;
    writeFileSync(join(dir, 'schema.d.ts'), astToString(await openapiTS(document)));
    writeFileSync(
      join(dir, 'wrong.mts'),
      `import createClient from 'openapi-fetch';
       import type { paths } from './schema.js';
       const client = createClient<paths>({ baseUrl: 'http://x' });
       await client.GET('/api/v1/projects', { params: { query: { colour: 'red' } } });`,
    );
    await expect(
      run(process.execPath, [
        resolve('node_modules/typescript/bin/tsc'),
        '--strict', '--noEmit', '--target', 'es2022', '--module', 'nodenext', '--moduleResolution', 'nodenext',
        '--skipLibCheck', '--types', 'node', '--ignoreConfig', join(dir, 'wrong.mts'),
      ]),
    ).rejects.toMatchObject({ stdout: expect.stringMatching(/colour/) });
  }, 60_000);
});
