import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, Matches, Max, Min } from 'class-validator';

export class AnnualSheetQuery {
  @ApiProperty({ example: 2022, description: 'The year of the annual plans' })
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year: number;

  @ApiProperty({ example: '2022-05', description: 'The month of the progress figures, within the year' })
  @Matches(/^(20\d\d|2100)-(0[1-9]|1[0-2])$/, { message: 'period must be a month YYYY-MM' })
  period: string;
}
