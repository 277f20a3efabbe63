import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const FUNDING_SOURCES = [
  'central_budget', // 中央预算内投资
  'special_bonds', // 地方政府专项债券
  'fiscal', // 财政资金
  'self_raised', // 自筹
  'private_capital', // 社会资本
  'other',
] as const;
export type FundingSource = (typeof FUNDING_SOURCES)[number];
export const FUNDING_STATUSES = ['planned', 'secured', 'received'] as const;
export type FundingStatus = (typeof FUNDING_STATUSES)[number];

@Entity('funding_lines')
export class FundingLine {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'project_id', type: 'uuid' })
  projectId: string;

  @Column({ type: 'text' })
  source: FundingSource;

  @Column({ name: 'amount_wan', type: 'numeric', precision: 18, scale: 2 })
  amountWan: string;

  @Column({ type: 'text', default: 'planned' })
  status: FundingStatus;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
