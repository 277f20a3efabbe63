import { Column, CreateDateColumn, Entity, JoinTable, ManyToMany, PrimaryGeneratedColumn } from 'typeorm';
// Relative, not through @tracker/plans: that index also exports the plans' HTTP layer, which imports auth.
import { Institution } from '../../plans/src/entities/institution.entity';

export const ROLES = ['admin', 'finance', 'manager', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

/**
 * A bearer API key. Only a SHA-256 of the secret part is stored: keys are 256-bit random values, so a fast hash
 * is as strong as a slow one here and keeps authentication cheap on every request.
 */
@Entity('api_keys')
export class ApiKey {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  role: Role;

  /** The public first characters of the key, used to find the row without scanning hashes. */
  @Column({ name: 'key_prefix', type: 'varchar', length: 16, unique: true })
  keyPrefix: string;

  @Column({ name: 'key_hash', type: 'char', length: 64, select: false })
  keyHash: string;

  /** The institutions a manager key may touch; empty for other roles. */
  @ManyToMany(() => Institution)
  @JoinTable({
    name: 'api_key_institutions',
    joinColumn: { name: 'api_key_id', referencedColumnName: 'id' },
    inverseJoinColumn: { name: 'institution_id', referencedColumnName: 'id' },
  })
  institutions: Institution[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'last_used_at', type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
