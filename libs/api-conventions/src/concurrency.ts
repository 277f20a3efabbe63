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
    );
  }
  const match = /^\s*(?:W\/)?"(\d{1,9})"\s*$/.exec(header);
  if (!match) {
    throw new ProblemException(400, 'Bad Request', 'The request has invalid fields.', [
      { field: 'If-Match', message: 'must be an ETag such as "3"' },
    ]);
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
  );
}

export const etag = (version: number): string => `"${version}"`;
