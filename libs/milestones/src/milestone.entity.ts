import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

export const MILESTONE_KINDS = [
  'approval', // 立项
  'feasibility', // 可研批复
  'design', // 初步设计批复
  'permit', // 施工许可
  'groundbreaking', // 开工
  'topping_out', // 主体封顶
  'completion', // 竣工验收
  'in_service', // 投入使用
  'custom',
] as const;
export type MilestoneKind = (typeof MILESTONE_KINDS)[number];

/** Status is not stored: it follows from the dates and the clock (see milestone-status.ts). */
@Entity('milestones')
export class Milestone {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'project_id', type: 'uuid' })
  projectId: string;

  @Column({ type: 'text' })
  kind: MilestoneKind;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'planned_date', type: 'date' })
  plannedDate: string;

  @Column({ name: 'actual_date', type: 'date', nullable: true })
  actualDate: string | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
