import { applyDecorators, UseInterceptors } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import { IdempotencyInterceptor } from './idempotency.interceptor';
import { ProblemResponses } from './problem-responses';

/** A write (POST, PATCH, PUT) that honours `Idempotency-Key`, and says so in the OpenAPI document. */
export const Idempotent = () =>
  applyDecorators(
    UseInterceptors(IdempotencyInterceptor),
    ApiHeader({
      name: 'Idempotency-Key',
      required: false,
      description: 'A repeat of this request with the same key returns the first answer instead of writing again (keys are kept per API key)',
    }),
    ProblemResponses(409, 422),
  );

/** A write that needs `If-Match` with the version read: documents the header and its 412 and 428 answers. */
export const RequiresIfMatch = (description = 'The ETag of the version you read, e.g. "3"') =>
  applyDecorators(ApiHeader({ name: 'If-Match', required: true, description }), ProblemResponses(412, 428));
