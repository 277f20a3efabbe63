import type { Provider } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { PreparedSql } from './prepared-sql';
import { queryRows } from './query-rows';

/**
 * The base of every repository. A feature's repository is the one place its tables are read and written in SQL
 * (see docs/architecture.md, "One owner per table"); services, jobs and other features call its methods.
 *
 * A repository is bound to a connection: the pool's, as Nest injects it, or a transaction's, via `within`, so the
 * writes of one change (the row, its audit entry, its event) commit together:
 *
 *     await recordChanges(this.db, actor, async (changes) => {
 *       const projects = this.projects.within(changes.manager);
 *       …
 *     });
 */
export abstract class SqlRepository {
  constructor(protected readonly db: EntityManager) {}

  /** Runs a statement on this repository's connection: what `paginate` and other SQL helpers take. */
  protected readonly run = (sql: string, parameters: unknown[] = []): Promise<unknown[]> => this.db.query(sql, parameters);

  /** The same repository on another connection (a transaction's). */
  within(manager: EntityManager): this {
    const Repository = this.constructor as new (db: EntityManager) => this;
    return new Repository(manager);
  }

  /** The rows of a statement, whatever kind of statement it is (see queryRows); a fixed hot one may be `prepared`. */
  protected rows<T = Record<string, unknown>>(sql: string | PreparedSql, parameters: unknown[] = []): Promise<T[]> {
    return queryRows<T>(this.db, sql, parameters);
  }

  /** The first row of a statement, or null. */
  protected async row<T = Record<string, unknown>>(sql: string | PreparedSql, parameters: unknown[] = []): Promise<T | null> {
    const [first] = await this.rows<T>(sql, parameters);
    return first ?? null;
  }
}

/** Repositories as Nest providers: each is injected bound to the pool (the data source's EntityManager). */
export function repositoryProviders(...repositories: (new (db: EntityManager) => SqlRepository)[]): Provider[] {
  return repositories.map((Repository) => ({ provide: Repository, inject: [EntityManager], useFactory: (db: EntityManager) => new Repository(db) }));
}
