import createClient, { type Middleware } from 'openapi-fetch';
import type { components, paths } from './schema';

export type Schemas = components['schemas'];
export type Role = 'admin' | 'finance' | 'manager' | 'viewer';

const KEY_STORAGE = 'tracker.apiKey';
const ROLE_STORAGE = 'tracker.role';

/** The API key (and the role found for it) live in sessionStorage only: closing the browser tab signs out. */
export const session = {
  key: (): string | null => sessionStorage.getItem(KEY_STORAGE),
  role: (): Role | null => sessionStorage.getItem(ROLE_STORAGE) as Role | null,
  save: (key: string) => sessionStorage.setItem(KEY_STORAGE, key),
  saveRole: (role: Role) => sessionStorage.setItem(ROLE_STORAGE, role),
  clear: () => {
    sessionStorage.removeItem(KEY_STORAGE);
    sessionStorage.removeItem(ROLE_STORAGE);
  },
};

const auth: Middleware = {
  onRequest({ request }) {
    const key = session.key();
    if (key) request.headers.set('Authorization', `Bearer ${key}`);
    return request;
  },
  onResponse({ response }) {
    // A key revoked (or a session started elsewhere) while signed in: back to the sign-in form.
    if (response.status === 401 && session.role()) {
      session.clear();
      window.location.reload();
    }
    return response;
  },
};

/** Typed calls generated from the api's /openapi.json (see schema.d.ts and npm run web:schema). */
export const api = createClient<paths>({ baseUrl: window.location.origin });
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

/** The strong validator a write must send back, from a resource's version. */
export const ifMatch = (version: number) => `"${version}"`;

/**
 * The API has no "who am I" endpoint, so the role is found from what the key may do, by reads and one write
 * that cannot change anything (a PATCH of a milestone that does not exist: 403 for roles that may not write
 * milestones, 404/428 for those that may).
 */
export async function detectRole(): Promise<Role> {
  const health = await api.GET('/api/v1/plans', { params: { query: { limit: 1 } } });
  if (health.response.status === 401) throw new ApiError(401, health.error as Partial<Problem>);
  unwrap(health);
  const keys = await api.GET('/api/v1/keys');
  if (keys.response.ok) return 'admin';
  const audit = await api.GET('/api/v1/audit', { params: { query: { limit: 1 } } });
  if (audit.response.ok) return 'finance';
  const probe = await api.PATCH('/api/v1/milestones/{id}', {
    params: { path: { id: '00000000-0000-4000-8000-000000000000' }, header: { 'If-Match': '"0"' } },
    body: {},
  });
  return probe.response.status === 403 ? 'viewer' : 'manager';
}

export const ROLE_LABELS: Record<Role, string> = {
  admin: '管理员',
  finance: '财政局',
  manager: '项目单位',
  viewer: '只读',
};
