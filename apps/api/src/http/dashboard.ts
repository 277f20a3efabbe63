import type { INestApplication } from '@nestjs/common';
import express, { type NextFunction, type Request, type Response } from 'express';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';

/** Where `npm run build` puts the web dashboard (apps/web, built by Vite). */
export const DASHBOARD_DIR = resolve(process.cwd(), 'dist', 'web');

/** Paths the dashboard must never answer: the API, its document, its UI and the queue board keep their own 404s. */
const NOT_DASHBOARD = /^\/(api|docs|openapi\.json|admin)(\/|$)/;

/** Hashed assets never change under their name; index.html (which names them) must be checked on every load. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

/** What is worth compressing: text. Images and fonts are compressed already. */
const COMPRESSIBLE = new Set(['.js', '.mjs', '.css', '.html', '.svg', '.json', '.map', '.txt']);

/** The encodings written beside each file at build time, best first. */
const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;

/**
 * Writes `<file>.br` and `<file>.gz` beside each compressible file of the built dashboard (`npm run build` runs it
 * after Vite). At build time, so the api spends no CPU compressing per request and can use the slowest, smallest
 * settings (the 830 KB bundle: about 270 KB gzipped, less in brotli). A compressed copy that is not smaller is
 * not written.
 */
export function precompressDashboard(dir = DASHBOARD_DIR): string[] {
  const written: string[] = [];
  const walk = (folder: string): void => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (COMPRESSIBLE.has(extname(name))) {
        const raw = readFileSync(path);
        const copies = {
          '.br': brotliCompressSync(raw, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: raw.length } }),
          '.gz': gzipSync(raw, { level: 9 }),
        };
        for (const [suffix, compressed] of Object.entries(copies)) {
          if (compressed.length >= raw.length) continue;
          writeFileSync(path + suffix, compressed);
          written.push(path + suffix);
        }
      }
    }
  };
  walk(dir);
  return written;
}

/**
 * Serves the precompressed copy of a file when the request accepts its encoding (brotli first, then gzip; an encoding
 * refused with q=0 is not used), with `Content-Encoding` and `Vary: Accept-Encoding`; otherwise lets the
 * plain file be served. API responses are not compressed (see README: their CPU cost per request is not worth it
 * on this deployment).
 */
function precompressed(root: string, cacheControl: (path: string) => string) {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const relative = req.path === '/' ? '/index.html' : req.path;
    const file = join(root, relative);
    // Paths outside the root never reach a file: `join` normalises `..`, so compare what it made.
    if (!file.startsWith(root + '/') || !COMPRESSIBLE.has(extname(file))) return next();
    res.vary('Accept-Encoding');
    const available = ENCODINGS.filter((e) => existsSync(file + e.suffix));
    if (available.length === 0) return next();
    // Ours first among the accepted ones (browsers list gzip before br at equal quality); q=0 refuses one.
    const encoding = available.find((e) => req.acceptsEncodings(e.name) === e.name);
    if (!encoding) return next();
    res.setHeader('Content-Encoding', encoding.name);
    res.setHeader('Cache-Control', cacheControl(relative));
    res.type(extname(file));
    res.sendFile(file + encoding.suffix, { cacheControl: false, dotfiles: 'deny' }, (error) => {
      if (error && !res.headersSent) next(error);
    });
  };
}

/**
 * The dashboard at `/`: its built files, and index.html for any other GET outside the API (the dashboard routes
 * by the URL's hash, so this fallback only serves bookmarks and reloads). Skipped when the dashboard was not built.
 * Hashed assets are cached for a year and immutable; index.html and other unhashed files are revalidated each time.
 */
export function serveDashboard(app: INestApplication, dir = DASHBOARD_DIR): boolean {
  const index = join(dir, 'index.html');
  if (!existsSync(index)) return false;
  const server = app.getHttpAdapter().getInstance() as express.Express;
  const assets = join(dir, 'assets');
  const files = express.static(dir, { index: 'index.html', cacheControl: false, setHeaders: (res) => res.setHeader('Cache-Control', REVALIDATE) });
  server.use('/assets', precompressed(assets, () => IMMUTABLE));
  server.use('/assets', express.static(assets, { immutable: true, maxAge: '1y', fallthrough: false }));
  const pages = precompressed(dir, () => REVALIDATE);
  server.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || NOT_DASHBOARD.test(req.path)) return next();
    pages(req, res, () =>
      files(req, res, () => {
        if (!req.accepts('html')) return next();
        // Any other page address: index.html itself, compressed when it can be.
        req.url = '/index.html';
        pages(req, res, () => res.setHeader('Cache-Control', REVALIDATE).sendFile(index, { cacheControl: false }));
      }),
    );
  });
  return true;
}
