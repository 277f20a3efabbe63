import type { IncomingMessage, ServerResponse } from 'node:http';
import { ProblemException } from './problem-details';

/**
 * Bounds on a JSON body, checked on its bytes before it is parsed: no single request may keep the event loop busy
 * (parsing, transforming and validating a body costs time in its nesting and its number of values), and no text
 * PostgreSQL refuses (NUL, an unpaired surrogate) gets as far as a query.
 */
export interface JsonBodyLimits {
  /** Arrays and objects inside one another. */
  maxDepth: number;
  /** Values of every kind (objects, arrays, strings, numbers, literals), object keys not counted. */
  maxValues: number;
}

export const JSON_BODY_LIMITS: Readonly<JsonBodyLimits> = Object.freeze({ maxDepth: 32, maxValues: 10_000 });

const OPEN_OBJECT = 0x7b;
const OPEN_ARRAY = 0x5b;
const CLOSE_OBJECT = 0x7d;
const CLOSE_ARRAY = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COLON = 0x3a;

const badRequest = (detail: string, chinese: string) => new ProblemException(400, 'Bad Request', detail).inChinese(chinese);
const unstorable = () =>
  badRequest('The request contains a character that cannot be stored (NUL or an unpaired UTF-16 surrogate).', '请求中含有无法保存的字符（NUL 或不成对的 UTF-16 代理项）。');

/**
 * Scans JSON text once, in linear time, and throws a 400 problem when it nests deeper than allowed, holds too many
 * values, or escapes a NUL (`\u0000`) or an unpaired surrogate in a string. Malformed JSON is left to the parser.
 */
export function checkJsonBody(body: Buffer, limits: JsonBodyLimits = JSON_BODY_LIMITS): void {
  let depth = 0;
  let values = 0;
  let inString = false;
  let keyExpected = false; // a string right after `{` or `,` in an object is a key, not a value
  const stack: number[] = [];
  let pendingHigh = false; // the previous escape was a high surrogate, which a low one must follow at once
  let nextBackslash = -2; // -2: not looked for yet; -1: there is none
  for (let i = 0; i < body.length; i++) {
    if (inString && !pendingHigh) {
      // Jump to the next quote or backslash: the bytes between them are plain text (a raw control character there
      // is malformed JSON, which the parser refuses).
      const quote = body.indexOf(QUOTE, i);
      if (quote < 0) return;
      // The next backslash is remembered, so a body of many strings and one late backslash stays linear.
      if (nextBackslash === -2 || (nextBackslash >= 0 && nextBackslash < i)) nextBackslash = body.indexOf(BACKSLASH, i);
      i = nextBackslash >= 0 && nextBackslash < quote ? nextBackslash : quote;
    }
    const byte = body[i];
    if (inString) {
      if (byte === QUOTE) {
        if (pendingHigh) throw unstorable();
        inString = false;
      } else if (byte === BACKSLASH) {
        const next = body[i + 1];
        if (next === 0x75 /* u */) {
          const code = Number.parseInt(body.toString('latin1', i + 2, i + 6), 16);
          if (code === 0) throw unstorable();
          const high = code >= 0xd800 && code <= 0xdbff;
          const low = code >= 0xdc00 && code <= 0xdfff;
          if ((low && !pendingHigh) || (pendingHigh && !low) || (high && pendingHigh)) throw unstorable();
          pendingHigh = high;
          i += 5;
          continue;
        }
        if (pendingHigh) throw unstorable();
        i += 1;
      } else if (pendingHigh) {
        throw unstorable();
      }
      continue;
    }
    switch (byte) {
      case QUOTE:
        inString = true;
        if (!keyExpected) values++;
        keyExpected = false;
        break;
      case OPEN_OBJECT:
      case OPEN_ARRAY:
        values++;
        depth++;
        if (depth > limits.maxDepth) throw badRequest(`The JSON body nests deeper than ${limits.maxDepth} levels.`, `JSON 请求体嵌套超过 ${limits.maxDepth} 层。`);
        stack.push(byte);
        keyExpected = byte === OPEN_OBJECT;
        break;
      case CLOSE_OBJECT:
      case CLOSE_ARRAY:
        depth = Math.max(0, depth - 1);
        stack.pop();
        keyExpected = false;
        break;
      case 0x2c /* , */:
        keyExpected = stack[stack.length - 1] === OPEN_OBJECT;
        break;
      case COLON:
        keyExpected = false;
        break;
      case 0x20:
      case 0x09:
      case 0x0a:
      case 0x0d:
        break;
      default:
        // The first character of a number or a literal (true, false, null); the rest of it follows.
        values++;
        while (i + 1 < body.length && !isDelimiter(body[i + 1])) i++;
    }
    if (values > limits.maxValues) throw badRequest(`The JSON body holds more than ${limits.maxValues} values.`, `JSON 请求体的值超过 ${limits.maxValues} 个。`);
  }
}

function isDelimiter(byte: number): boolean {
  return byte === 0x2c || byte === CLOSE_OBJECT || byte === CLOSE_ARRAY || byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d || byte === COLON || byte === QUOTE || byte === OPEN_ARRAY || byte === OPEN_OBJECT;
}

/** For body-parser's `verify`: the check above on every JSON body, before JSON.parse sees it. */
export function verifyJsonBody(_request: IncomingMessage, _response: ServerResponse, body: Buffer): void {
  checkJsonBody(body);
}

/**
 * Express middleware: a URL that carries a NUL (`%00`) anywhere, in its path or its query, is refused with a 400
 * before any handler or query sees it. (Other bytes that are not UTF-8 decode to U+FFFD, which PostgreSQL stores.)
 */
export function rejectUnstorableUrl(request: IncomingMessage, _response: ServerResponse, next: (error?: unknown) => void): void {
  if (/%00/.test(request.url ?? '')) {
    next(badRequest('The request URL contains a NUL character (%00), which cannot be stored or searched for.', '请求地址含有 NUL 字符（%00），无法保存或搜索。'));
    return;
  }
  next();
}
