import { ValidateBy, type ValidationOptions } from 'class-validator';
import { publicEventNames, registeredEvent } from './event-catalogue';

/** A name of a public event of the catalogue (checked when a request is validated, once every feature has loaded). */
export function IsPublicEventName(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isPublicEventName',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && registeredEvent(value)?.public === true,
        defaultMessage: () => `each value in $property must be one of the following values: ${publicEventNames().join(', ')}`,
      },
    },
    options,
  );
}
