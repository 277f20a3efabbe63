import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Substring search of project names and content in Chinese (`/projects?q=`). Trigram GIN indexes serve
 * `strpos`-free `LIKE '%…%'` patterns of three or more characters; pg_trgm splits CJK text correctly under a
 * UTF-8 locale (C.UTF-8 and the like), which the embedded server and docker-compose initialise with.
 */
export class ProjectSearch1763880100000 implements MigrationInterface {
  name = 'ProjectSearch1763880100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await q.query(`CREATE INDEX projects_name_trgm_idx ON projects USING gin (name gin_trgm_ops)`);
    await q.query(`CREATE INDEX projects_content_trgm_idx ON projects USING gin (content gin_trgm_ops)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX projects_content_trgm_idx`);
    await q.query(`DROP INDEX projects_name_trgm_idx`);
    // The extension stays: other databases objects may use it, and dropping it needs more privileges.
  }
}
