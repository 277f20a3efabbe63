import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { PageQuery, UnlessAbsent } from '@tracker/api-conventions';
import { WEBHOOK_EVENTS } from '../webhook-subscription.entity';

export class CreateWebhookDto {
  @ApiProperty({ example: 'https://integrator.example.com/hooks/tracker', maxLength: 2000 })
  @IsString()
  @MaxLength(2000)
  url: string;

  @ApiProperty({ enum: WEBHOOK_EVENTS, isArray: true, example: ['milestone.overdue', 'progress.reported'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(WEBHOOK_EVENTS.length)
  @ArrayUnique()
  @IsIn(WEBHOOK_EVENTS, { each: true })
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
