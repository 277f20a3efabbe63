import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { databaseUrlFor, TEST_POSTGRES_ADMIN_URL } from './test-env';

/** A new, empty database on the test server; drop it when done. */
export async function createScratchDatabase(label: string): Promise<{ name: string; url: string }> {
  if (!/^[a-z0-9_]+$/.test(label)) throw new Error(`scratch database label ${JSON.stringify(label)}: use a-z, 0-9 and _ only`);
  const name = `hct_${label}_${process.pid}_${randomBytes(3).toString('hex')}`;
  await adminQuery(`CREATE DATABASE ${name} ENCODING 'UTF8' TEMPLATE template0`);
  return { name, url: databaseUrlFor(name) };
}

export async function dropScratchDatabase(name: string): Promise<void> {
  await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
}

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_POSTGRES_ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
