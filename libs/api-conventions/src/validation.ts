import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { ValidateIf } from 'class-validator';
import { ProblemException, type FieldError } from './problem-details';

/** Whitelisted, transformed input; anything unknown is an error naming the field. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: (errors) =>
      new ProblemException(400, 'Bad Request', 'The request has invalid fields.', flatten(errors)),
  });
}

function flatten(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({
      field,
      message: message.replace(/^property (\S+) should not exist$/, 'is not allowed'),
    }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/**
 * Optional but not nullable: the field may be left out, but a `null` is validated (and so rejected) like any other
 * value. `@IsOptional()` would let `null` through as if absent, which a PATCH would then write as a NULL.
 */
export const UnlessAbsent = (): PropertyDecorator => ValidateIf((_object, value) => value !== undefined);
