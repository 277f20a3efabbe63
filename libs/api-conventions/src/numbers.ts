import { ValidateBy, buildMessage, type ValidationOptions } from 'class-validator';

/**
 * The largest amount of money (万元) the API accepts anywhere: strictly below 1e12 万元. numeric(18,2) columns hold
 * less than 1e16, so a column summing ten thousand such amounts still fits, and 999,999,999,999.99 has 14
 * significant digits, exact through a double.
 */
export const MAX_WAN = 999_999_999_999.99;

/**
 * The decimal places of a finite number as JavaScript writes it (its shortest round-trip form), including the
 * exponent forms `1e-7` and `5e-324`, which class-validator's `maxDecimalPlaces` check crashes on.
 */
export function decimalPlaces(value: number): number {
  if (!Number.isFinite(value)) return Infinity;
  const match = /^-?\d+(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(value));
  if (!match) return Infinity;
  const fraction = match[1]?.length ?? 0;
  const exponent = match[2] ? Number(match[2]) : 0;
  return Math.max(0, fraction - exponent);
}

/** A finite JSON number with at most `places` decimals (`1e-7`, `5e-324` and NaN refused, never a crash). */
export function IsDecimal(places: number, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isDecimal',
      constraints: [places],
      validator: {
        validate: (value: unknown) => typeof value === 'number' && decimalPlaces(value) <= places,
        defaultMessage: buildMessage((each) => `${each}$property must be a number with at most $constraint1 decimals`, options),
      },
    },
    options,
  );
}
