import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { forbidden, ProblemException } from '@tracker/api-conventions';
import { apiKeyMatches, apiKeyPrefix } from './api-key-secret';
import { IS_PUBLIC, ROLES_ALLOWED } from './decorators';
import { KeyDirectory, type KeyRecord } from './key-directory';
import type { Principal } from './principal';
import type { Role } from './roles';

const unauthorized = (detail: string, chinese: string) =>
  new ProblemException(401, 'Unauthorized', detail, undefined, { 'WWW-Authenticate': 'Bearer' }).inChinese(chinese);

/**
 * How long a process trusts what it read about a key. Revocations reach every api process at once by a PostgreSQL
 * notification (KeyRevocationListener); this bounds the staleness only while that listener is disconnected.
 */
export const KEY_CACHE_MS = 10_000;

/**
 * Authenticates every request by its bearer API key and authorises it by the roles its handler declares.
 * A key's row is read at most every KEY_CACHE_MS per process (and `last_used_at` written then), so a busy client
 * costs no query per request; the secret is still checked against the hash on every request.
 */
@Injectable()
export class ApiKeyCache {
  private readonly entries = new Map<string, { key: KeyRecord | null; expires: number }>();
  /**
   * Moves on at every forget or clear. A read of a key that began before a revocation and ends after its
   * notification must not be cached (it may have seen the key still active): `store` drops such a read.
   */
  private generation = 0;

  /** A key read less than KEY_CACHE_MS ago, if one is kept. */
  get(prefix: string, now: number): KeyRecord | null | undefined {
    const cached = this.entries.get(prefix);
    return cached && cached.expires > now ? cached.key : undefined;
  }

  /** The generation to give back to `store` with what was read after asking for it. */
  get currentGeneration(): number {
    return this.generation;
  }

  /** Keeps what was read, unless a revocation (or a gap in listening) came since `generation`. */
  store(prefix: string, key: KeyRecord | null, generation: number, now: number): void {
    if (generation !== this.generation) return;
    if (this.entries.size > 10_000) this.entries.clear();
    this.entries.set(prefix, { key, expires: now + KEY_CACHE_MS });
  }

  /** Forgets what this process read about a key, so a revocation applies at once. */
  forget(prefix: string): void {
    this.generation++;
    this.entries.delete(prefix);
  }

  /** Forgets every key: revocations may have been missed (the listener's connection was lost). */
  clear(): void {
    this.generation++;
    this.entries.clear();
  }
}

interface AuthenticatedRequest {
  headers: Record<string, string | string[] | undefined> & { authorization?: string };
  principal?: Principal;
  authenticationFailure?: ProblemException;
}

@Injectable()
export class ApiKeyGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly keys: KeyDirectory,
    private readonly keyCache: ApiKeyCache,
  ) {}

  private async lookup(prefix: string): Promise<KeyRecord | null> {
    const now = Date.now();
    const cached = this.keyCache.get(prefix, now);
    if (cached !== undefined) return cached;
    const generation = this.keyCache.currentGeneration;
    const key = await this.keys.findByPrefix(prefix);
    this.keyCache.store(prefix, key, generation, now);
    if (key && !key.revoked) void this.keys.touch(key.id).catch(() => undefined);
    return key;
  }

  /**
   * Who the request's key is, when it is a valid, unrevoked key (then also set as `request.principal`), else why
   * not. The rate limiter calls this first, so it can count a request against its key's id, and a request without
   * a valid key against its address.
   */
  async authenticate(request: AuthenticatedRequest): Promise<Principal | ProblemException> {
    if (request.principal) return request.principal;
    if (request.authenticationFailure) return request.authenticationFailure;
    const failed = (detail: string, chinese: string) => (request.authenticationFailure = unauthorized(detail, chinese));
    const header = request.headers.authorization ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match) return failed('Send an API key: "Authorization: Bearer <key>".', '请提供 API 密钥：“Authorization: Bearer <密钥>”。');
    const prefix = apiKeyPrefix(match[1]);
    if (!prefix) return failed('The API key is malformed.', 'API 密钥格式不正确。');
    const key = await this.lookup(prefix);
    if (!key || !apiKeyMatches(match[1], key.keyHash)) return failed('The API key is not valid.', 'API 密钥无效。');
    if (key.revoked) return failed('The API key has been revoked.', 'API 密钥已被吊销。');
    request.principal = { keyId: key.id, name: key.name, role: key.role, institutionIds: key.institutionIds };
    return request.principal;
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const principal = await this.authenticate(request);
    if (principal instanceof ProblemException) throw principal;
    const key = principal;
    // What a key may read is for that key alone: no shared or browser cache keeps it.
    context.switchToHttp().getResponse<{ setHeader(name: string, value: string): void }>().setHeader('Cache-Control', 'no-store');

    const allowed = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_ALLOWED, targets);
    if (!allowed?.includes(key.role)) {
      throw forbidden(`The ${key.role} role may not do this.`, `${key.role} 角色不能进行此操作。`);
    }
    return true;
  }
}
