import { INVALID_FIELDS_ZH } from './chinese';
import { ProblemException, type FieldError } from './problem-details';

/**
 * The problems every feature raises, spelled once, each said in English and in Chinese: English by default,
 * Chinese when the request's Accept-Language prefers zh. The Chinese is a required argument, so no feature can
 * raise a problem the dashboard would have to show in English.
 */

/** 404: `detail` names what was looked for, e.g. `No project with id ….` */
export const notFound = (en: string, zh: string) => new ProblemException(404, 'Not Found', en).inChinese(zh);

/** 400 for one field, as validation reports them. */
export const invalid = (field: string, en: string, zh: string, location?: FieldError['location']) =>
  new ProblemException(400, 'Bad Request', 'The request has invalid fields.', [{ field, message: en, ...(location ? { location } : {}) }]).inChinese(
    INVALID_FIELDS_ZH,
    [{ field, message: zh, ...(location ? { location } : {}) }],
  );

export const forbidden = (en: string, zh: string) => new ProblemException(403, 'Forbidden', en).inChinese(zh);

export const conflict = (en: string, zh: string) => new ProblemException(409, 'Conflict', en).inChinese(zh);

const TITLES = {
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  412: 'Precondition Failed',
  422: 'Unprocessable Content',
  428: 'Precondition Required',
  429: 'Too Many Requests',
  503: 'Service Unavailable',
};

/** A problem said in English and Chinese. */
export const said = (status: keyof typeof TITLES, en: string, zh: string) => new ProblemException(status, TITLES[status], en).inChinese(zh);

/** 400 for one field, in English and Chinese. */
export const invalidSaid = (field: string, en: string, zh: string) => invalid(field, en, zh);
