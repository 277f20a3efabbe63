import { Global, Module } from '@nestjs/common';
import { repositoryProviders } from '@tracker/platform';
import { IdempotencyRepository } from './idempotency.repository';

/**
 * The store behind `@Idempotent()`. Global, because the interceptor is instantiated in the module of each controller
 * that uses it (every feature's …ApiModule); the process serving HTTP imports it once (apps/api's ApiModule).
 */
@Global()
@Module({ providers: repositoryProviders(IdempotencyRepository), exports: [IdempotencyRepository] })
export class IdempotencyModule {}
