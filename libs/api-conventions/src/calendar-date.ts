import { buildMessage, ValidateBy, type ValidationOptions } from 'class-validator';

export const EARLIEST_DATE = '2000-01-01';
export const LATEST_DATE = '2100-12-31';

/** A real calendar day written YYYY-MM-DD, within the years a five-year plan can concern. */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  if (value < EARLIEST_DATE || value > LATEST_DATE) return false;
  const [year, month, day] = value.split('-').map(Number);
  // Date.UTC rolls 2024-02-30 over into March; only a day that exists survives the round trip unchanged.
  return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10) === value;
}

export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isCalendarDate',
      validator: {
        validate: isCalendarDate,
        defaultMessage: buildMessage(
          (each) => `${each}$property must be a calendar date YYYY-MM-DD between ${EARLIEST_DATE} and ${LATEST_DATE}`,
          options,
        ),
      },
    },
    options,
  );
}
