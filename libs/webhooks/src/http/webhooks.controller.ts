import { Body, Controller, Delete, Get, Headers, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query, Req, Res } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { etag, Idempotent, PageQuery, ProblemResponses, requireIfMatch, RequiresIfMatch } from '@tracker/api-conventions';
import { actorOf, CurrentPrincipal, Roles, type Principal } from '@tracker/auth';
import type { Request, Response } from 'express';
import { CreateWebhookDto, DeliveryListQuery, UpdateWebhookDto } from './webhook.dto';
import { CreatedWebhookView, DeliveryPage, DeliveryView, WebhookList, WebhookView } from './webhook.views';
import { WebhooksService } from './webhooks.service';

const uuid = new ParseUUIDPipe({ version: '4' });
const SIGNING =
  'Each delivery is a POST of `{ id, type, occurredAt, data }` with `X-Signature: sha256=<hex HMAC-SHA256 of the raw ' +
  'body with the secret>`, `X-Event-Id` and `X-Timestamp`; a 2xx answer within 5 s acknowledges it, anything else is ' +
  'retried with exponential backoff and jitter, then dead-lettered. Delivery is at least once: deduplicate on X-Event-Id. ' +
  'Deliveries are concurrent and may arrive out of order: order events by occurredAt.';

@ApiTags('webhooks')
@ApiBearerAuth('apiKey')
@ProblemResponses(400, 401, 403, 429)
@Controller('webhooks')
export class WebhooksController {
  constructor(private readonly webhooks: WebhooksService) {}

  @Get()
  @Roles('admin')
  @ApiOperation({ summary: 'List webhook subscriptions (admin)', description: 'Sort: `createdAt`, `url`.' })
  @ApiOkResponse({ type: WebhookList })
  list(@Query() query: PageQuery) {
    return this.webhooks.list(query);
  }

  @Post()
  @HttpCode(201)
  @Roles('admin')
  @Idempotent()
  @ApiOperation({
    summary: 'Subscribe to events (admin)',
    description: `${SIGNING} Receivers on private or loopback addresses are refused unless the deployment allows them.`,
  })
  @ApiCreatedResponse({ type: CreatedWebhookView })
  async create(@Body() body: CreateWebhookDto, @CurrentPrincipal() principal: Principal, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    const webhook = await this.webhooks.create(body, actorOf(principal, req));
    res.setHeader('ETag', etag(webhook.version));
    res.setHeader('Location', `/api/v1/webhooks/${webhook.id}`);
    return webhook;
  }

  @Get(':id')
  @Roles('admin')
  @ApiOperation({ summary: 'Get a webhook subscription (admin)', description: 'The secret is never returned.' })
  @ApiOkResponse({ type: WebhookView })
  @ProblemResponses(404)
  async get(@Param('id', uuid) id: string, @Res({ passthrough: true }) res: Response) {
    const webhook = await this.webhooks.get(id);
    res.setHeader('ETag', etag(webhook.version));
    return webhook;
  }

  @Patch(':id')
  @Idempotent()
  @Roles('admin')
  @ApiOperation({ summary: 'Change a webhook subscription (admin)', description: 'url, events, secret (write-only), active.' })
  @RequiresIfMatch()
  @ApiOkResponse({ type: WebhookView })
  @ProblemResponses(404)
  async update(
    @Param('id', uuid) id: string,
    @Headers('if-match') ifMatch: string | undefined,
    @Body() body: UpdateWebhookDto,
    @CurrentPrincipal() principal: Principal,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    const webhook = await this.webhooks.update(id, requireIfMatch(ifMatch), body, actorOf(principal, req));
    res.setHeader('ETag', etag(webhook.version));
    return webhook;
  }

  @Delete(':id')
  @HttpCode(204)
  @Roles('admin')
  @ApiOperation({ summary: 'Delete a webhook subscription (admin)' })
  @RequiresIfMatch()
  @ApiNoContentResponse()
  @ProblemResponses(404)
  async remove(@Param('id', uuid) id: string, @Headers('if-match') ifMatch: string | undefined, @CurrentPrincipal() principal: Principal, @Req() req: Request) {
    await this.webhooks.remove(id, requireIfMatch(ifMatch), actorOf(principal, req));
  }

  @Get(':id/deliveries')
  @Roles('admin')
  @ApiOperation({ summary: 'Deliveries of a subscription, with every attempt (admin)', description: 'Newest first. Sort: `createdAt`.' })
  @ApiOkResponse({ type: DeliveryPage })
  @ProblemResponses(404)
  deliveries(@Param('id', uuid) id: string, @Query() query: DeliveryListQuery) {
    return this.webhooks.deliveries(id, query);
  }

  @Post(':id/deliveries/:deliveryId/retry')
  @HttpCode(202)
  @Roles('admin')
  @ApiOperation({
    summary: 'Send a dead delivery again (admin)',
    description:
      'A dead-lettered delivery (`status=dead`, listed by `GET /webhooks/{id}/deliveries?status=dead`) becomes ' +
      '`pending` and is queued once, with a full set of attempts; its earlier attempts stay in its log. A delivery ' +
      'that is not dead (already retried, pending or succeeded) is a 409. Audited as `retry` of a `webhook_delivery`.',
  })
  @ApiAcceptedResponse({ type: DeliveryView })
  @ProblemResponses(404, 409, 503)
  retry(@Param('id', uuid) id: string, @Param('deliveryId', uuid) deliveryId: string, @CurrentPrincipal() principal: Principal, @Req() req: Request) {
    return this.webhooks.retryDelivery(id, deliveryId, actorOf(principal, req));
  }
}
