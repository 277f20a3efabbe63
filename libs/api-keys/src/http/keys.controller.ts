import { Body, Controller, Delete, Get, Headers, HttpCode, Param, ParseUUIDPipe, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsString, IsUUID, MaxLength } from 'class-validator';
import { etag, invalid, NotBlank, notFound, ProblemResponses, requireIfMatch, RequiresIfMatch, UnlessAbsent } from '@tracker/api-conventions';
import { actorOf, CurrentPrincipal, Roles, ROLES, type Principal, type Role } from '@tracker/auth';
import type { Request, Response } from 'express';
import { ApiKeyInputError, ApiKeysService } from '../api-keys.service';
import { ApiKeyList, CreatedApiKeyView } from './api-key.views';

class CreateKeyDto {
  @ApiProperty({ example: 'ops' })
  @IsString()
  @NotBlank()
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

@ApiTags('keys')
@ApiBearerAuth('apiKey')
@ProblemResponses(400, 401, 403, 429)
@Controller('keys')
export class KeysController {
  constructor(private readonly keys: ApiKeysService) {}

  @Get()
  @Roles('admin')
  @ApiOperation({ summary: 'List API keys (admin)', description: 'Never includes the keys themselves.' })
  @ApiOkResponse({ type: ApiKeyList })
  async list(): Promise<ApiKeyList> {
    return { items: await this.keys.list() };
  }

  @Post()
  @HttpCode(201)
  @Roles('admin')
  @ApiOperation({ summary: 'Create an API key (admin)', description: 'The response holds the key: store it, it is not shown again.' })
  @ApiCreatedResponse({ type: CreatedApiKeyView })
  async create(
    @Body() body: CreateKeyDto,
    @CurrentPrincipal() principal: Principal,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<CreatedApiKeyView> {
    try {
      const { key, apiKey } = await this.keys.create(body, actorOf(principal, req));
      res.setHeader('ETag', etag(apiKey.version));
      return { ...apiKey, key };
    } catch (error) {
      if (error instanceof ApiKeyInputError) throw invalid(error.field, error.message, error.chinese);
      throw error;
    }
  }

  @Delete(':id')
  @HttpCode(204)
  @Roles('admin')
  @ApiOperation({ summary: 'Revoke an API key (admin)', description: 'If-Match carries the `version` the key list (or its creation) showed.' })
  @ApiNoContentResponse()
  @ProblemResponses(404)
  @RequiresIfMatch()
  async revoke(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentPrincipal() principal: Principal,
    @Req() req: Request,
  ): Promise<void> {
    const expectedVersion = requireIfMatch(ifMatch);
    if (!(await this.keys.revoke(id, expectedVersion, actorOf(principal, req)))) throw notFound(`No active key with id ${id}.`, `没有 ID 为 ${id} 的有效密钥。`);
  }
}
