import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

export const BUILD_TYPES = ['new', 'expansion', 'renovation', 'relocation', 'other'] as const;
export type BuildType = (typeof BUILD_TYPES)[number];

export const PROJECT_STATUSES = [
  'planned',
  'preparing',
  'under_construction',
  'completed',
  'in_service',
  'suspended',
  'cancelled',
] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

/**
 * A capital project of a plan. Quantities are exact decimals held as strings (pg returns numeric as text);
 * they are summed in SQL, never in JavaScript.
 */
@Entity('projects')
export class Project {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stable across re-imports of the same plan document, so an import updates instead of duplicating. */
  @Column({ type: 'varchar', length: 80, unique: true })
  code: string;

  @Column({ name: 'plan_id', type: 'uuid' })
  planId: string;

  @Column({ name: 'program_id', type: 'uuid', nullable: true })
  programId: string | null;

  @Column({ name: 'institution_id', type: 'uuid', nullable: true })
  institutionId: string | null;

  @Column({ name: 'region_code', type: 'varchar', length: 12 })
  regionCode: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', nullable: true })
  content: string | null;

  @Column({ name: 'build_type', type: 'text', default: 'other' })
  buildType: BuildType;

  @Column({ type: 'text', default: 'planned' })
  status: ProjectStatus;

  @Column({ name: 'land_mu', type: 'numeric', precision: 14, scale: 4, nullable: true })
  landMu: string | null;

  @Column({ name: 'investment_wan', type: 'numeric', precision: 18, scale: 2, nullable: true })
  investmentWan: string | null;

  @Column({ name: 'floor_area_m2', type: 'numeric', precision: 14, scale: 2, nullable: true })
  floorAreaM2: string | null;

  @Column({ name: 'new_build_area_m2', type: 'numeric', precision: 14, scale: 2, nullable: true })
  newBuildAreaM2: string | null;

  @Column({ name: 'renovation_area_m2', type: 'numeric', precision: 14, scale: 2, nullable: true })
  renovationAreaM2: string | null;

  @Column({ type: 'integer', nullable: true })
  beds: number | null;

  @Column({ name: 'start_year', type: 'smallint', nullable: true })
  startYear: number | null;

  @Column({ name: 'end_year', type: 'smallint', nullable: true })
  endYear: number | null;

  @Column({ type: 'text', nullable: true })
  remark: string | null;

  @Column({ name: 'source_file', type: 'text', nullable: true })
  sourceFile: string | null;

  @Column({ name: 'source_line', type: 'integer', nullable: true })
  sourceLine: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
