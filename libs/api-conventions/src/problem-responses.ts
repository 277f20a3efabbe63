import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, ApiResponse } from '@nestjs/swagger';

export class FileLocationView {
  @ApiPropertyOptional({ example: '项目表', description: 'The sheet of a workbook' })
  sheet?: string;
  @ApiPropertyOptional({ example: 12, description: 'The row as Excel numbers it' })
  row?: number;
  @ApiPropertyOptional({ example: 'E', description: 'The column letter' })
  column?: string;
  @ApiPropertyOptional({ example: '总投资', description: 'The header of that column' })
  header?: string;
  @ApiPropertyOptional({ example: 492, description: 'The line of a plan document' })
  line?: number;
}

export class FieldErrorView {
  @ApiProperty({ example: 'investmentWan' })
  field: string;
  @ApiProperty({ example: 'investmentWan must not be less than 0' })
  message: string;
  @ApiPropertyOptional({ type: FileLocationView, description: 'For an uploaded file: where in it the problem is' })
  location?: FileLocationView;
}

/** RFC 9457 problem details, as every error of the API is sent (`application/problem+json`). */
export class ProblemView {
  @ApiProperty({ example: 'https://httpstatuses.io/400' })
  type: string;
  @ApiProperty({ example: 'Bad Request' })
  title: string;
  @ApiProperty({ example: 400 })
  status: number;
  @ApiProperty({ example: 'The request has invalid fields.' })
  detail: string;
  @ApiPropertyOptional({ type: [FieldErrorView] })
  errors?: FieldErrorView[];
}

const DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid input; `errors` names each field',
  401: 'No valid API key',
  403: 'The key’s role (or a manager’s institutions) does not allow this',
  404: 'No such resource',
  409: 'Conflicts with existing data, or the same Idempotency-Key is in progress',
  412: 'If-Match names a version that is no longer current',
  422: 'The Idempotency-Key was used for a different request',
  428: 'If-Match is required',
  429: 'Rate limit exceeded; see Retry-After',
  503: 'A dependency is unavailable',
};

/** Documents the problem responses an operation can return. */
export function ProblemResponses(...statuses: number[]) {
  return applyDecorators(
    ...statuses.map((status) =>
      ApiResponse({
        status,
        description: DESCRIPTIONS[status] ?? 'Error',
        content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemView' } } },
      }),
    ),
  );
}
