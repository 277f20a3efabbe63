import { Module } from '@nestjs/common';
import { HealthController } from './health/health.controller';

/** The HTTP features. The worker never imports this module. */
@Module({
  controllers: [HealthController],
})
export class ApiModule {}
