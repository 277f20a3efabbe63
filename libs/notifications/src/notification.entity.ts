import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type NotificationKind = 'due_soon' | 'overdue' | 'escalated';

/** A milestone reminder. `dedupKey` (milestone, rule, day) makes each reminder exist at most once. */
@Entity('notifications')
export class Notification {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'dedup_key', type: 'text', unique: true })
  dedupKey: string;

  @Column({ type: 'text' })
  kind: NotificationKind;

  @Column({ name: 'milestone_id', type: 'uuid' })
  milestoneId: string;

  @Column({ name: 'project_id', type: 'uuid' })
  projectId: string;

  @Column({ name: 'institution_id', type: 'uuid', nullable: true })
  institutionId: string | null;

  @Column({ name: 'audience_roles', type: 'text', array: true })
  audienceRoles: string[];

  @Column({ type: 'text' })
  title: string;

  @Column({ name: 'due_date', type: 'date' })
  dueDate: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
