import { Module } from '@nestjs/common';
import { ApiKeyCache, KeyDirectory } from '@tracker/auth';
import { PlansModule } from '@tracker/plans';
import { repositoryProviders } from '@tracker/platform';
import { ApiKeysRepository } from './api-keys.repository';
import { ApiKeysService } from './api-keys.service';
import { KeyRevocationListener } from './key-revocation-listener';
import { KeysController } from './http/keys.controller';
import { MeController } from './http/me.controller';

/**
 * API keys: their table, their management and, for the request guard, the KeyDirectory it authenticates against.
 * The cache is the guard's; one per process, shared by the guard and by revocation.
 */
@Module({
  imports: [PlansModule],
  providers: [...repositoryProviders(ApiKeysRepository), { provide: KeyDirectory, useExisting: ApiKeysRepository }, ApiKeyCache, ApiKeysService],
  exports: [KeyDirectory, ApiKeyCache, ApiKeysService],
})
export class ApiKeysModule {}

/** The api's side: key management endpoints, and the listener that applies revocations made elsewhere at once. */
@Module({ imports: [ApiKeysModule, PlansModule], controllers: [KeysController, MeController], providers: [KeyRevocationListener] })
export class ApiKeysApiModule {}
