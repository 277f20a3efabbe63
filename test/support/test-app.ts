import type { Type } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import supertest from 'supertest';
import { DataSource } from 'typeorm';
import { ApiModule } from '../../apps/api/src/api.module';
import { createHttpApp } from '../../apps/api/src/http-app';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createDataSource,
  loadConfig,
  prepareRuntime,
  runMigrations,
  startEmbeddedPostgres,
  withDataSource,
  type EmbeddedPostgresHandle,
  type Runtime,
} from '../../libs/platform/src';
import { syncRegionCatalogue } from '../../libs/regions/src';
import { createScratchDatabase, dropScratchDatabase } from './scratch-database';
import { freePort } from './processes';
import { TEST_REDIS_URL, testDatabaseUrl, testQueuePrefix } from './test-env';

export interface TestApp {
  app: NestExpressApplication;
  runtime: Runtime;
  http: ReturnType<typeof supertest>;
  dataSource: DataSource;
  close(): Promise<void>;
}

/**
 * The real application (api and worker by default) against this run's database and Redis, exactly as
 * `npm start` assembles it, minus the listening socket: supertest drives its HTTP server in-process.
 */
export async function startTestApp(options: { env?: Record<string, string>; features?: Type[] } = {}): Promise<TestApp> {
  const config = loadConfig({
    DATABASE_URL: testDatabaseUrl(),
    REDIS_URL: TEST_REDIS_URL,
    QUEUE_PREFIX: testQueuePrefix(),
    LOG_LEVEL: 'error',
    ...options.env,
  });
  const runtime = await prepareRuntime(config, () => undefined);
  const app = await createHttpApp(runtime, options.features ?? [ApiModule, WorkerModule]);
  try {
    await app.init();
  } catch (error) {
    // A half-started app still holds its pool and queue connections, which would keep Jest from exiting.
    await app.close().catch(() => undefined);
    throw error;
  }
  // The division catalogue, as `migrate` loads it (skipped when this database already holds it).
  await syncRegionCatalogue(app.get(DataSource));
  return {
    app,
    runtime,
    http: supertest(app.getHttpServer()),
    dataSource: app.get(DataSource),
    close: () => app.close(),
  };
}

/**
 * The app on a database of its own, migrated and empty, for tests whose assertions depend on what is (not) in the
 * database, such as importing the seed documents, or that count events: another file's leftover outbox rows would
 * be relayed to their receivers. `close` also drops the database.
 */
export async function startTestAppOnFreshDatabase(label: string, env: Record<string, string> = {}, features?: Type[]): Promise<TestApp> {
  const database = await createScratchDatabase(label);
  const dataSource = createDataSource({ url: database.url });
  await dataSource.initialize();
  await runMigrations(dataSource);
  await dataSource.destroy();
  const app = await startTestApp({ env: { ...env, DATABASE_URL: database.url }, features });
  return {
    ...app,
    close: async () => {
      await app.close();
      await dropScratchDatabase(database.name);
    },
  };
}

/**
 * The api (or the given features) on an embedded PostgreSQL of the test's own, which the test may stop
 * (`postgres.stop()`) and start again on the same data and port (`restartPostgres()`), disturbing nobody else.
 */
export interface AppOnOwnPostgres {
  app: TestApp;
  /** The running server: after `restartPostgres`, the new one. */
  readonly postgres: EmbeddedPostgresHandle;
  restartPostgres(): Promise<void>;
  close(): Promise<void>;
}

export async function startAppOnOwnPostgres(label: string, env: Record<string, string>, features: Type[]): Promise<AppOnOwnPostgres> {
  const dataDir = mkdtempSync(join(tmpdir(), `hct-${label}-`));
  const port = await freePort();
  let postgres = await startEmbeddedPostgres({ dataDir, port });
  await withDataSource(postgres.url, runMigrations);
  const app = await startTestApp({ env: { ...env, DATABASE_URL: postgres.url }, features });
  return {
    app,
    get postgres() {
      return postgres;
    },
    restartPostgres: async () => {
      postgres = await startEmbeddedPostgres({ dataDir, port });
    },
    close: async () => {
      await app.close();
      await postgres.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
