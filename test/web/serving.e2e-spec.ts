import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
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

  /** The bytes as they travel (supertest would inflate them), from the app listening on a port of its own. */
  async function raw(path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
    const server = app.app.getHttpServer();
    if (!server.listening) await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const { port } = server.address() as AddressInfo;
    return new Promise((done, fail) => {
      const request = httpRequest({ host: '127.0.0.1', port, path, headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => done({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }));
      });
      request.on('error', fail);
      request.end();
    });
  }

  it('serves the bundle compressed (brotli or gzip, as accepted) with long-lived caching, and index.html revalidated', async () => {
    const page = await app.http.get('/').expect(200);
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(page.text)![1];
    const original = readFileSync(join(DASHBOARD_DIR, script));

    const gzipped = await raw(script, { 'Accept-Encoding': 'gzip' });
    expect(gzipped.status).toBe(200);
    expect(gzipped.headers).toMatchObject({ 'content-encoding': 'gzip', 'cache-control': 'public, max-age=31536000, immutable' });
    expect(gzipped.headers['content-type']).toMatch(/javascript/);
    expect(gzipped.headers.vary).toMatch(/Accept-Encoding/i);
    expect(gzipped.body.length).toBeLessThan(original.length / 2);
    expect(gunzipSync(gzipped.body).equals(original)).toBe(true);

    // The browser's usual header: brotli preferred; q-values respected.
    const brotli = await raw(script, { 'Accept-Encoding': 'gzip, deflate, br, zstd' });
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(brotli.body).equals(original)).toBe(true);
    expect((await raw(script, { 'Accept-Encoding': 'br;q=0, gzip' })).headers['content-encoding']).toBe('gzip');

    // A client that accepts no encoding gets the file as it is, still cacheable for good and varying by encoding.
    const plain = await raw(script, { 'Accept-Encoding': 'identity' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(plain.headers.vary).toMatch(/Accept-Encoding/i);
    expect(plain.body.equals(original)).toBe(true);

    // index.html names the hashed files: revalidated on every load, compressed too, under the same CSP.
    for (const path of ['/', '/index.html', '/projects/whatever']) {
      const index = await raw(path, { 'Accept-Encoding': 'gzip', Accept: 'text/html' });
      expect({ path, status: index.status, cache: index.headers['cache-control'], encoding: index.headers['content-encoding'] }).toEqual({
        path,
        status: 200,
        cache: 'no-cache',
        encoding: 'gzip',
      });
      expect(index.headers['content-security-policy']).toContain("script-src 'self'");
      expect(gunzipSync(index.body).toString()).toContain('<div id="root"></div>');
    }
    // API answers are not compressed (their CPU per request is not worth it here; see README).
    const api = await raw('/api/v1/health/live', { 'Accept-Encoding': 'gzip' });
    expect({ status: api.status, encoding: api.headers['content-encoding'] }).toEqual({ status: 200, encoding: undefined });
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
