import { createPostgresBackend, setDefaultBackendFactory, type ConnectionOptions } from 'bullmq';

/**
 * Where BullMQ keeps its queues: Redis in production, or (with no REDIS_URL) BullMQ's PostgreSQL backend in the
 * tracker's own database, so a newcomer needs nothing but Node.
 */
export type QueueBackend = { kind: 'redis'; url: string } | { kind: 'postgres'; url: string };

export function chooseQueueBackend(redisUrl: string | null, databaseUrl: string): QueueBackend {
  return redisUrl ? { kind: 'redis', url: redisUrl } : { kind: 'postgres', url: databaseUrl };
}

/**
 * BullMQ picks its backend process-wide; this must run before any Queue or Worker is constructed.
 * Resetting to the default (Redis) matters in tests that boot both kinds in one process.
 */
export function activateQueueBackend(backend: QueueBackend): void {
  setDefaultBackendFactory(backend.kind === 'postgres' ? createPostgresBackend : undefined);
}

/** The `connection` option for Queue and Worker constructors. */
export function queueConnection(backend: QueueBackend): ConnectionOptions {
  if (backend.kind === 'postgres') {
    // The PostgreSQL backend's own tables live in their own schema; `migrate` creates them on first use.
    return { connectionString: backend.url, schema: 'bullmq', migrate: true, max: 5 } as unknown as ConnectionOptions;
  }
  return redisOptions(backend.url);
}

export function redisOptions(url: string) {
  const parsed = new URL(url);
  return {
    host: parsed.hostname,
    port: parsed.port ? Number(parsed.port) : 6379,
    username: parsed.username ? decodeURIComponent(parsed.username) : undefined,
    password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
    db: parsed.pathname.length > 1 ? Number(parsed.pathname.slice(1)) : 0,
    tls: parsed.protocol === 'rediss:' ? {} : undefined,
    // Required by BullMQ workers: blocking commands must wait through reconnects instead of failing.
    maxRetriesPerRequest: null,
    retryStrategy: queueReconnectDelayMs,
  };
}

/**
 * How long a queue connection waits before its next reconnect attempt. BullMQ's own schedule grows to 20 s, so after
 * an outage every api and worker sat idle for up to 20 s after Redis was back (18.5 s in a fault run); capped at
 * 1 s, they are back within about a second, at the cost of one connection attempt per second per connection while
 * Redis is away.
 */
export function queueReconnectDelayMs(attempt: number): number {
  return Math.min(1000, 100 * 2 ** Math.max(0, attempt - 1));
}
