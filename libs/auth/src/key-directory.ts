import type { Role } from './roles';

/** An API key as the guard needs it to authenticate and authorise a request. */
export interface KeyRecord {
  id: string;
  name: string;
  role: Role;
  keyHash: string;
  revoked: boolean;
  /** For managers: the institutions they may change. */
  institutionIds: string[];
}

/**
 * Where the guard finds keys. The guard's library knows no table: the api-keys feature, which manages keys,
 * provides this (ApiKeysModule), and the api app puts the two together.
 */
export abstract class KeyDirectory {
  /** The key whose public prefix this is, or null. */
  abstract findByPrefix(prefix: string): Promise<KeyRecord | null>;
  /** Records that the key was used (at most every KEY_CACHE_MS per process). */
  abstract touch(id: string): Promise<void>;
}
