import type { INestApplication } from '@nestjs/common';
import express, { type NextFunction, type Request, type Response } from 'express';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Where `npm run build` puts the web dashboard (apps/web, built by Vite). */
export const DASHBOARD_DIR = resolve(process.cwd(), 'dist', 'web');

/** Paths the dashboard must never answer: the API, its document and its UI keep their own 404s. */
const NOT_DASHBOARD = /^\/(api|docs|openapi\.json)(\/|$)/;

/**
 * The dashboard at `/`: its built files, and index.html for any other GET outside the API (the dashboard routes
 * by the URL's hash, so this fallback only serves bookmarks and reloads). Skipped when the dashboard was not built.
 */
export function serveDashboard(app: INestApplication, dir = DASHBOARD_DIR): boolean {
  const index = join(dir, 'index.html');
  if (!existsSync(index)) return false;
  const server = app.getHttpAdapter().getInstance() as express.Express;
  const files = express.static(dir, { index: 'index.html', maxAge: 0 });
  // Built assets carry a content hash in their names: they may be cached for good.
  server.use('/assets', express.static(join(dir, 'assets'), { immutable: true, maxAge: '1y', fallthrough: false }));
  server.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || NOT_DASHBOARD.test(req.path)) return next();
    files(req, res, () => (req.accepts('html') ? res.sendFile(index) : next()));
  });
  return true;
}
