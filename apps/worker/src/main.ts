import 'reflect-metadata';
import { boot, JsonLogger, prepareRuntime } from '@tracker/platform';
import { createWorkerApp } from './worker-app';

/** The worker alone, for deployments that scale the api and the worker separately. */
boot('worker', async (config) => {
  const logger = new JsonLogger(config.logLevel);
  const runtime = await prepareRuntime(config, (msg) => logger.log(msg, 'boot'));
  const app = await createWorkerApp(runtime);
  logger.log({ msg: 'worker started', queueBackend: runtime.queueBackend.kind }, 'boot');
  return async () => {
    // Closing the context closes the BullMQ workers, which wait for their active jobs to finish.
    await app.close();
    await runtime.embedded?.stop();
  };
});
