import 'reflect-metadata';
import { Controller, Get, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { flag } from './bench-env';

/**
 * `node dist/bench/bare-nest.js --port N`: the framework ceiling. Nest 12 on Express with one controller that
 * returns a constant: no guard, pipe, helmet or database. api.ts loads it like the real endpoints, and reports
 * every endpoint's throughput as a share of this one's, so figures from different machines compare.
 *
 * With `--platform fastify` the same app runs on Nest's Fastify adapter instead: what switching the api's platform
 * could gain at most (the issue asked for it measured; the anchor stays Nest on Express).
 *
 * `/page` returns a constant page of fifty projects shaped like the api's (about 31 KB of JSON): the ceiling of an
 * endpoint that must send that many bytes, which api.ts reports beside the lists.
 */
@Controller()
class ConstantController {
  private readonly page = constantPage();

  @Get('constant')
  constant(): { status: string } {
    return { status: 'ok' };
  }

  @Get('page')
  constantPageOfProjects(): typeof this.page {
    return this.page;
  }
}

function constantPage() {
  const items = Array.from({ length: 50 }, (_, i) => ({
    id: `5c0b2a3e-1d4f-4a6b-9c8d-${String(i).padStart(12, '0')}`,
    code: `B${i}`,
    planId: '593801cb-2778-471c-b530-78fd8ba2ca47',
    programId: 'f06022d5-9040-442b-b0de-d10d8066cb77',
    institutionId: 'b42d787d-1e16-4972-b60e-1e10a2e3df8b',
    regionCode: '910101',
    name: `传染病区建设项目${i}`,
    content: '新建业务用房20811平方米，购置相应设备，新建县级传染病区急诊部、门诊部、医技部、病房及配套设施',
    buildType: 'renovation',
    status: 'completed',
    landMu: 20,
    investmentWan: 1210.6,
    floorAreaM2: 20811,
    newBuildAreaM2: null,
    renovationAreaM2: null,
    beds: 300,
    startYear: 2022,
    endYear: 2024,
    remark: null,
    tier: null,
    source: { file: 'bench', line: i + 1 },
    version: 1,
  }));
  return { items, nextCursor: 'eyJzIjoiY29kZSIsInYiOiJCMTAwNDUiLCJpIjoiZGYyZGQ4ZjEtZTA3MC00ZTRmLTg5YmItZDdlZDI5NTQyMjZiIn0' };
}

@Module({ controllers: [ConstantController] })
class BareModule {}

async function main(): Promise<void> {
  const port = Number(flag('port', '0'));
  const options = { logger: false as const, forceCloseConnections: true };
  const app =
    flag('platform', 'express') === 'fastify'
      ? await NestFactory.create<NestFastifyApplication>(BareModule, new FastifyAdapter(), options)
      : await NestFactory.create<NestExpressApplication>(BareModule, options);
  app.enableShutdownHooks();
  await app.listen(port, '127.0.0.1');
}

main().catch((error: unknown) => {
  process.stderr.write(`bare-nest failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
