import type { Logger } from '@nestjs/common';

const EVERY_MS = 60_000;

/**
 * Upserts a job scheduler now and again every minute. Upserting is idempotent, and repeating it restores a schedule
 * that a Redis without persistence lost when it restarted. Returns the function that stops it.
 */
export function keepScheduled(ensure: () => Promise<void>, logger: Logger): () => void {
  const attempt = () =>
    ensure().catch((error: unknown) => logger.warn({ msg: 'could not ensure a job schedule; will retry', error: String(error) }));
  void attempt();
  const timer = setInterval(attempt, EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
