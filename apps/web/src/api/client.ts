import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from './schema';

export type Schemas = components['schemas'];
export type Role = 'admin' | 'finance' | 'manager' | 'viewer';

const KEY_STORAGE = 'tracker.apiKey';
const ME_STORAGE = 'tracker.me';

export type Me = Schemas['MeView'];

/** The API key (and who it is, from /me) live in sessionStorage only: closing the browser tab signs out. */
export const session = {
  key: (): string | null => sessionStorage.getItem(KEY_STORAGE),
  me: (): Me | null => {
    const saved = sessionStorage.getItem(ME_STORAGE);
    return saved ? (JSON.parse(saved) as Me) : null;
  },
  save: (key: string) => sessionStorage.setItem(KEY_STORAGE, key),
  saveMe: (me: Me) => sessionStorage.setItem(ME_STORAGE, JSON.stringify(me)),
  clear: () => {
    sessionStorage.removeItem(KEY_STORAGE);
    sessionStorage.removeItem(ME_STORAGE);
  },
};

const auth: Middleware = {
  onRequest({ request }) {
    const key = session.key();
    if (key) request.headers.set('Authorization', `Bearer ${key}`);
    // Problems come back in Chinese (`detail` and field messages) wherever the API has the words for them: zh-CN,
    // with plain zh after it for a server that matches the language without its region.
    request.headers.set('Accept-Language', 'zh-CN, zh;q=0.9');
    return request;
  },
  onResponse({ response }) {
    // A key revoked (or a session started elsewhere) while signed in: back to the sign-in form.
    if (response.status === 401 && session.me()) {
      session.clear();
      window.location.reload();
    }
    return response;
  },
};

/** Typed calls generated from the api's /openapi.json (see schema.d.ts and npm run web:schema). */
// `no-store`: always from the server. Some answers keep their ETag (the resource's version) while what they show
// changes (a round's report carries the 累计完成投资 of record, which moves when another month is written), so a
// browser revalidating its cached copy would get a 304 and show the stale one.
export const api = createClient<paths>({ baseUrl: window.location.origin, cache: 'no-store' });
api.use(auth);

export type Problem = Schemas['ProblemView'];

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Partial<Problem> | undefined,
  ) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
  }
  /** The message of the problem for one field, shown beside that field. */
  fieldError(field: string): string | undefined {
    return this.problem?.errors?.find((e) => e.field === field)?.message;
  }
}

/** Unwraps an openapi-fetch result: its data, or an ApiError carrying the RFC 9457 problem. */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.error !== undefined || result.data === undefined) {
    throw new ApiError(result.response.status, result.error as Partial<Problem> | undefined);
  }
  return result.data;
}

/** Every item of a keyset-paged list, page after page (at most `maxPages` pages of 500). */
export async function allPages<T>(
  page: (cursor: string | undefined) => Promise<{ items: T[]; nextCursor: string | null }>,
  maxPages = 20,
): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  for (let i = 0; i < maxPages; i++) {
    const answer = await page(cursor);
    items.push(...answer.items);
    if (!answer.nextCursor) break;
    cursor = answer.nextCursor;
  }
  return items;
}

/** Any error as an ApiError, so a form can show its message (and its fields') the same way. */
export const asApiError = (error: unknown): ApiError =>
  error instanceof ApiError ? error : new ApiError(0, { detail: error instanceof Error ? error.message : String(error) });

/** The strong validator a write must send back, from a resource's version. */
export const ifMatch = (version: number) => `"${version}"`;

/** Who the signed-in key is: its name, role and, for a manager, the institutions it may change. */
export async function whoAmI(): Promise<Me> {
  return unwrap(await api.GET('/api/v1/me'));
}

/** What the dashboard offers to edit follows the API's rules: admins everywhere, managers in their institutions. */
export function mayEditProjectsOf(me: Me, institutionId: string | null): boolean {
  if (me.role === 'admin') return true;
  return me.role === 'manager' && institutionId !== null && me.institutions.some((i) => i.id === institutionId);
}

export const ROLE_LABELS: Record<Role, string> = {
  admin: '管理员',
  finance: '财政局',
  manager: '项目单位',
  viewer: '只读',
};
