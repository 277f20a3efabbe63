import type { Type } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import supertest from 'supertest';
import { DataSource } from 'typeorm';
import { ApiModule } from '../../apps/api/src/api.module';
import { createHttpApp } from '../../apps/api/src/http-app';
import { WorkerModule } from '../../apps/worker/src/worker.module';
import { loadConfig, prepareRuntime, type Runtime } from '../../libs/platform/src';
import { createDataSource, runMigrations } from '../../libs/database/src';
import { createScratchDatabase, dropScratchDatabase } from './scratch-database';
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
  await app.init();
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
