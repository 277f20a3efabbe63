// Entity files are imported directly, not through each feature's index: those indexes also export the features'
// modules and services, which import this library, and ES modules do not forgive such cycles.
import { AuditEntry } from '../../audit/src/audit-entry.entity';
import { ApiKey } from '../../auth/src/api-key.entity';
import { Milestone } from '../../milestones/src/milestone.entity';
import { Notification } from '../../notifications/src/notification.entity';
import { OutboxEvent } from '../../outbox/src/outbox-event.entity';
import { BedTarget } from '../../plans/src/entities/bed-target.entity';
import { Indicator } from '../../plans/src/entities/indicator.entity';
import { Institution } from '../../plans/src/entities/institution.entity';
import { Plan } from '../../plans/src/entities/plan.entity';
import { Program } from '../../plans/src/entities/program.entity';
import { Region } from '../../plans/src/entities/region.entity';
import { FundingLine } from '../../projects/src/entities/funding-line.entity';
import { ProgressReport } from '../../projects/src/entities/progress-report.entity';
import { Project } from '../../projects/src/entities/project.entity';
import { WebhookDelivery, WebhookDeliveryAttempt } from '../../webhooks/src/webhook-delivery.entity';
import { WebhookSubscription } from '../../webhooks/src/webhook-subscription.entity';

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
