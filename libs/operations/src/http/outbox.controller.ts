import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ProblemResponses } from '@tracker/api-conventions';
import { Roles } from '@tracker/auth';
import { OutboxRepository } from '@tracker/events';
import { OutboxEventPage, OutboxListQuery } from './outbox.dto';

/** The outbox as operators need it: what is waiting to be published or handled, and what was. */
@ApiTags('operations')
@ApiBearerAuth('apiKey')
@ProblemResponses(400, 401, 403, 429)
@Controller('outbox')
export class OutboxController {
  constructor(private readonly outbox: OutboxRepository) {}

  @Get()
  @Roles('admin')
  @ApiOperation({
    summary: 'List outbox events (admin)',
    description:
      'Every change writes its events to the outbox in its own transaction; the worker’s relay publishes them to ' +
      'the events queue and marks each handled once every handler ran. Newest first. Sort: `position`.',
  })
  @ApiOkResponse({ type: OutboxEventPage })
  list(@Query() query: OutboxListQuery) {
    return this.outbox.list({ status: query.status, type: query.type }, query);
  }
}
