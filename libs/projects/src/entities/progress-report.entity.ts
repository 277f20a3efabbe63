import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/** One month's progress of a project (unique per project and month; `period` is the first day of the month). */
@Entity('progress_reports')
export class ProgressReport {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'project_id', type: 'uuid' })
  projectId: string;

  @Column({ type: 'date' })
  period: string;

  /** Investment completed during that month, not to date: cumulative figures are summed when read. */
  @Column({ name: 'completed_investment_wan', type: 'numeric', precision: 18, scale: 2, default: 0 })
  completedInvestmentWan: string;

  @Column({ name: 'disbursed_wan', type: 'numeric', precision: 18, scale: 2, default: 0 })
  disbursedWan: string;

  @Column({ name: 'physical_progress_pct', type: 'numeric', precision: 5, scale: 2, nullable: true })
  physicalProgressPct: string | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
