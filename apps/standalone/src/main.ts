import 'reflect-metadata';
import { ApiModule } from '../../api/src/api.module';
import { createHttpApp } from '../../api/src/http-app';
import { WorkerModule } from '../../worker/src/worker.module';
import { boot, JsonLogger, prepareRuntime } from '@tracker/platform';
import { prepareDatabase } from './prepare-database';

/**
 * `npm start`: the api and the worker in one process (the simple deployment). Without DATABASE_URL it starts an
 * embedded PostgreSQL; without REDIS_URL the queues run on PostgreSQL. It migrates, seeds an empty database and,
 * the first time, prints an admin key for local use.
 */
boot('tracker', async (config) => {
  const logger = new JsonLogger(config.logLevel);
  const runtime = await prepareRuntime(config, (msg) => logger.log(msg, 'boot'));
  const prepared = await prepareDatabase(runtime.databaseUrl, (msg) => logger.log(msg, 'boot'));
  const app = await createHttpApp(runtime, [ApiModule, WorkerModule]);
  await app.listen(config.port, config.host);
  const base = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}`;
  const lines = [
    '',
    `Health capital tracker is running (database: ${runtime.embedded ? 'embedded PostgreSQL' : 'DATABASE_URL'}, queue: ${runtime.queueBackend.kind}).`,
    `  Dashboard: ${base}/`,
    `  API docs: ${base}/docs`,
    `  Health:   ${base}/api/v1/health`,
  ];
  if (prepared.seeded) lines.push(`  ${prepared.seeded}.`);
  if (prepared.adminKey) {
    lines.push(
      `  Admin API key for local use (shown once; keep it): ${prepared.adminKey}`,
      `  Try: curl -H "Authorization: Bearer ${prepared.adminKey}" ${base}/api/v1/plans`,
    );
  }
  process.stdout.write(lines.join('\n') + '\n\n');
  return async () => {
    await app.close();
    await runtime.embedded?.stop();
  };
});
