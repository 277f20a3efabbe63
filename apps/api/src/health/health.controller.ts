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
}
