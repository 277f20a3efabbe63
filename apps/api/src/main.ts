import 'reflect-metadata';
import { boot, JsonLogger, prepareRuntime } from '@tracker/platform';
import { ApiModule } from './api.module';
import { createHttpApp } from './http-app';

/** The HTTP api alone, for deployments that scale the api and the worker separately. */
boot('api', async (config) => {
  const logger = new JsonLogger(config.logLevel);
  const runtime = await prepareRuntime(config, (msg) => logger.log(msg, 'boot'));
  const app = await createHttpApp(runtime, [ApiModule]);
  await app.listen(config.port, config.host);
  logger.log({ msg: 'api listening', url: `http://${config.host}:${config.port}` }, 'boot');
  return async () => {
    await app.close();
    await runtime.embedded?.stop();
  };
});
