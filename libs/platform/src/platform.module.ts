import { BullModule } from '@nestjs/bullmq';
import { Global, Module, type DynamicModule, type Type } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { dataSourceOptions } from './database/data-source';
import { HealthService } from './health/health.service';
import { FastRedis } from './queue/fast-redis';
import { queueConnection } from './queue/queue-backend';
import { QueuesModule } from './queue/queues.module';
import { RUNTIME, type Runtime } from './runtime';

/** Database, queues and runtime configuration, shared by the api and the worker. */
@Global()
@Module({})
export class PlatformModule {
  static forRoot(runtime: Runtime): DynamicModule {
    return {
      module: PlatformModule,
      imports: [
        TypeOrmModule.forRoot({
          ...dataSourceOptions({
            url: runtime.databaseUrl,
            poolSize: runtime.config.databasePoolSize,
            preparedStatements: runtime.config.databasePreparedStatements,
          }),
          // Reconnecting is the pool's job; the app must start (and report 503) even while PostgreSQL is down.
          retryAttempts: 3,
          retryDelay: 1000,
        }),
        BullModule.forRoot({ connection: queueConnection(runtime.queueBackend), prefix: runtime.config.queuePrefix }),
        QueuesModule,
      ],
      providers: [{ provide: RUNTIME, useValue: runtime }, FastRedis, HealthService],
      exports: [RUNTIME, FastRedis, HealthService],
    };
  }
}

@Module({})
class TrackerRootModule {}

/** The root module of a process: the platform plus the features that process runs (api, worker, or both). */
export function rootModule(runtime: Runtime, features: Type[]): DynamicModule {
  return { module: TrackerRootModule, imports: [PlatformModule.forRoot(runtime), ...features] };
}
