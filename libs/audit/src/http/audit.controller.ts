import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ProblemResponses } from '@tracker/api-conventions';
import { CurrentPrincipal, Roles, type Principal } from '@tracker/auth';
import { AuditQuery } from './audit.dto';
import { AuditService, FINANCE_ENTITY_TYPES } from './audit.service';
import { AuditPage } from './audit.views';

@ApiTags('audit')
@ApiBearerAuth('apiKey')
@ProblemResponses(400, 401, 403, 429)
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @Roles('admin', 'finance')
  @ApiOperation({
    summary: 'Read the audit log',
    description:
      'Who changed what, when, from what to what: newest first, keyset pages via `cursor`. Admins read every entry; ' +
      `finance reads the entries of ${FINANCE_ENTITY_TYPES.map((t) => `\`${t}\``).join(', ')} (403 when asking for ` +
      'another entityType); other roles may not read the log.',
  })
  @ApiOkResponse({ type: AuditPage })
  list(@Query() query: AuditQuery, @CurrentPrincipal() principal: Principal) {
    return this.audit.list(query, principal);
  }
}
