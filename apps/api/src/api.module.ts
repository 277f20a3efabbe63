import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import {
  IdempotencyModule,
  MemoryRateLimitStore,
  RATE_LIMIT_OPTIONS,
  RateLimitGuard,
  RedisRateLimitStore,
  type RateLimitOptions,
} from '@tracker/api-conventions';
import { ApiKeysApiModule, ApiKeysModule } from '@tracker/api-keys';
import { AuditApiModule } from '@tracker/audit';
import { EventsModule } from '@tracker/events';
import { ApiKeyGuard } from '@tracker/auth';
import { FinanceApiModule } from '@tracker/finance';
import { ImportsApiModule } from '@tracker/imports';
import { MilestonesApiModule } from '@tracker/milestones';
import { NotificationsApiModule } from '@tracker/notifications';
import { OperationsApiModule } from '@tracker/operations';
import { PlansApiModule } from '@tracker/plans';
import { FastRedis, RUNTIME, type Runtime } from '@tracker/platform';
import { ProjectsApiModule } from '@tracker/projects';
import { RegionsApiModule } from '@tracker/regions';
import { ReportingApiModule } from '@tracker/reporting';
import { WebhooksApiModule } from '@tracker/webhooks';
import { HealthController } from './health/health.controller';
import { JobsController } from './jobs/jobs.controller';

/** The HTTP features. The worker never imports this module. */
@Module({
  imports: [
    IdempotencyModule,
    ApiKeysModule,
    ApiKeysApiModule,
    RegionsApiModule,
    PlansApiModule,
    ProjectsApiModule,
    MilestonesApiModule,
    FinanceApiModule,
    ReportingApiModule,
    WebhooksApiModule,
    NotificationsApiModule,
    ImportsApiModule,
    AuditApiModule,
    OperationsApiModule,
    // The api only writes events to the outbox; it holds the events queue so the queue board and the queue
    // metrics show it like every other queue.
    EventsModule,
  ],
  controllers: [HealthController, JobsController],
  providers: [
    {
      provide: RATE_LIMIT_OPTIONS,
      inject: [RUNTIME, FastRedis, ApiKeyGuard],
      useFactory: (runtime: Runtime, redis: FastRedis, keys: ApiKeyGuard): RateLimitOptions => ({
        limitPerMinute: runtime.config.rateLimitPerMinute,
        // With Redis the counters are shared by every replica; without it they are per process.
        store: redis.client
          ? new RedisRateLimitStore(redis.client, runtime.config.queuePrefix)
          : new MemoryRateLimitStore(),
        // Counted against the key only once its secret is checked (a cached lookup, no query per request).
        identify: async (request) => {
          const principal = await keys.authenticate(request as unknown as Parameters<ApiKeyGuard['authenticate']>[0]);
          return 'keyId' in principal ? principal.keyId : null;
        },
      }),
    },
    ApiKeyGuard,
    // Order matters: the limiter authenticates (to count by key id, or by address without a valid key), then the
    // key guard authorises (reusing that authentication).
    { provide: APP_GUARD, useClass: RateLimitGuard },
    { provide: APP_GUARD, useExisting: ApiKeyGuard },
  ],
})
export class ApiModule {}
