import { Controller, Get, Res } from '@nestjs/common';
import { ApiOperation, ApiProperty, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { HealthService, type HealthReport } from '@tracker/platform';
import { ProblemResponses } from '@tracker/api-conventions';
import { Public } from '@tracker/auth';

class HealthResponse implements HealthReport {
  @ApiProperty({ enum: ['ok', 'degraded'], example: 'ok' })
  status: 'ok' | 'degraded';
  @ApiProperty({ enum: ['ok', 'down'], example: 'ok' })
  db: 'ok' | 'down';
  @ApiProperty({ enum: ['ok', 'down'], example: 'ok' })
  queue: 'ok' | 'down';
  @ApiProperty({ enum: ['redis', 'postgres'], example: 'redis' })
  queueBackend: 'redis' | 'postgres';
}

class LivenessResponse {
  @ApiProperty({ enum: ['ok'], example: 'ok' })
  status: 'ok';
}

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Liveness and dependencies', description: 'No authentication. 503 names the dependency that is down.' })
  @ApiResponse({ status: 200, type: HealthResponse })
  @ProblemResponses(429)
  @ApiResponse({ status: 503, type: HealthResponse, description: 'PostgreSQL or the queue is unreachable' })
  async get(@Res({ passthrough: true }) response: Response): Promise<HealthReport> {
    const report = await this.health.check();
    response.status(report.status === 'ok' ? 200 : 503);
    response.setHeader('Cache-Control', 'no-store');
    return report;
  }

  @Get('live')
  @Public()
  @ApiOperation({
    summary: 'Liveness: the process runs',
    description: 'No authentication. 200 as long as the process answers, whatever its dependencies: an orchestrator restarts the process only when this fails.',
  })
  @ApiResponse({ status: 200, type: LivenessResponse })
  @ProblemResponses(429)
  live(@Res({ passthrough: true }) response: Response): LivenessResponse {
    response.setHeader('Cache-Control', 'no-store');
    return { status: 'ok' };
  }

  @Get('ready')
  @Public()
  @ApiOperation({
    summary: 'Readiness: PostgreSQL and the queue backend answer',
    description: 'No authentication. 503 while PostgreSQL or the queue backend is unreachable: an orchestrator sends no traffic to this process until it is 200 again.',
  })
  @ApiResponse({ status: 200, type: HealthResponse })
  @ProblemResponses(429)
  @ApiResponse({ status: 503, type: HealthResponse, description: 'PostgreSQL or the queue is unreachable' })
  async ready(@Res({ passthrough: true }) response: Response): Promise<HealthReport> {
    return this.get(response);
  }
}
