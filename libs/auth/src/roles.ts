/** What a key may do: `admin` everything, `finance` money, `manager` its institutions' projects, `viewer` reads. */
export const ROLES = ['admin', 'finance', 'manager', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export const ALL_ROLES: Role[] = [...ROLES];
