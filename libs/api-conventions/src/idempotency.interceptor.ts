import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { createHash } from 'node:crypto';
import type { Request, Response } from 'express';
import { from, lastValueFrom, type Observable } from 'rxjs';
import { etag } from './concurrency';
import { IdempotencyRepository } from './idempotency.repository';
import { ProblemException } from './problem-details';
import { conflict, invalid } from './problems';

/**
 * How long a claim may stay in progress before a retry of the same request takes it over: longer than any request
 * runs (an import of 100,000 rows takes ~75 s), so only the claim of an api that died mid-request is taken over.
 */
export const CLAIM_LEASE_SECONDS = 300;

/**
 * `Idempotency-Key` on writes (POST, PATCH, PUT): the first request claims the key (a row, committed at once), runs, and
 * stores its response; a repeat with the same key and body gets that response again; a repeat while the first
 * still runs gets 409; the same key with another body gets 422. A failed request releases its claim.
 * Claims are rows rather than held locks, so no pooled connection waits on another.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(private readonly keys: IdempotencyRepository) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return from(this.handle(context, next));
  }

  private async handle(context: ExecutionContext, next: CallHandler): Promise<unknown> {
    const request = context.switchToHttp().getRequest<Request & { principal?: { keyId: string } }>();
    const response = context.switchToHttp().getResponse<Response>();
    const key = request.headers['idempotency-key'];
    if (key === undefined || !request.principal) return lastValueFrom(next.handle());
    if (typeof key !== 'string' || !/^[\x21-\x7e]{1,200}$/.test(key)) {
      throw invalid('Idempotency-Key', 'must be 1 to 200 visible ASCII characters', 'Idempotency-Key 须为 1 至 200 个可见 ASCII 字符');
    }
    const keyId = request.principal.keyId;
    const requestHash = createHash('sha256')
      .update(`${request.method} ${request.originalUrl}\n${JSON.stringify(request.body ?? null)}`)
      .digest('hex');

    const claim = await this.keys.claim(keyId, key, requestHash, CLAIM_LEASE_SECONDS);
    if (!claim) return this.replay(keyId, key, requestHash, response);

    try {
      const body = await lastValueFrom(next.handle());
      const location = response.getHeader('Location');
      await this.keys.complete(keyId, key, claim, { status: response.statusCode, body, location: typeof location === 'string' ? location : null });
      return body;
    } catch (error) {
      await this.keys.release(keyId, key, claim).catch(() => undefined);
      throw error;
    }
  }

  private async replay(keyId: string, key: string, requestHash: string, response: Response): Promise<unknown> {
    const stored = await this.keys.find(keyId, key);
    if (!stored) throw conflict('A request with this Idempotency-Key just failed; retry.', '使用此 Idempotency-Key 的请求刚刚失败，请重试。');
    if (stored.requestHash !== requestHash) {
      throw new ProblemException(
        422,
        'Unprocessable Content',
        'This Idempotency-Key was used for a different request; use a new key for a new request.',
      ).inChinese('此 Idempotency-Key 已用于另一个请求；新请求请用新的键。');
    }
    if (stored.inProgress) {
      throw conflict('A request with this Idempotency-Key is still in progress.', '使用此 Idempotency-Key 的请求仍在处理中。');
    }
    response.status(stored.status);
    response.setHeader('Idempotent-Replayed', 'true');
    if (stored.location) response.setHeader('Location', stored.location);
    const version = (stored.body as { version?: unknown } | null)?.version;
    if (typeof version === 'number') response.setHeader('ETag', etag(version));
    return stored.body;
  }
}
