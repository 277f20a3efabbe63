import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import { JsonLogger, rootModule, type Runtime } from '@tracker/platform';
import { WorkerModule } from './worker.module';

/** The worker: no HTTP, only the job processors and schedulers. */
export async function createWorkerApp(runtime: Runtime): Promise<INestApplicationContext> {
  const app = await NestFactory.createApplicationContext(rootModule(runtime, [WorkerModule]), {
    logger: new JsonLogger(runtime.config.logLevel),
  });
  await app.init();
  return app;
}
