import { Column, Entity, PrimaryColumn } from 'typeorm';

export type RegionLevel = 'province' | 'city' | 'district' | 'county';

/** An administrative division, keyed by its national division code (e.g. 510604 德阳市罗江区). */
@Entity('regions')
export class Region {
  @PrimaryColumn({ type: 'varchar', length: 12 })
  code: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  level: RegionLevel;

  @Column({ name: 'parent_code', type: 'varchar', length: 12, nullable: true })
  parentCode: string | null;
}
