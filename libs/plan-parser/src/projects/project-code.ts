import { createHash } from 'node:crypto';

/**
 * Stable across re-imports: it depends only on the plan, the 专栏 and who builds what, so editing a project's
 * figures in a newer version of the document updates the same project. 64 bits of the digest: two different
 * names of one plan share a code with odds of about one in 10^19 per pair (32 bits were seen to collide), and
 * the importer still refuses a code that matches a project of another name.
 */
export function projectCode(
  planCode: string,
  programNumber: number | null,
  institutionName: string | null,
  name: string,
): string {
  const digest = createHash('sha1')
    .update(`${institutionName ?? ''}|${name}`, 'utf8')
    .digest('hex')
    .slice(0, 16);
  return `${planCode}-Z${programNumber ?? 0}-${digest}`;
}
