import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import { DASHBOARD_DIR } from '../../apps/api/src/http/dashboard';
import { startTestApp, type TestApp } from '../support/test-app';

/** How the api serves the built dashboard beside the API, under the same helmet policy. */
describe('the dashboard at /', () => {
  let app: TestApp;
  beforeAll(async () => {
    if (!existsSync(`${DASHBOARD_DIR}/index.html`)) throw new Error('dist/web is missing: run `npm run build`');
    app = await startTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  it('serves index.html and its hashed assets under a CSP that allows only the site’s own scripts', async () => {
    const page = await app.http.get('/').expect(200).expect('Content-Type', /text\/html/);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.text).toContain('<div id="root"></div>');
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(page.text)?.[1];
    expect(script).toBeDefined();
    const asset = await app.http.get(script!).expect(200).expect('Content-Type', /javascript/);
    expect(asset.headers['cache-control']).toContain('immutable');
  });

  it('answers other page addresses with index.html, but not missing assets', async () => {
    const page = await app.http.get('/projects/whatever').set('Accept', 'text/html').expect(200);
    expect(page.text).toContain('<div id="root"></div>');
    await app.http.get('/assets/missing.js').expect(404);
    await app.http.get('/favicon.ico').set('Accept', 'image/*').expect(404);
    await app.http.post('/projects').set('Accept', 'text/html').expect(404);
  });

  it('leaves the API, its document and its docs to themselves, authenticated as before', async () => {
    await app.http.get('/api/v1/plans').set('Accept', 'text/html').expect(401);
    const missing = await app.http.get('/api/v1/no-such-thing').set('Accept', 'text/html').expect(404);
    expect(missing.headers['content-type']).toMatch(/application\/problem\+json/);
    await app.http.get('/openapi.json').expect(200).expect('Content-Type', /json/);
    await app.http.get('/docs/').expect(200);
  });
});
