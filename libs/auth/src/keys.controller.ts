import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsNotEmpty, IsString, IsUUID, MaxLength } from 'class-validator';
import { ProblemException, ProblemResponses, UnlessAbsent } from '@tracker/api-conventions';
import { recordChanges } from '@tracker/audit';
import type { Request } from 'express';
import { DataSource } from 'typeorm';
import { ROLES, type Role } from './api-key.entity';
import { ApiKeyInputError, createApiKey, revokeApiKey } from './api-key.store';
import { ApiKeyCache } from './api-key.guard';
import { CurrentPrincipal, Roles } from './decorators';
import { actorOf, type Principal } from './principal';

class CreateKeyDto {
  @ApiProperty({ example: 'ops' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES)
  role: Role;

  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'Required for managers' })
  @UnlessAbsent()
  @IsArray()
  @ArrayMaxSize(500)
  @IsUUID('4', { each: true })
  institutionIds?: string[];
}

class KeyView {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty({ example: 'ops' })
  name: string;
  @ApiProperty({ enum: ROLES })
  role: string;
  @ApiProperty({ example: 'D5BdSVMr6WjK', description: 'The public part of the key, to recognise it' })
  prefix: string;
  @ApiProperty({ type: [String], format: 'uuid' })
  institutionIds: string[];
  @ApiProperty({ format: 'date-time' })
  createdAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  lastUsedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  revokedAt: string | null;
}

class CreatedKeyView extends KeyView {
  @ApiProperty({ description: 'The key itself: shown once, never again' })
  key: string;
}

class KeyList {
  @ApiProperty({ type: [KeyView] })
  items: KeyView[];
}

@ApiTags('keys')
@ApiBearerAuth('apiKey')
@ProblemResponses(400, 401, 403, 429)
@Controller('keys')
export class KeysController {
  constructor(
    private readonly dataSource: DataSource,
    private readonly keyCache: ApiKeyCache,
  ) {}

  @Get()
  @Roles('admin')
  @ApiOperation({ summary: 'List API keys (admin)', description: 'Never includes the keys themselves.' })
  @ApiOkResponse({ type: KeyList })
  async list(): Promise<KeyList> {
    const rows = await this.dataSource.query(
      `SELECT k.id, k.name, k.role, k.key_prefix, k.created_at, k.last_used_at, k.revoked_at,
              coalesce(array_agg(i.institution_id) FILTER (WHERE i.institution_id IS NOT NULL), '{}') AS institution_ids
         FROM api_keys k LEFT JOIN api_key_institutions i ON i.api_key_id = k.id
        GROUP BY k.id ORDER BY k.created_at, k.id`,
    );
    return { items: rows.map(toKeyView) };
  }

  @Post()
  @HttpCode(201)
  @Roles('admin')
  @ApiOperation({ summary: 'Create an API key (admin)', description: 'The response holds the key: store it, it is not shown again.' })
  @ApiCreatedResponse({ type: CreatedKeyView })
  async create(@Body() body: CreateKeyDto, @CurrentPrincipal() principal: Principal, @Req() req: Request): Promise<CreatedKeyView> {
    try {
      return await recordChanges(this.dataSource.manager, actorOf(principal, req), async (changes) => {
        const { key, apiKey } = await createApiKey(changes.manager, body);
        const view = toKeyView({
          id: apiKey.id,
          name: apiKey.name,
          role: apiKey.role,
          key_prefix: apiKey.keyPrefix,
          institution_ids: apiKey.institutions.map((i) => i.id),
          created_at: apiKey.createdAt,
          last_used_at: null,
          revoked_at: null,
        });
        await changes.audit('create', 'api_key', apiKey.id, null, view);
        return { ...view, key };
      });
    } catch (error) {
      if (error instanceof ApiKeyInputError) {
        throw new ProblemException(400, 'Bad Request', 'The request has invalid fields.', [
          { field: error.field, message: error.message },
        ]);
      }
      throw error;
    }
  }

  @Delete(':id')
  @HttpCode(204)
  @Roles('admin')
  @ApiOperation({ summary: 'Revoke an API key (admin)' })
  @ApiNoContentResponse()
  @ProblemResponses(404)
  async revoke(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() principal: Principal, @Req() req: Request): Promise<void> {
    await recordChanges(this.dataSource.manager, actorOf(principal, req), async (changes) => {
      if (!(await revokeApiKey(changes.manager, id))) throw new ProblemException(404, 'Not Found', `No active key with id ${id}.`);
      const [{ key_prefix }] = await changes.manager.query(`SELECT key_prefix FROM api_keys WHERE id = $1`, [id]);
      this.keyCache.forget(key_prefix);
      await changes.audit('revoke', 'api_key', id, null, { revoked: true });
    });
  }
}

function toKeyView(row: Record<string, unknown>): KeyView {
  const iso = (value: unknown) => (value ? new Date(value as string).toISOString() : null);
  return {
    id: row.id as string,
    name: row.name as string,
    role: row.role as string,
    prefix: row.key_prefix as string,
    institutionIds: row.institution_ids as string[],
    createdAt: iso(row.created_at)!,
    lastUsedAt: iso(row.last_used_at),
    revokedAt: iso(row.revoked_at),
  };
}
