import type { AppConfig } from './config/config';
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from './database/embedded-postgres';
import { activateQueueBackend, chooseQueueBackend, type QueueBackend } from './queue/queue-backend';

/** Configuration resolved at boot: the validated environment plus what it implies (embedded database, queue). */
export interface Runtime {
  config: AppConfig;
  databaseUrl: string;
  queueBackend: QueueBackend;
  embedded: EmbeddedPostgresHandle | null;
}

export const RUNTIME = Symbol('RUNTIME');

export async function prepareRuntime(config: AppConfig, log: (line: string) => void): Promise<Runtime> {
  const embedded = config.databaseUrl
    ? null
    : await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPostgresPort, log });
  const databaseUrl = config.databaseUrl ?? embedded!.url;
  const queueBackend = chooseQueueBackend(config.redisUrl, databaseUrl);
  activateQueueBackend(queueBackend);
  return { config, databaseUrl, queueBackend, embedded };
}
