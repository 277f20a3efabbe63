import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { PageQuery, UnlessAbsent } from '@tracker/api-conventions';
import { IsPublicEventName, PUBLIC_EVENT_NAMES_ENUM } from '@tracker/events';

export class CreateWebhookDto {
  @ApiProperty({ example: 'https://integrator.example.com/hooks/tracker', maxLength: 2000 })
  @IsString()
  @MaxLength(2000)
  url: string;

  @ApiProperty({ enum: PUBLIC_EVENT_NAMES_ENUM, isArray: true, example: ['milestone.overdue', 'progress.reported'], description: 'Events to receive; their payloads are under x-webhooks' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ArrayUnique()
  @IsPublicEventName({ each: true })
  events: string[];

  @ApiPropertyOptional({ writeOnly: true, minLength: 16, maxLength: 200, description: 'Signing secret; generated and returned once when omitted' })
  @UnlessAbsent()
  @IsString()
  @Length(16, 200)
  secret?: string;

  @ApiPropertyOptional({ default: true })
  @UnlessAbsent()
  @IsBoolean()
  active?: boolean;
}

export class UpdateWebhookDto extends PartialType(CreateWebhookDto, { skipNullProperties: false }) {}

export class DeliveryListQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['pending', 'succeeded', 'failed', 'dead'] })
  @IsOptional()
  @IsIn(['pending', 'succeeded', 'failed', 'dead'])
  status?: string;
}
