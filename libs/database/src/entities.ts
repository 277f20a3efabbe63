import { AuditEntry } from '@tracker/audit';
import { ApiKey } from '@tracker/auth';
import { Milestone } from '@tracker/milestones';
import { Notification } from '@tracker/notifications';
import { OutboxEvent } from '@tracker/outbox';
import { BedTarget, Indicator, Institution, Plan, Program, Region } from '@tracker/plans';
import { FundingLine, ProgressReport, Project } from '@tracker/projects';
import { WebhookDelivery, WebhookDeliveryAttempt, WebhookSubscription } from '@tracker/webhooks';

/** Every entity, listed explicitly so the same list works compiled and under Jest (no globbing of dist/). */
export const ENTITIES = [
  Region,
  Plan,
  Program,
  Institution,
  BedTarget,
  Indicator,
  Project,
  FundingLine,
  ProgressReport,
  Milestone,
  ApiKey,
  AuditEntry,
  Notification,
  WebhookSubscription,
  WebhookDelivery,
  WebhookDeliveryAttempt,
  OutboxEvent,
];
