import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { createHash } from 'node:crypto';
import type { Request, Response } from 'express';
import { from, lastValueFrom, type Observable } from 'rxjs';
import { DataSource } from 'typeorm';
import { etag } from './concurrency';
import { ProblemException } from './problem-details';

const IN_PROGRESS = 0;

/**
 * `Idempotency-Key` on creating POSTs: the first request claims the key (a row, committed at once), runs, and
 * stores its response; a repeat with the same key and body gets that response again; a repeat while the first
 * still runs gets 409; the same key with another body gets 422. A failed request releases its claim.
 * Claims are rows rather than held locks, so no pooled connection waits on another.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(private readonly dataSource: DataSource) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return from(this.handle(context, next));
  }

  private async handle(context: ExecutionContext, next: CallHandler): Promise<unknown> {
    const request = context.switchToHttp().getRequest<Request & { principal?: { keyId: string } }>();
    const response = context.switchToHttp().getResponse<Response>();
    const key = request.headers['idempotency-key'];
    if (key === undefined || !request.principal) return lastValueFrom(next.handle());
    if (typeof key !== 'string' || !/^[\x21-\x7e]{1,200}$/.test(key)) {
      throw new ProblemException(400, 'Bad Request', 'The request has invalid fields.', [
        { field: 'Idempotency-Key', message: 'must be 1 to 200 visible ASCII characters' },
      ]);
    }
    const keyId = request.principal.keyId;
    const requestHash = createHash('sha256')
      .update(`${request.method} ${request.originalUrl}\n${JSON.stringify(request.body ?? null)}`)
      .digest('hex');

    const claimed = await this.dataSource.query(
      `INSERT INTO idempotency_keys (api_key_id, key, request_hash, response_status) VALUES ($1, $2, $3, $4)
       ON CONFLICT DO NOTHING RETURNING key`,
      [keyId, key, requestHash, IN_PROGRESS],
    );
    if (claimed.length === 0) return this.replay(keyId, key, requestHash, response);

    try {
      const body = await lastValueFrom(next.handle());
      const location = response.getHeader('Location');
      await this.dataSource.query(
        `UPDATE idempotency_keys SET response_status = $3, response_body = $4, response_location = $5
          WHERE api_key_id = $1 AND key = $2`,
        [keyId, key, response.statusCode, JSON.stringify(body ?? null), typeof location === 'string' ? location : null],
      );
      return body;
    } catch (error) {
      await this.dataSource
        .query(`DELETE FROM idempotency_keys WHERE api_key_id = $1 AND key = $2`, [keyId, key])
        .catch(() => undefined);
      throw error;
    }
  }

  private async replay(keyId: string, key: string, requestHash: string, response: Response): Promise<unknown> {
    const [stored] = (await this.dataSource.query(
      `SELECT request_hash, response_status, response_body, response_location FROM idempotency_keys
        WHERE api_key_id = $1 AND key = $2`,
      [keyId, key],
    )) as { request_hash: string; response_status: number; response_body: unknown; response_location: string | null }[];
    if (!stored) throw new ProblemException(409, 'Conflict', 'A request with this Idempotency-Key just failed; retry.');
    if (stored.request_hash !== requestHash) {
      throw new ProblemException(
        422,
        'Unprocessable Content',
        'This Idempotency-Key was used for a different request; use a new key for a new request.',
      );
    }
    if (stored.response_status === IN_PROGRESS) {
      throw new ProblemException(409, 'Conflict', 'A request with this Idempotency-Key is still in progress.');
    }
    response.status(stored.response_status);
    response.setHeader('Idempotent-Replayed', 'true');
    if (stored.response_location) response.setHeader('Location', stored.response_location);
    const version = (stored.response_body as { version?: unknown } | null)?.version;
    if (typeof version === 'number') response.setHeader('ETag', etag(version));
    return stored.response_body;
  }
}
