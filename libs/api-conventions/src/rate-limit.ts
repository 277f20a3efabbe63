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
}

/**
 * Limits per API key (by its public prefix, so no database call is needed), or per address for requests without
 * one, so guessing keys is throttled too. Runs before authentication.
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(@Inject(RATE_LIMIT_OPTIONS) private readonly options: RateLimitOptions) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<Request>();
    const response = context.switchToHttp().getResponse<Response>();
    const prefix = /^Bearer\s+hct_([A-Za-z0-9]{12})_/i.exec(request.headers.authorization ?? '')?.[1];
    const tracker = prefix ? `key:${prefix}` : `ip:${request.ip}`;
    const { hits, resetSeconds } = await this.options.store.hit(tracker, 60_000);
    const limit = this.options.limitPerMinute;
    response.setHeader('RateLimit-Limit', String(limit));
    response.setHeader('RateLimit-Remaining', String(Math.max(0, limit - hits)));
    response.setHeader('RateLimit-Reset', String(resetSeconds));
    if (hits > limit) {
      throw new ProblemException(
        429,
        'Too Many Requests',
        `Rate limit of ${limit} requests per minute exceeded; retry after ${resetSeconds} s.`,
        undefined,
        { 'Retry-After': String(resetSeconds) },
      );
    }
    return true;
  }
}

// INCR, set the expiry on the first hit, report hits and time left: atomic in Redis.
const INCREMENT = `
local hits = redis.call('INCR', KEYS[1])
if hits == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return { hits, redis.call('PTTL', KEYS[1]) }`;

/**
 * Shared counters, so the limit holds across every api replica. While Redis is unreachable it fails open: the
 * api keeps serving (and accepting writes) rather than turning a cache outage into an outage of the tracker.
 */
export class RedisRateLimitStore implements RateLimitStore {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  async hit(key: string, windowMs: number): Promise<{ hits: number; resetSeconds: number }> {
    try {
      const [hits, pttl] = (await this.redis.eval(INCREMENT, 1, `${this.prefix}:ratelimit:${key}`, windowMs)) as [
        number,
        number,
      ];
      return { hits, resetSeconds: Math.max(1, Math.ceil(pttl / 1000)) };
    } catch {
      return { hits: 0, resetSeconds: Math.ceil(windowMs / 1000) };
    }
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
