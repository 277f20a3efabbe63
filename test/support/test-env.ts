/**
 * Where the integration tests find PostgreSQL and Redis: the machine's own servers by default (CI starts them),
 * overridable for a developer whose servers live elsewhere.
 */
export const TEST_POSTGRES_ADMIN_URL =
  process.env.TEST_POSTGRES_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Set by the global setup: the fresh database of this run, migrated. */
export function testDatabaseUrl(): string {
  const url = process.env.TRACKER_TEST_DATABASE_URL;
  if (!url) throw new Error('TRACKER_TEST_DATABASE_URL is not set: run the integration tests through npm test');
  return url;
}

export function testQueuePrefix(): string {
  return process.env.TRACKER_TEST_QUEUE_PREFIX ?? 'hct-test';
}

export function databaseUrlFor(name: string): string {
  const url = new URL(TEST_POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}
