import { Controller, HttpCode, Param, Post, type OnModuleInit } from '@nestjs/common';
import { DiscoveryService, Reflector } from '@nestjs/core';
import { ApiAcceptedResponse, ApiBearerAuth, ApiOperation, ApiParam, ApiProperty, ApiTags } from '@nestjs/swagger';
import { notFound, ProblemResponses } from '@tracker/api-conventions';
import { Roles } from '@tracker/auth';
import { MANUAL_JOB, type ManualJob, type ManualJobInfo } from '@tracker/platform';

class JobStarted {
  @ApiProperty({ example: 'rollups' })
  name: string;
  @ApiProperty({ example: '42' })
  jobId: string;
}

/** Runs a background job now, instead of waiting for its schedule: any producer marked @RunnableJob. */
@ApiTags('jobs')
@ApiBearerAuth('apiKey')
@ProblemResponses(401, 403, 404, 429, 503)
@Controller('jobs')
export class JobsController implements OnModuleInit {
  private readonly jobs = new Map<string, ManualJob>();

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly reflector: Reflector,
  ) {}

  onModuleInit(): void {
    for (const wrapper of this.discovery.getProviders()) {
      const info = wrapper.metatype && this.reflector.get<ManualJobInfo | undefined>(MANUAL_JOB, wrapper.metatype);
      if (info && wrapper.instance) this.jobs.set(info.name, wrapper.instance as ManualJob);
    }
  }

  @Post(':name/run')
  @HttpCode(202)
  @Roles('admin')
  @ApiOperation({
    summary: 'Run a job now (admin)',
    description:
      'The jobs are those the features mark runnable: `rollups` recomputes every finance rollup, `reminders` scans ' +
      'milestones for due, overdue and escalated reminders, `retention` prunes handled outbox events, settled webhook ' +
      'deliveries and acknowledged notifications past their retention. An unknown name is a 404 that lists them.',
  })
  @ApiParam({ name: 'name', example: 'rollups' })
  @ApiAcceptedResponse({ type: JobStarted })
  async run(@Param('name') name: string): Promise<JobStarted> {
    const job = this.jobs.get(name);
    if (!job) throw notFound(
        `No job named ${name}; jobs: ${[...this.jobs.keys()].sort().join(', ')}.`,
        `没有名为 ${name} 的任务；可用任务：${[...this.jobs.keys()].sort().join('、')}。`,
      );
    return { name, jobId: await job.runNow() };
  }
}
