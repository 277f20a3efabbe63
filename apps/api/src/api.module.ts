import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import {
  MemoryRateLimitStore,
  RATE_LIMIT_OPTIONS,
  RateLimitGuard,
  RedisRateLimitStore,
  type RateLimitOptions,
} from '@tracker/api-conventions';
import { ApiKeyCache, ApiKeyGuard, KeysController, MeController } from '@tracker/auth';
// By path: the audit index stays free of HTTP code, because auth imports it (see AuditModule).
import { AuditModule } from '../../../libs/audit/src/audit.module';
import { FinanceApiModule } from '@tracker/finance';
import { ImportsModule } from '@tracker/imports';
import { MilestonesModule } from '@tracker/milestones';
import { NotificationsApiModule } from '@tracker/notifications';
import { PlansModule } from '@tracker/plans';
import { FastRedis, RUNTIME, type Runtime } from '@tracker/platform';
import { ProjectsModule } from '@tracker/projects';
import { WebhooksApiModule } from '@tracker/webhooks';
import { HealthController } from './health/health.controller';
import { JobsController } from './jobs/jobs.controller';

/** The HTTP features. The worker never imports this module. */
@Module({
  imports: [
    PlansModule,
    ProjectsModule,
    MilestonesModule,
    FinanceApiModule,
    WebhooksApiModule,
    NotificationsApiModule,
    ImportsModule,
    AuditModule,
  ],
  controllers: [HealthController, KeysController, MeController, JobsController],
  providers: [
    ApiKeyCache,
    {
      provide: RATE_LIMIT_OPTIONS,
      inject: [RUNTIME, FastRedis],
      useFactory: (runtime: Runtime, redis: FastRedis): RateLimitOptions => ({
        limitPerMinute: runtime.config.rateLimitPerMinute,
        // With Redis the counters are shared by every replica; without it they are per process.
        store: redis.client
          ? new RedisRateLimitStore(redis.client, runtime.config.queuePrefix)
          : new MemoryRateLimitStore(),
      }),
    },
    // Order matters: rate-limit first (no database work), then authenticate and authorise.
    { provide: APP_GUARD, useClass: RateLimitGuard },
    { provide: APP_GUARD, useClass: ApiKeyGuard },
  ],
})
export class ApiModule {}
