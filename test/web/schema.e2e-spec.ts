import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { startTestApp, type TestApp } from '../support/test-app';

const SCHEMA_FILE = resolve('apps/web/src/api/schema.d.ts');
const HEADER = '// Generated from /openapi.json by `npm run web:schema` (test/web/schema.e2e-spec.ts). Do not edit.\n\n';

/**
 * The dashboard's typed client is generated from the api's OpenAPI document. The generated file is committed (the
 * build needs no running server); this test fails when it no longer matches what the api describes.
 * `npm run web:schema` rewrites it.
 */
describe('the dashboard API types', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  it('match the api’s /openapi.json', async () => {
    const document = (await app.http.get('/openapi.json').expect(200)).body;
    const generated = HEADER + astToString(await openapiTS(document));
    if (process.env.UPDATE_WEB_SCHEMA === '1') writeFileSync(SCHEMA_FILE, generated);
    const committed = readFileSync(SCHEMA_FILE, 'utf8');
    if (committed !== generated) throw new Error(`${SCHEMA_FILE} is stale: run \`npm run web:schema\``);
    expect(committed).toBe(generated);
  });
});
