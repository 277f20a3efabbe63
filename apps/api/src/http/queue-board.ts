import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import type { INestApplication } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { optionalProvider } from './optional-provider';
import { CHINESE_TITLES, prefersChinese, ProblemException, RATE_LIMIT_OPTIONS, rateLimitExceeded, type RateLimitOptions } from '@tracker/api-conventions';
import { ApiKeyGuard, apiKeyPrefix, KeyDirectory, type Principal } from '@tracker/auth';
import { Queue } from 'bullmq';
import express, { type NextFunction, type Request, type Response } from 'express';
import { createHmac, timingSafeEqual } from 'node:crypto';

/** Where Bull Board is served, outside the versioned API (like /docs). */
export const QUEUE_BOARD_PATH = '/admin/queues';
/** The board's session cookie: signed, HttpOnly, SameSite=Strict, sent only to the board's paths. */
export const BOARD_COOKIE = 'hct_board';
/** How long a board session lasts; after it, the admin signs in again with the key. */
export const BOARD_SESSION_SECONDS = 30 * 60;

/**
 * Bull Board over every queue of the application, for admins only. A request is let in with the admin API key as
 * `Authorization: Bearer` (curl, scripts, a proxy that adds the header), or with a session cookie that
 * `POST /admin/queues/login` sets after checking the key (a browser, which cannot send a bearer header to a page).
 * The cookie names the key by its public prefix and is signed with the key's stored hash, so it needs no secret
 * of its own, holds nothing that authenticates to the API, is valid on every replica, and dies with the key:
 * each request looks the key up again (a revoked or demoted key's session ends at once) and checks the expiry.
 * No key: 401; a key of another role: 403. Skipped when the application has no API (no key guard).
 */
export function serveQueueBoard(app: INestApplication): boolean {
  const guard = optionalProvider(app, ApiKeyGuard);
  const keys = optionalProvider(app, KeyDirectory);
  if (!guard || !keys) return false;
  const sessions = new BoardSessions(guard, keys);

  const board = new ExpressAdapter();
  board.setBasePath(QUEUE_BOARD_PATH);
  createBullBoard({
    queues: applicationQueues(app).map((queue) => new BullMQAdapter(queue)),
    serverAdapter: board,
    options: { uiConfig: { boardTitle: 'Tracker queues' } },
  });

  const server = app.getHttpAdapter().getInstance() as express.Express;
  // The board is plain express, outside the API's guards: the same rate limit applies here, by client address, so
  // neither sign-in guesses nor cookies made up to cost a key lookup each come in faster than the API allows.
  const limits = optionalProvider<RateLimitOptions>(app, RATE_LIMIT_OPTIONS);
  if (limits) {
    server.use(QUEUE_BOARD_PATH, (req, res, next) => {
      limits.store
        .hit(`board:${req.ip ?? req.socket.remoteAddress ?? 'unknown'}`, 60_000)
        .then(({ hits, resetSeconds }) => {
          if (hits <= limits.limitPerMinute) return next();
          sendProblem(req, res, rateLimitExceeded(limits.limitPerMinute, resetSeconds));
        })
        .catch(next);
    });
  }
  const form = express.urlencoded({ extended: false, limit: '4kb', parameterLimit: 5 });
  server.get(`${QUEUE_BOARD_PATH}/login`, (_req, res) => sendLoginPage(res, 200));
  server.post(`${QUEUE_BOARD_PATH}/login`, form, (req, res, next) => {
    sessions.signIn(req, res).catch(next);
  });
  server.post(`${QUEUE_BOARD_PATH}/logout`, (_req, res) => {
    res.setHeader('Set-Cookie', sessionCookie('', 0, false));
    res.redirect(303, `${QUEUE_BOARD_PATH}/login`);
  });
  server.use(QUEUE_BOARD_PATH, (req, res, next) => {
    sessions.admit(req, res, next).catch(next);
  }, board.getRouter() as express.Router);
  return true;
}

class BoardSessions {
  constructor(
    private readonly guard: ApiKeyGuard,
    private readonly keys: KeyDirectory,
  ) {}

  /** Lets an admin through (by bearer key or session cookie); answers 401 or 403 otherwise. */
  async admit(req: Request, res: Response, next: NextFunction): Promise<void> {
    res.setHeader('Cache-Control', 'no-store');
    if (req.headers.authorization !== undefined) {
      const principal = await this.guard.authenticate(req as unknown as Parameters<ApiKeyGuard['authenticate']>[0]);
      if (principal instanceof ProblemException) return sendProblem(req, res, principal);
      if (principal.role !== 'admin') return sendProblem(req, res, forbidden(principal));
      return next();
    }
    const cookie = readCookie(req, BOARD_COOKIE);
    if (cookie === null) {
      return sendProblem(
        req,
        res,
        unauthorized(
          `Sign in at ${QUEUE_BOARD_PATH}/login with an admin API key, or send it as "Authorization: Bearer <key>".`,
          `请在 ${QUEUE_BOARD_PATH}/login 用管理员 API 密钥登录，或以 "Authorization: Bearer <密钥>" 发送。`,
        ),
      );
    }
    if (!(await this.validSession(cookie))) {
      return sendProblem(
        req,
        res,
        unauthorized(
          `The board session has expired or its key is no longer an admin key: sign in again at ${QUEUE_BOARD_PATH}/login.`,
          `队列面板的会话已过期，或其密钥已不是管理员密钥：请在 ${QUEUE_BOARD_PATH}/login 重新登录。`,
        ),
      );
    }
    next();
  }

