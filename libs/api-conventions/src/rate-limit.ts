import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Redis } from 'ioredis';
import { ProblemException } from './problem-details';

/**
 * Requests per key per fixed one-minute window. (Not @nestjs/throttler: it is CommonJS requiring the ESM-only
 * Nest 12, which Jest on Node 20 cannot load, and the real app must run under the tests.)
 */
export interface RateLimitStore {
  /** Counts a hit and returns the hits in the current window and the seconds until it resets. */
  hit(key: string, windowMs: number): Promise<{ hits: number; resetSeconds: number }>;
}

export const RATE_LIMIT_OPTIONS = Symbol('RATE_LIMIT_OPTIONS');
export interface RateLimitOptions {
  limitPerMinute: number;
  store: RateLimitStore;
  /**
   * The id of the request's API key when the key is valid (checked against its hash), else null. Counting by what
   * the caller merely claims (a key's public prefix) would let anyone lock another's key out with wrong secrets.
   */
  identify: (request: Request) => Promise<string | null>;
}

/**
 * Limits per authenticated API key (by its id), or per client address for requests without a valid key, so
 * guessing keys is throttled by address. The address is the socket's peer unless TRUST_PROXY names the proxy.
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(@Inject(RATE_LIMIT_OPTIONS) private readonly options: RateLimitOptions) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<Request>();
    const response = context.switchToHttp().getResponse<Response>();
    const keyId = await this.options.identify(request);
    const tracker = keyId ? `key:${keyId}` : `ip:${request.ip ?? request.socket.remoteAddress ?? 'unknown'}`;
    const { hits, resetSeconds } = await this.options.store.hit(tracker, 60_000);
    const limit = this.options.limitPerMinute;
    response.setHeader('RateLimit-Limit', String(limit));
    response.setHeader('RateLimit-Remaining', String(Math.max(0, limit - hits)));
    response.setHeader('RateLimit-Reset', String(resetSeconds));
    if (hits > limit) throw rateLimitExceeded(limit, resetSeconds);
    return true;
  }
}

/** The 429 of a limit exceeded, with Retry-After (also answered by routes outside Nest, such as the queue board). */
export function rateLimitExceeded(limit: number, resetSeconds: number): ProblemException {
  return new ProblemException(
    429,
    'Too Many Requests',
    `Rate limit of ${limit} requests per minute exceeded; retry after ${resetSeconds} s.`,
    undefined,
    { 'Retry-After': String(resetSeconds) },
  ).inChinese(`超过每分钟 ${limit} 次请求的限制；请 ${resetSeconds} 秒后重试。`);
}

/** How often a replica adds its counts to the shared ones, and reads theirs back. */
export const RATE_LIMIT_SYNC_MS = 200;

interface Window {
  /** Which fixed window (of the same boundaries on every replica) these counts are of. */
  id: number;
  /** The shared count (every replica's hits) as of the last sync. */
  shared: number;
  /** This replica's hits not yet added to the shared count. */
  pending: number;
}

/**
 * Counters shared by every api replica through Redis, without a Redis round trip per request (issue 18: that round
 * trip was a large share of a request's fixed cost). Each replica counts locally and, every RATE_LIMIT_SYNC_MS,
 * adds its new hits to the shared counters in one pipeline and reads the totals back. A request sees the shared
 * count as of the last sync plus this replica's own hits since, so across N replicas a key can exceed its limit by
 * at most what the other N - 1 replicas admit in one sync interval; in a single process the limit is exact.
 *
 * While Redis is unreachable each replica keeps limiting on its own counts (and adds them when Redis is back), so
 * an outage neither turns off limiting nor turns into an outage of the tracker.
 */
export class RedisRateLimitStore implements RateLimitStore {
  private readonly windows = new Map<string, Window>();
  private timer: NodeJS.Timeout | null = null;
  private syncing: Promise<void> | null = null;

  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly syncMs = RATE_LIMIT_SYNC_MS,
  ) {}

  async hit(key: string, windowMs: number): Promise<{ hits: number; resetSeconds: number }> {
    const now = Date.now();
    const id = Math.floor(now / windowMs);
    let window = this.windows.get(key);
    if (!window || window.id !== id) {
      window = { id, shared: 0, pending: 0 };
      this.windows.set(key, window);
    }
    window.pending++;
    this.scheduleSync(windowMs);
    return { hits: window.shared + window.pending, resetSeconds: Math.max(1, Math.ceil(((id + 1) * windowMs - now) / 1000)) };
  }

  /** Adds every window's pending hits to the shared counters and reads the totals back (also called by tests). */
  async sync(windowMs: number): Promise<void> {
    if (this.syncing) return this.syncing;
    this.syncing = this.syncOnce(windowMs).finally(() => (this.syncing = null));
    return this.syncing;
  }

  /** Stops the timer (the app is closing); pending hits of the current window are dropped with the process. */
  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private scheduleSync(windowMs: number): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.sync(windowMs);
    }, this.syncMs);
    this.timer.unref();
  }

  private async syncOnce(windowMs: number): Promise<void> {
    const current = Math.floor(Date.now() / windowMs);
    const batch: { key: string; window: Window; added: number }[] = [];
    for (const [key, window] of this.windows) {
      if (window.id < current) this.windows.delete(key); // a past window: its counts no longer matter
      else if (window.pending > 0) batch.push({ key, window, added: window.pending });
    }
    if (batch.length === 0) return;
    const pipeline = this.redis.pipeline();
    for (const { key, window, added } of batch) {
      const shared = `${this.prefix}:ratelimit:${key}:${window.id}`;
      pipeline.incrby(shared, added);
      pipeline.pexpire(shared, windowMs * 2);
    }
    try {
      const results = (await pipeline.exec()) ?? [];
      batch.forEach(({ window, added }, i) => {
        const [error, total] = results[i * 2] ?? [new Error('no reply'), null];
        if (error || typeof total !== 'number') return;
        window.shared = total;
        window.pending -= added; // hits counted while the pipeline ran stay pending
      });
    } catch {
      // Redis unreachable: the hits stay pending (limiting on this replica's own counts) and go at the next sync.
    }
    // Hits still pending (counted while the pipeline ran, on keys first seen meanwhile, or after a failure) go next.
    if ([...this.windows.values()].some((window) => window.pending > 0)) this.scheduleSync(windowMs);
  }
}

/** Per-process counters, for deployments without Redis (the embedded default runs one process). */
export class MemoryRateLimitStore implements RateLimitStore {
  private readonly windows = new Map<string, { hits: number; resetAt: number }>();

  async hit(key: string, windowMs: number): Promise<{ hits: number; resetSeconds: number }> {
    const now = Date.now();
    let window = this.windows.get(key);
    if (!window || window.resetAt <= now) {
      if (this.windows.size > 100_000) this.evictExpired(now);
      window = { hits: 0, resetAt: now + windowMs };
      this.windows.set(key, window);
    }
    window.hits++;
    return { hits: window.hits, resetSeconds: Math.max(1, Math.ceil((window.resetAt - now) / 1000)) };
  }

  private evictExpired(now: number): void {
    for (const [key, window] of this.windows) if (window.resetAt <= now) this.windows.delete(key);
  }
}
