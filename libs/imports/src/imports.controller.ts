import { Controller, HttpCode, Post, Query, Req, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional, Matches } from 'class-validator';
import { ProblemException, ProblemResponses } from '@tracker/api-conventions';
import { actorOf, CurrentPrincipal, Roles, type Principal } from '@tracker/auth';
import { PARSER_LIMITS, PlanParseError } from '@tracker/plan-parser';
import type { Request } from 'express';
import { resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { ImportReportView } from './import-report.view';
import { parseImportFile } from './import-source';
import { ImportTargetError, runImport } from './plan-importer';

class ImportQuery {
  @ApiPropertyOptional({ default: false, description: 'Preview: report what would change, write nothing' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  dryRun?: boolean;

  @ApiPropertyOptional({ example: '510604-2021-2025', description: 'Required for .csv and .xlsx project lists' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9._-]{1,64}$/, { message: 'planCode must be a plan code such as 510604-2021-2025' })
  planCode?: string;
}

interface UploadedPlanFile {
  originalname: string;
  buffer: Buffer;
  size: number;
}

@ApiTags('imports')
@ApiBearerAuth('apiKey')
@ProblemResponses(400, 401, 403, 413, 429)
@Controller('imports')
export class ImportsController {
  constructor(private readonly dataSource: DataSource) {}

  @Post()
  @HttpCode(200)
  @Roles('admin')
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: PARSER_LIMITS.maxBytes, files: 1, fields: 5 } }))
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: { file: { type: 'string', format: 'binary', description: 'A plan document (.txt) or a project list (.csv, .xlsx)' } },
    },
  })
  @ApiOperation({
    summary: 'Import a plan document or a project list (admin)',
    description:
      `All or nothing, in one transaction, and idempotent: importing the same file twice changes nothing; a newer ` +
      `version updates its projects in place. Files up to ${PARSER_LIMITS.maxBytes} bytes. Errors name the line or cell.`,
  })
  @ApiOkResponse({ type: ImportReportView })
  async import(
    @UploadedFile() file: UploadedPlanFile | undefined,
    @Query() query: ImportQuery,
    @CurrentPrincipal() principal: Principal,
    @Req() req: Request,
  ) {
    if (!file) throw invalid('file', 'send the file as multipart field "file"');
    try {
      const parsed = await parseImportFile(file.buffer, file.originalname, {
        planCode: query.planCode,
        curatedDir: resolve(process.cwd(), 'seeds/curated'),
      });
      return await runImport(this.dataSource.manager, parsed, {
        file: file.originalname,
        actor: actorOf(principal, req),
        dryRun: query.dryRun ?? false,
      });
    } catch (error) {
      if (error instanceof PlanParseError) throw invalid('file', error.message, error.line);
      if (error instanceof ImportTargetError) throw invalid(error.field, error.message);
      throw error;
    }
  }
}

function invalid(field: string, message: string, line?: number | null): ProblemException {
  return new ProblemException(
    400,
    'Bad Request',
    line ? `The file cannot be imported (line ${line}); nothing was written.` : 'The file cannot be imported; nothing was written.',
    [{ field, message }],
  );
}
