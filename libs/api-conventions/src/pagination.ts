import type { Type as NestType } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { ProblemException } from './problem-details';
import { invalid } from './problems';

export class PageQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: 500, default: 50, description: 'Items per page' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit?: number;

  @ApiPropertyOptional({ description: 'Opaque cursor from the previous page’s `nextCursor`' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  cursor?: string;

  @ApiPropertyOptional({ description: 'A field from the endpoint’s sort whitelist; prefix with `-` for descending' })
  @IsOptional()
  @IsString()
  @Matches(/^-?[A-Za-z]{1,40}$/, { message: 'sort must be a field name, optionally prefixed with -' })
  sort?: string;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** Collects query parameters and hands out their placeholders, so values never enter SQL text. */
export class SqlParams {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/**
 * A sortable field: its SQL expression (never built from input), its type (to compare cursor values), and whether
 * it can be NULL. A NOT NULL field sorts by (value, id) alone, so an index on (column, id) can supply the order.
 */
export interface SortField {
  column: string;
  type: 'text' | 'numeric' | 'integer' | 'bigint' | 'date' | 'timestamptz';
  notNull?: boolean;
}

export interface KeysetListing<Row, T> {
  /** `SELECT … FROM … [JOIN …]`, without WHERE. */
  select: string;
  where: string[];
  params: SqlParams;
  page: PageQuery;
  sortable: Record<string, SortField>;
  defaultSort: string;
  idColumn: string;
  map: (row: Row) => T;
}

/**
 * Keyset pagination over a whitelist of sort fields. The cursor holds the last row's sort value and id, so a
 * page never skips or repeats a row while others are inserted. NULLs sort last in both directions.
 */
export async function paginate<Row, T>(
  run: (sql: string, params: unknown[]) => Promise<unknown[]>,
  listing: KeysetListing<Row, T>,
): Promise<Page<T>> {
  const { rows, nextCursor } = await keysetPage<Row>(run, listing);
  return { items: rows.map(listing.map), nextCursor };
}

/**
 * A response body serialized already, by PostgreSQL: a controller sends it as it is (`sendSerialized`), so a page
 * of fifty rows is never parsed into objects and stringified again. In-process callers read it with `parse()`.
 */
export class SerializedJson<T> {
  constructor(readonly text: string) {}

  parse(): T {
    return JSON.parse(this.text) as T;
  }
}

/**
 * The JSON text to answer with, its Content-Type set: Nest sends a string as it is. Per route rather than a global
 * interceptor, which would cost every request of the api an observable pipe (measured: ~15 % of a cached totals
 * request's CPU).
 */
export function sendSerialized(response: { type(type: string): unknown }, body: SerializedJson<unknown>): string {
  response.type('application/json');
  return body.text;
}

/** A listing whose `select` yields one column, `__json`: each item's view as JSON text, built by the SQL. */
export type JsonListing = Omit<KeysetListing<{ __json: string }, never>, 'map'>;

/**
 * `paginate` for listings whose items PostgreSQL builds as JSON: the page's body is joined from the rows' JSON
 * texts, with the same keyset cursor. What the JSON holds is the repository's to keep equal to its view (tests
 * compare the two).
 */
export async function paginateJson<T>(
  run: (sql: string, params: unknown[]) => Promise<unknown[]>,
  listing: JsonListing,
): Promise<SerializedJson<Page<T>>> {
  const { rows, nextCursor } = await keysetPage<{ __json: string }>(run, listing);
  return new SerializedJson(`{"items":[${rows.map((row) => row.__json).join(',')}],"nextCursor":${JSON.stringify(nextCursor)}}`);
}

type SortedRow<Row> = Row & { __sort_value: string | null; __sort_id: string };

async function keysetPage<Row>(
  run: (sql: string, params: unknown[]) => Promise<unknown[]>,
  listing: Omit<KeysetListing<Row, unknown>, 'map'>,
): Promise<{ rows: SortedRow<Row>[]; nextCursor: string | null }> {
  const { page, params, idColumn } = listing;
  const limit = page.limit ?? 50;
  const sortParam = page.sort ?? listing.defaultSort;
  const descending = sortParam.startsWith('-');
  const name = descending ? sortParam.slice(1) : sortParam;
  // Own properties only: `constructor`, `toString` or `__proto__` are on every object's prototype, not fields.
  const field = Object.hasOwn(listing.sortable, name) ? listing.sortable[name] : undefined;
  if (!field) {
    const allowed = Object.keys(listing.sortable).flatMap((f) => [f, `-${f}`]);
    throw invalid('sort', `must be one of ${allowed.join(', ')}`, `排序必须是以下之一：${allowed.join(', ')}`);
  }
  const where = [...listing.where];
  const op = descending ? '<' : '>';
  const direction = descending ? 'DESC' : 'ASC';
  if (page.cursor) {
    const cursor = decodeCursor(page.cursor, sortParam);
    const id = params.add(cursor.id);
    if (field.notNull) {
      if (cursor.value === null) throw invalidCursor();
      const value = `CAST(${params.add(cursor.value)} AS ${field.type})`;
      where.push(`(${field.column}, ${idColumn}) ${op} (${value}, ${id})`);
    } else if (cursor.value === null) {
      where.push(`(${field.column} IS NULL AND ${idColumn} ${op} ${id})`);
    } else {
      const value = `CAST(${params.add(cursor.value)} AS ${field.type})`;
      where.push(
        `(${field.column} IS NULL OR ${field.column} ${op} ${value} OR (${field.column} = ${value} AND ${idColumn} ${op} ${id}))`,
      );
    }
  }
  const sql = `${listing.select.replace(/^\s*SELECT\b/i, `SELECT CAST(${field.column} AS text) AS __sort_value, ${idColumn} AS __sort_id,`)}
    ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
    ORDER BY ${field.notNull ? '' : `(${field.column} IS NULL) ASC, `}${field.column} ${direction}, ${idColumn} ${direction}
    LIMIT ${params.add(limit + 1)}`;
  const rows = (await run(sql, params.values)) as SortedRow<Row>[];
  const hasMore = rows.length > limit;
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { rows: items, nextCursor: hasMore && last ? encodeCursor(sortParam, last.__sort_value, String(last.__sort_id)) : null };
}

interface Cursor {
  value: string | null;
  id: string;
}

function encodeCursor(sort: string, value: string | null, id: string): string {
  return Buffer.from(JSON.stringify({ s: sort, v: value, i: id })).toString('base64url');
}

function decodeCursor(raw: string, sort: string): Cursor {
  try {
    const parsed = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as { s: unknown; v: unknown; i: unknown };
    if (parsed.s !== sort) throw new Error('sort changed');
    if (typeof parsed.i !== 'string' || (parsed.v !== null && typeof parsed.v !== 'string')) throw new Error('shape');
    return { value: parsed.v as string | null, id: parsed.i };
  } catch {
    throw invalidCursor();
  }
}

function invalidCursor(): ProblemException {
  return invalid('cursor', 'is not a cursor of this listing with this sort', '游标不属于这个列表或这种排序');
}

/**
 * The page class of a view, for the OpenAPI document: `{ items: View[], nextCursor }`, named `<Thing>Page` after
 * the view (`ProjectView` → `ProjectPage`) unless named. One definition instead of a class per listing.
 */
export function PageOf<T>(item: NestType<T>, name = `${item.name.replace(/View$/, '')}Page`): NestType<Page<T>> {
  class PageOfItems implements Page<T> {
    @ApiProperty({ type: [item] })
    items: T[];
    @ApiProperty({ type: String, nullable: true, description: 'The cursor of the next page; null on the last' })
    nextCursor: string | null;
  }
  Object.defineProperty(PageOfItems, 'name', { value: name });
  return PageOfItems;
}
