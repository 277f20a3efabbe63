import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ProblemResponses } from '@tracker/api-conventions';
import { ALL_ROLES, CurrentPrincipal, Roles, type Principal } from '@tracker/auth';
import { AcknowledgeNotificationsDto, NotificationQuery } from './notification.dto';
import { AcknowledgedView, NotificationPage } from './notification.views';
import { NotificationsService } from './notifications.service';

/**
 * The caller's reminders: a manager sees those of their institutions, finance the escalations, admins everything;
 * viewers receive none.
 */
@ApiTags('notifications')
@ApiBearerAuth('apiKey')
@ProblemResponses(400, 401, 403, 429)
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @Roles(...ALL_ROLES)
  @ApiOperation({
    summary: 'My reminders',
    description:
      'Newest first. Sort: `createdAt`, `dueDate`. Each names its project and institution. By default one entry per milestone, ' +
      'problem, or round and institution: the current reminder (unresolved; escalated over overdue over due soon). `history=true` lists all, with `resolvedAt`.',
  })
  @ApiOkResponse({ type: NotificationPage })
  list(@Query() query: NotificationQuery, @CurrentPrincipal() principal: Principal) {
    return this.notifications.list(query, principal);
  }

  @Post('ack')
  @HttpCode(200)
  // Viewers receive no reminders, so have none to acknowledge.
  @Roles('admin', 'finance', 'manager')
  @ApiOperation({
    summary: 'Acknowledge all my reminders',
    description:
      'Acknowledges (for the caller) every unresolved reminder of theirs, or those matching all the filters given; superseded ones too, ' +
      'so none comes back. Idempotent. Admins, finance and managers (viewers receive no reminders).',
  })
  @ApiOkResponse({ type: AcknowledgedView })
  acknowledgeAll(@Body() filters: AcknowledgeNotificationsDto, @CurrentPrincipal() principal: Principal): Promise<AcknowledgedView> {
    return this.notifications.acknowledgeAll(filters, principal);
  }

  @Post(':id/ack')
  @HttpCode(204)
  @Roles(...ALL_ROLES)
  @ApiOperation({ summary: 'Acknowledge a reminder', description: 'Idempotent; per caller.' })
  @ApiNoContentResponse()
  @ProblemResponses(404)
  async ack(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() principal: Principal): Promise<void> {
    await this.notifications.acknowledge(id, principal);
  }
}
