import { INVALID_FIELDS_ZH } from './chinese';
import { ProblemException } from './problem-details';

/**
 * The version a client read, from `If-Match: "<version>"`. Missing → 428, malformed → 400: a write without a
 * version could silently overwrite someone else's change.
 */
export function requireIfMatch(header: string | undefined): number {
  if (header === undefined || header.trim() === '') {
    throw new ProblemException(
      428,
      'Precondition Required',
      'Send If-Match with the ETag of the version you read, so concurrent edits cannot overwrite each other.',
    ).inChinese('请带上读取时版本的 ETag 作为 If-Match，以免同时编辑互相覆盖。');
  }
  const match = /^\s*(?:W\/)?"(\d{1,9})"\s*$/.exec(header);
  if (!match) {
    throw new ProblemException(400, 'Bad Request', 'The request has invalid fields.', [
      { field: 'If-Match', message: 'must be an ETag such as "3"' },
    ]).inChinese(INVALID_FIELDS_ZH, [{ field: 'If-Match', message: 'If-Match 必须是 ETag，如 "3"' }]);
  }
  return Number(match[1]);
}

export function staleVersion(current: number): ProblemException {
  return new ProblemException(
    412,
    'Precondition Failed',
    `The resource has changed since you read it (current version ${current}); read it again and reapply your change.`,
    undefined,
    { ETag: etag(current) },
  ).inChinese(`记录在你读取后已被修改（当前版本 ${current}）；请重新读取后再修改。`);
}

export const etag = (version: number): string => `"${version}"`;

/** Whether an If-None-Match header names this ETag (a list, `*`, or the weak form of it): then 304. */
export function ifNoneMatch(header: string | undefined, tag: string): boolean {
  if (!header) return false;
  return header.split(',').some((candidate) => {
    const trimmed = candidate.trim();
    return trimmed === '*' || trimmed === tag || trimmed === `W/${tag}`;
  });
}

/**
 * Whether a PATCH changes nothing: every field it sends equals the stored one (a field left out is kept). Such a
 * PATCH (`{}` included) must not write a new version, an audit entry nor an event: the client gets the resource
 * as it is. `stored` is the resource's view, whose fields carry the names a PATCH body uses.
 */
export function changesNothing(stored: object, patch: object): boolean {
  const current = stored as Record<string, unknown>;
  return Object.entries(patch).every(([field, value]) => value === undefined || sameValue(current[field], value));
}

function sameValue(stored: unknown, sent: unknown): boolean {
  if (stored === sent) return true;
  if (stored == null || sent == null) return (stored ?? null) === (sent ?? null);
  if (Array.isArray(stored) && Array.isArray(sent)) return stored.length === sent.length && stored.every((item, i) => sameValue(item, sent[i]));
  return false;
}
