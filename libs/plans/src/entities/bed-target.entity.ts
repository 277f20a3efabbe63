import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A row of a bed configuration table: baseline and target counts and beds for an institution or a category.
 * The cells are kept verbatim (`2（含金山镇中心卫生院）`, `不设上限`) beside the number parsed from them.
 */
@Entity('bed_targets')
export class BedTarget {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'plan_id', type: 'uuid' })
  planId: string;

  @Column({ name: 'program_id', type: 'uuid', nullable: true })
  programId: string | null;

  @Column({ name: 'institution_id', type: 'uuid', nullable: true })
  institutionId: string | null;

  @Column({ type: 'text' })
  subject: string;

  @Column({ name: 'subject_kind', type: 'text' })
  subjectKind: 'institution' | 'category';

  @Column({ name: 'baseline_year', type: 'smallint' })
  baselineYear: number;

  @Column({ name: 'target_year', type: 'smallint' })
  targetYear: number;

  @Column({ name: 'baseline_count', type: 'integer', nullable: true })
  baselineCount: number | null;

  @Column({ name: 'baseline_count_text', type: 'text', nullable: true })
  baselineCountText: string | null;

  @Column({ name: 'baseline_beds', type: 'integer', nullable: true })
  baselineBeds: number | null;

  @Column({ name: 'baseline_beds_text', type: 'text', nullable: true })
  baselineBedsText: string | null;

  @Column({ name: 'target_count', type: 'integer', nullable: true })
  targetCount: number | null;

  @Column({ name: 'target_count_text', type: 'text', nullable: true })
  targetCountText: string | null;

  @Column({ name: 'target_beds', type: 'integer', nullable: true })
  targetBeds: number | null;

  @Column({ name: 'target_beds_text', type: 'text', nullable: true })
  targetBedsText: string | null;

  @Column({ name: 'source_file', type: 'text', nullable: true })
  sourceFile: string | null;

  @Column({ name: 'source_line', type: 'integer', nullable: true })
  sourceLine: number | null;
}
