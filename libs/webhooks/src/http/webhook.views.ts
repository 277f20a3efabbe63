import { PageOf } from '@tracker/api-conventions';
import { ApiProperty } from '@nestjs/swagger';
import { PUBLIC_EVENT_NAMES_ENUM } from '@tracker/events';

export class WebhookView {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty({ example: 'https://integrator.example.com/hooks/tracker' })
  url: string;
  @ApiProperty({ enum: PUBLIC_EVENT_NAMES_ENUM, isArray: true })
  events: string[];
  @ApiProperty({ example: true })
  active: boolean;
  @ApiProperty({ format: 'date-time' })
  createdAt: string;
  @ApiProperty({ example: 1 })
  version: number;
}

export class CreatedWebhookView extends WebhookView {
  @ApiProperty({ type: String, nullable: true, description: 'The generated signing secret, shown once (null when you chose it)' })
  secret: string | null;
}

export class WebhookList {
  @ApiProperty({ type: [WebhookView] })
  items: WebhookView[];
  @ApiProperty({ type: String, nullable: true })
  nextCursor: string | null;
}

export class DeliveryAttemptView {
  @ApiProperty({ format: 'date-time' })
  attemptedAt: string;
  @ApiProperty({ type: Number, nullable: true, example: 500 })
  statusCode: number | null;
  @ApiProperty({ type: String, nullable: true, example: 'no answer within 5000 ms' })
  error: string | null;
  @ApiProperty({ example: 37 })
  durationMs: number;
}

export class DeliveryView {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty({ format: 'uuid' })
  eventId: string;
  @ApiProperty({ enum: PUBLIC_EVENT_NAMES_ENUM })
  eventType: string;
  @ApiProperty({ enum: ['pending', 'succeeded', 'failed', 'dead'] })
  status: string;
  @ApiProperty({ example: 1 })
  attempts: number;
  @ApiProperty({ type: Number, nullable: true, example: 200 })
  lastStatusCode: number | null;
  @ApiProperty({ type: String, nullable: true })
  lastError: string | null;
  @ApiProperty({ format: 'date-time' })
  createdAt: string;
  @ApiProperty({ type: [DeliveryAttemptView] })
  attemptLog: DeliveryAttemptView[];
}

export const DeliveryPage = PageOf(DeliveryView);
export type DeliveryPage = InstanceType<typeof DeliveryPage>;
