/**
 * Every kind of entity the tracker audits. The change recorder takes only these, so a feature that audits a new
 * kind adds it here, and `GET /audit?entityType=` accepts it from then on.
 */
export const AUDIT_ENTITY_TYPES = [
  'plan',
  'institution',
  'project',
  'milestone',
  'progress_report',
  'annual_plan',
  'funding',
  'webhook',
  'webhook_delivery',
  'api_key',
  'reporting_round',
  'round_report',
  'problem',
] as const;
export type AuditEntityType = (typeof AUDIT_ENTITY_TYPES)[number];