  /** Checks the key of the login form (or a bearer header); an admin key gets a session cookie and the board. */
  async signIn(req: Request, res: Response): Promise<void> {
    const typed = (req.body as { key?: unknown } | undefined)?.key;
    const token = typeof typed === 'string' ? typed.trim() : bearerToken(req.headers.authorization);
    const principal = await this.guard.authenticate({ headers: { authorization: token ? `Bearer ${token}` : undefined } });
    if (principal instanceof ProblemException) return sendLoginPage(res, 401, 'That is not a valid API key.');
    if (principal.role !== 'admin') return sendLoginPage(res, 403, `A ${principal.role} key may not use the queue board; sign in with an admin key.`);
    // The key authenticated, so it is well formed and its row exists.
    const prefix = apiKeyPrefix(token!)!;
    const key = (await this.keys.findByPrefix(prefix))!;
    const expires = Math.floor(Date.now() / 1000) + BOARD_SESSION_SECONDS;
    res.setHeader('Set-Cookie', sessionCookie(signSession(key.keyHash, key.id, prefix, expires), BOARD_SESSION_SECONDS, req.secure));
    res.redirect(303, `${QUEUE_BOARD_PATH}/`);
  }

  private async validSession(cookie: string): Promise<boolean> {
    const [prefix, expiresText, signature] = cookie.split('.');
    const expires = Number(expiresText);
    if (!prefix || !signature || !/^[A-Za-z0-9]{12}$/.test(prefix) || !Number.isSafeInteger(expires)) return false;
    if (expires < Date.now() / 1000) return false;
    const key = await this.keys.findByPrefix(prefix);
    if (!key || key.revoked || key.role !== 'admin') return false;
    const expected = Buffer.from(signSession(key.keyHash, key.id, prefix, expires));
    const given = Buffer.from(cookie);
    return expected.length === given.length && timingSafeEqual(expected, given);
  }
}

/** `<prefix>.<expiry>.<HMAC-SHA256 with the key's stored hash>`: only the server, which holds the hash, can make one. */
function signSession(keyHash: string, keyId: string, prefix: string, expires: number): string {
  const mac = createHmac('sha256', keyHash).update(`queue-board:${keyId}:${prefix}:${expires}`).digest('base64url');
  return `${prefix}.${expires}.${mac}`;
}

function sessionCookie(value: string, maxAgeSeconds: number, secure: boolean): string {
  return `${BOARD_COOKIE}=${value}; Path=${QUEUE_BOARD_PATH}; Max-Age=${maxAgeSeconds}; HttpOnly; SameSite=Strict${secure ? '; Secure' : ''}`;
}

function readCookie(req: Request, name: string): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [cookieName, ...value] = part.trim().split('=');
    if (cookieName === name && value.length > 0) return value.join('=');
  }
  return null;
}

function bearerToken(header: string | undefined): string | null {
  return /^Bearer\s+(\S+)$/i.exec(header ?? '')?.[1] ?? null;
}

/** Every queue the application holds, once per name (a queue registered by several modules is one queue). */
function applicationQueues(app: INestApplication): Queue[] {
  const byName = new Map<string, Queue>();
  for (const wrapper of app.get(DiscoveryService).getProviders()) {
    const instance: unknown = wrapper.instance;
    if (instance instanceof Queue && !byName.has(instance.name)) byName.set(instance.name, instance);
  }
  return [...byName.values()].sort((a, b) => a.name.localeCompare(b.name));
}

const unauthorized = (detail: string, chinese: string) =>
  new ProblemException(401, 'Unauthorized', detail, undefined, { 'WWW-Authenticate': 'Bearer' }).inChinese(chinese);
const forbidden = (principal: Principal) =>
  new ProblemException(403, 'Forbidden', `The ${principal.role} role may not use the queue board.`).inChinese(`${principal.role} 角色不能使用队列面板。`);

/** The board answers outside Nest's filter, so it picks the language the way the filter does. */
function sendProblem(req: Request, res: Response, problem: ProblemException): void {
  for (const [name, value] of Object.entries(problem.headers)) res.setHeader(name, value);
  const status = problem.getStatus();
  const chinese = prefersChinese(req) && problem.chinese !== undefined;
  res
    .status(status)
    .type('application/problem+json')
    .send(
      JSON.stringify({
        type: `https://httpstatuses.io/${status}`,
        title: chinese ? (CHINESE_TITLES[status] ?? problem.title) : problem.title,
        status,
        detail: chinese ? problem.chinese!.detail : problem.message,
      }),
    );
}

/** A form with no script (the API's content security policy allows none inline). */
function sendLoginPage(res: Response, status: number, message?: string): void {
  res.setHeader('Cache-Control', 'no-store');
  res
    .status(status)
    .type('html')
    .send(
      `<!doctype html><html lang="zh"><head><meta charset="utf-8"><title>队列看板 · Queue board</title></head><body>
<h1>队列看板 · Queue board</h1>${message ? `<p role="alert">${message}</p>` : ''}
<form method="post" action="${QUEUE_BOARD_PATH}/login">
<label>管理员 API key (admin)<br><input type="password" name="key" autocomplete="off" required size="70"></label>
<button type="submit">登录 · Sign in</button></form>
<p>The session lasts ${BOARD_SESSION_SECONDS / 60} minutes.</p></body></html>`,
    );
}
