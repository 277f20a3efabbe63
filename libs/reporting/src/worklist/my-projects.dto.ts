import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { PageQuery } from '@tracker/api-conventions';

export class MyProjectsQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'One of the key’s institutions' })
  @IsOptional()
  @IsUUID()
  institutionId?: string;
}
