import type { INestApplication, Type } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';

/**
 * A provider of the application, or null when its features do not include it (a worker-only app has no key guard
 * and no request metrics). Asked through the ModuleRef: asking the app itself for a missing provider makes Nest
 * abort the process (abortOnError) instead of throwing.
 */
export function optionalProvider<T>(app: INestApplication, token: Type<T> | (abstract new (...args: never[]) => T) | symbol): T | null {
  try {
    return app.get(ModuleRef).get<T>(token as Type<T>, { strict: false });
  } catch {
    return null;
  }
}
