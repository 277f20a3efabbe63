import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type ProgramKind = 'projects' | 'beds' | 'indicators' | 'list';

/** A plan's numbered 专栏 (or 表): a programme of projects, a bed table, an indicator table or a plain list. */
@Entity('programs')
export class Program {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'plan_id', type: 'uuid' })
  planId: string;

  @Column({ type: 'smallint' })
  number: number;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  kind: ProgramKind;

  /** From the table's 合计 row; null when the plan declares no total. Exact decimal, as a string. */
  @Column({ name: 'declared_land_mu', type: 'numeric', precision: 14, scale: 4, nullable: true })
  declaredLandMu: string | null;

  @Column({ name: 'declared_investment_wan', type: 'numeric', precision: 18, scale: 2, nullable: true })
  declaredInvestmentWan: string | null;

  @Column({ name: 'source_file', type: 'text', nullable: true })
  sourceFile: string | null;

  @Column({ name: 'source_line', type: 'integer', nullable: true })
  sourceLine: number | null;
}
