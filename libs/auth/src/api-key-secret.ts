import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** Keys look like `hct_<prefix>_<secret>`: the prefix finds the row, the whole key is hashed. */
const KEY_PATTERN = /^hct_([A-Za-z0-9]{12})_([A-Za-z0-9_-]{43})$/;

export interface NewApiKeySecret {
  key: string;
  prefix: string;
  hash: string;
}

export function generateApiKeySecret(): NewApiKeySecret {
  const prefix = randomBytes(9).toString('base64url').replace(/[-_]/g, 'x').slice(0, 12);
  const secret = randomBytes(32).toString('base64url');
  const key = `hct_${prefix}_${secret}`;
  return { key, prefix, hash: hashApiKey(key) };
}

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** The prefix of a well-formed key, or null for anything else (so malformed keys never reach the database). */
export function apiKeyPrefix(key: string): string | null {
  return KEY_PATTERN.exec(key)?.[1] ?? null;
}

export function apiKeyMatches(key: string, storedHash: string): boolean {
  const given = Buffer.from(hashApiKey(key), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}
