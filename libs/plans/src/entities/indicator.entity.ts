import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type IndicatorNature = 'binding' | 'expected' | 'guiding';

/** A row of a plan's 主要指标 table: baseline (2020) and target (2025) with its nature (约束性/预期性/指导性). */
@Entity('indicators')
export class Indicator {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'plan_id', type: 'uuid' })
  planId: string;

  /** Order within the plan's table, so the indicators read as the plan lists them. */
  @Column({ type: 'smallint' })
  position: number;

  @Column({ type: 'text', nullable: true })
  domain: string | null;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', nullable: true })
  unit: string | null;

  @Column({ type: 'numeric', precision: 18, scale: 4, nullable: true })
  baseline: string | null;

  @Column({ name: 'baseline_text', type: 'text', nullable: true })
  baselineText: string | null;

  @Column({ type: 'numeric', precision: 18, scale: 4, nullable: true })
  target: string | null;

  @Column({ name: 'target_text', type: 'text', nullable: true })
  targetText: string | null;

  @Column({ type: 'text', nullable: true })
  nature: IndicatorNature | null;

  @Column({ name: 'source_file', type: 'text', nullable: true })
  sourceFile: string | null;

  @Column({ name: 'source_line', type: 'integer', nullable: true })
  sourceLine: number | null;
}
