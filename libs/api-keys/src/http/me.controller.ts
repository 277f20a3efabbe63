import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { ProblemResponses } from '@tracker/api-conventions';
import { ALL_ROLES, CurrentPrincipal, ROLES, Roles, type Principal } from '@tracker/auth';
import { InstitutionsRepository } from '@tracker/plans';

class InstitutionRef {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty({ example: '德阳市罗江区人民医院' })
  name: string;
}

class MeView {
  @ApiProperty({ format: 'uuid', description: 'The API key the request was made with' })
  keyId: string;
  @ApiProperty({ example: 'ops', description: 'The name the key was created with' })
  name: string;
  @ApiProperty({ enum: ROLES })
  role: string;
  @ApiProperty({
    type: [InstitutionRef],
    description: 'For a manager, the institutions whose projects it may change (by name order); empty for other roles',
  })
  institutions: InstitutionRef[];
}

/**
 * Who the caller is: lets a client (the dashboard) show the signed-in key and offer only what its role may do,
 * instead of finding out from 403s.
 */
@ApiTags('keys')
@ApiBearerAuth('apiKey')
@ProblemResponses(401, 429)
@Controller('me')
export class MeController {
  constructor(private readonly institutions: InstitutionsRepository) {}

  @Get()
  @Roles(...ALL_ROLES)
  @ApiOperation({ summary: 'The caller: key, role and, for managers, the institutions in scope' })
  @ApiOkResponse({ type: MeView })
  async me(@CurrentPrincipal() principal: Principal): Promise<MeView> {
    const institutions = await this.institutions.refsOf(principal.institutionIds);
    return { keyId: principal.keyId, name: principal.name, role: principal.role, institutions };
  }
}
