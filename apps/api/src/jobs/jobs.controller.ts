import { Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiOperation, ApiParam, ApiProperty, ApiTags } from '@nestjs/swagger';
import { ProblemException, ProblemResponses } from '@tracker/api-conventions';
import { Roles } from '@tracker/auth';
import { RollupJobs } from '@tracker/finance';
import { ReminderJobs } from '@tracker/notifications';

class JobStarted {
  @ApiProperty({ example: 'rollups' })
  name: string;
  @ApiProperty({ example: '42' })
  jobId: string;
}

/** Runs a background job now, instead of waiting for its schedule. */
@ApiTags('jobs')
@ApiBearerAuth('apiKey')
@ProblemResponses(401, 403, 404, 429, 503)
@Controller('jobs')
export class JobsController {
  constructor(
    private readonly rollups: RollupJobs,
    private readonly reminders: ReminderJobs,
  ) {}

  @Post(':name/run')
  @HttpCode(202)
  @Roles('admin')
  @ApiOperation({
    summary: 'Run a job now (admin)',
    description: '`rollups`: recompute every finance rollup. `reminders`: scan milestones for due, overdue and escalated reminders.',
  })
  @ApiParam({ name: 'name', enum: ['rollups', 'reminders'] })
  @ApiAcceptedResponse({ type: JobStarted })
  async run(@Param('name') name: string): Promise<JobStarted> {
    if (name === 'rollups') return { name, jobId: await this.rollups.runFullNow() };
    if (name === 'reminders') return { name, jobId: await this.reminders.runNow() };
    throw new ProblemException(404, 'Not Found', `No job named ${name}; jobs: rollups, reminders.`);
  }
}
