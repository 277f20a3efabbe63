import { Inject, Injectable, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { ApiKeyCache } from '@tracker/auth';
import { NotificationListener, RUNTIME, type Runtime } from '@tracker/platform';
import { KEY_REVOKED_CHANNEL } from './api-keys.repository';

/**
 * Makes this process forget a revoked key as soon as the revocation commits, whichever api replica or CLI made it
 * (issue 17: it took up to KEY_CACHE_MS, 10 s). While the listening connection is down the cache is emptied on
 * loss and on return, so nothing missed in between is trusted.
 */
@Injectable()
export class KeyRevocationListener implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly listener: NotificationListener;

  constructor(cache: ApiKeyCache, @Inject(RUNTIME) runtime: Runtime) {
    this.listener = new NotificationListener(runtime.databaseUrl, KEY_REVOKED_CHANNEL, {
      onNotification: (prefix) => cache.forget(prefix),
      onGap: () => cache.clear(),
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.listener.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.listener.stop();
  }

  /** True while revocations reach this process at once. */
  get listening(): boolean {
    return this.listener.listening;
  }
}
