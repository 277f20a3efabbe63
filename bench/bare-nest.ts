import 'reflect-metadata';
import { Controller, Get, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { flag } from './bench-env';

/**
 * `node dist/bench/bare-nest.js --port N`: the framework ceiling. Nest 12 on Express with one controller that
 * returns a constant: no guard, pipe, helmet or database. api.ts loads it like the real endpoints, and reports
 * every endpoint's throughput as a share of this one's, so figures from different machines compare.
 */
@Controller()
class ConstantController {
  @Get('constant')
  constant(): { status: string } {
    return { status: 'ok' };
  }
}

@Module({ controllers: [ConstantController] })
class BareModule {}

async function main(): Promise<void> {
  const port = Number(flag('port', '0'));
  const app = await NestFactory.create<NestExpressApplication>(BareModule, { logger: false, forceCloseConnections: true });
  app.enableShutdownHooks();
  await app.listen(port, '127.0.0.1');
}

main().catch((error: unknown) => {
  process.stderr.write(`bare-nest failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
