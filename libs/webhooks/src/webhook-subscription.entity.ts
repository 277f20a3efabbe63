import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

export const WEBHOOK_EVENTS = [
  'milestone.due_soon',
  'milestone.overdue',
  'milestone.escalated',
  'milestone.created',
  'milestone.updated',
  'milestone.deleted',
  'project.created',
  'project.updated',
  'progress.reported',
  'funding.updated',
  'rollup.completed',
] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

@Entity('webhook_subscriptions')
export class WebhookSubscription {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  url: string;

  @Column({ type: 'text', array: true })
  events: WebhookEvent[];

  /** Needed in clear to sign deliveries; never selected unless asked for, never returned by the API. */
  @Column({ type: 'text', select: false })
  secret: string;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
