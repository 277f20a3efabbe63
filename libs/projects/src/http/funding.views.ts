import { ApiProperty } from '@nestjs/swagger';
import { FUNDING_SOURCES, FUNDING_STATUSES } from '../project.types';

export class FundingLineView {
  @ApiProperty({ enum: FUNDING_SOURCES, example: 'central_budget' })
  source: string;
  @ApiProperty({ example: 6000, description: '万元' })
  amountWan: number;
  @ApiProperty({ enum: FUNDING_STATUSES, example: 'secured' })
  status: string;
  @ApiProperty({ type: String, nullable: true, example: '中央预算内投资（2022年）' })
  note: string | null;
}

export class FundingView {
  @ApiProperty({ format: 'uuid' })
  projectId: string;
  @ApiProperty({ type: [FundingLineView], description: 'Ordered by source, then status, then amount (largest first)' })
  items: FundingLineView[];
  @ApiProperty({ example: 12000, description: '万元, the sum of the lines' })
  totalWan: number;
  @ApiProperty({ type: Number, nullable: true, example: 12000, description: 'The project’s planned investment, 万元' })
  investmentWan: number | null;
  @ApiProperty({ type: Boolean, nullable: true, example: true, description: 'totalWan equals investmentWan; null without an investment figure' })
  balanced: boolean | null;
  @ApiProperty({ type: Number, nullable: true, example: 0, description: 'totalWan − investmentWan; null without an investment figure' })
  differenceWan: number | null;
  @ApiProperty({ example: 3, description: 'The project’s version, which a funding change bumps (its ETag)' })
  version: number;
}
