import { Injectable, ValidationPipe, type PipeTransform, type ValidationError } from '@nestjs/common';
import { Matches, ValidateIf, type ValidatorOptions } from 'class-validator';
import { invalidSaid } from './problems';
import { INVALID_FIELDS_ZH, validationMessageInChinese } from './chinese';
import { ProblemException, type FieldError } from './problem-details';

/** Whitelisted, transformed input; anything unknown is an error naming the field. */
export function createValidationPipe(): ValidationPipe {
  return new SafeValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => {
      const found = flatten(errors);
      return new ProblemException(400, 'Bad Request', 'The request has invalid fields.', found.map((f) => f.en)).inChinese(
        INVALID_FIELDS_ZH,
        found.map((f) => f.zh),
      );
    },
  });
}

/**
 * A validator that throws on a value it did not expect (class-validator's own `maxDecimalPlaces` on `1e-7` did) is
 * a value the API cannot accept: a 400, never a 500.
 */
class SafeValidationPipe extends ValidationPipe {
  protected override async validate(object: object, validatorOptions?: ValidatorOptions): Promise<ValidationError[]> {
    try {
      return await super.validate(object, validatorOptions);
    } catch {
      throw new ProblemException(400, 'Bad Request', 'The request has a value that cannot be validated.').inChinese('请求中有无法校验的值。');
    }
  }
}

/** A value of the wrong type also breaks its bounds; only the type is worth saying then (`abc` is not a number, not "above 1e12"). */
const TYPE_CHECKS = new Set(['isDecimal', 'isNumber', 'isInt', 'isString', 'isBoolean', 'isArray', 'isUuid', 'isCalendarDate', 'isDateString', 'isIso8601']);
const BOUNDS = new Set(['min', 'max', 'maxLength', 'minLength', 'isLength', 'arrayMaxSize', 'arrayMinSize', 'isPositive']);

function flatten(errors: ValidationError[], parent = ''): { en: FieldError; zh: FieldError }[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const constraints = Object.entries(error.constraints ?? {});
    const wrongType = constraints.some(([name]) => TYPE_CHECKS.has(name));
    const own = constraints
      .filter(([name]) => !(wrongType && BOUNDS.has(name)))
      .sort(([a], [b]) => Number(TYPE_CHECKS.has(b)) - Number(TYPE_CHECKS.has(a)))
      .map(([name, message]) => ({
        en: { field, message: name === 'whitelistValidation' ? 'is not allowed' : message },
        zh: { field, message: validationMessageInChinese(name, field, message) },
      }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/**
 * Optional but not nullable: the field may be left out, but a `null` is validated (and so rejected) like any other
 * value. `@IsOptional()` would let `null` through as if absent, which a PATCH would then write as a NULL.
 */
export const UnlessAbsent = (): PropertyDecorator => ValidateIf((_object, value) => value !== undefined);

/** Text with something in it: '' and '   ' are refused alike (IsNotEmpty lets blanks through). */
export const NotBlank = (): PropertyDecorator => Matches(/\S/, { message: '$property must not be blank' });

/** A division code (行政区划代码, GB/T 2260): six digits. */
export const REGION_CODE = /^\d{6}$/;

/** `regionCode` (or another field) must be a division code. */
export const IsRegionCode = (field = 'regionCode'): PropertyDecorator =>
  Matches(REGION_CODE, { message: `${field} must be a 6-digit division code` });

/** A division code in the path. */
@Injectable()
export class RegionCodePipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!REGION_CODE.test(value)) {
      throw invalidSaid('code', 'code must be a 6-digit division code', '行政区划代码必须是 6 位数字');
    }
    return value;
  }
}
