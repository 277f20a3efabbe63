import type { Role } from './roles';

/** The caller, as the API key guard established it. */
export interface Principal {
  keyId: string;
  name: string;
  role: Role;
  /** For managers: the institutions they may change. Empty for other roles. */
  institutionIds: string[];
}

/** The audit actor of a request: the key, its name, and the request id that ties the entry to the logs. */
export function actorOf(principal: Principal, request: { headers: Record<string, unknown>; id?: unknown }) {
  return { id: principal.keyId, name: principal.name, requestId: typeof request.id === 'string' ? request.id : null };
}
