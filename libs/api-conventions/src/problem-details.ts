import { ArgumentsHost, Catch, HttpException, HttpStatus, Logger, type ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';
import { QueryFailedError } from 'typeorm';
import { CHINESE_TITLES } from './chinese';
import { prefersChinese } from './language';

export interface FieldError {
  field: string;
  message: string;
  /** Where in an uploaded spreadsheet or document the problem is. */
  location?: { sheet?: string; row?: number; column?: string; header?: string; line?: number };
}

/** A problem the client can fix, with the fields at fault (RFC 9457 `errors` extension). */
export class ProblemException extends HttpException {
  constructor(
    status: number,
    readonly title: string,
    detail: string,
    readonly errors?: FieldError[],
    readonly headers: Record<string, string> = {},
  ) {
    super(detail, status);
  }

  /** The detail (and field messages) for a client that asks for Chinese (Accept-Language: zh). */
  chinese?: { detail: string; errors?: FieldError[] };

  /** Says the same in Chinese; the filter answers in it when the request prefers Chinese. */
  inChinese(detail: string, errors?: FieldError[]): this {
    this.chinese = { detail, errors };
    return this;
  }
}

/**
 * Every error leaves as RFC 9457 problem details. Unknown errors become a bare 500 (logged with their stack,
 * never sent); database errors caused by input become 4xx; an unreachable database becomes 503.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('http');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const response = http.getResponse<Response>();
    const request = http.getRequest<Request>();
    const chinese = prefersChinese(request);
    const problem = this.toProblem(exception, chinese);
    if (chinese) problem.title = CHINESE_TITLES[problem.status] ?? problem.title;
    if (problem.status >= 500) {
      this.logger.error(
        { msg: 'request failed', path: request.path, method: request.method, error: String(exception) },
        exception instanceof Error ? exception.stack : undefined,
      );
    }
    if (response.headersSent) return;
    for (const [name, value] of Object.entries(problem.headers ?? {})) response.setHeader(name, value);
    delete problem.headers;
    response.status(problem.status).type('application/problem+json').send(JSON.stringify(problem));
  }

  private toProblem(exception: unknown, chinese: boolean): Problem {
    if (exception instanceof ProblemException) {
      const said = chinese && exception.chinese ? exception.chinese : { detail: exception.message, errors: exception.errors };
      const errors = said.errors ?? exception.errors;
      return {
        type: typeFor(exception.getStatus()),
        title: exception.title,
        status: exception.getStatus(),
        detail: said.detail,
        ...(errors ? { errors } : {}),
        headers: exception.headers,
      };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const body = exception.getResponse();
      const detail =
        typeof body === 'object' && body !== null && 'message' in body
          ? [(body as { message: unknown }).message].flat().join('; ')
          : exception.message;
      // Nest's and Express's own (an unknown route, a body too large …): their words in English, the status in Chinese.
      return { type: typeFor(status), title: titleFor(status), status, detail: chinese ? genericChinese(status) : detail };
    }
    const problem = this.untranslated(exception);
    return chinese ? { ...problem, detail: CHINESE_DETAILS[problem.detail] ?? genericChinese(problem.status) } : problem;
  }

  private untranslated(exception: unknown): Problem {
    if (exception instanceof QueryFailedError) return fromDatabaseError(exception);
    if (isConnectionError(exception)) {
      return { type: typeFor(503), title: 'Service Unavailable', status: 503, detail: 'The database is unavailable.' };
    }
    return {
      type: typeFor(500),
      title: 'Internal Server Error',
      status: 500,
      detail: 'An unexpected error occurred.',
    };
  }
}

interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: FieldError[];
  headers?: Record<string, string>;
}

function fromDatabaseError(error: QueryFailedError): Problem {
  const code = (error.driverError as { code?: string } | undefined)?.code;
  // Input normally fails validation first; these are the safety net for what only the database can see.
  switch (code) {
    case '23505':
      return { type: typeFor(409), title: 'Conflict', status: 409, detail: 'A resource with these values exists.' };
    case '23503':
      return { type: typeFor(409), title: 'Conflict', status: 409, detail: 'A referenced resource does not exist or is still referenced.' };
    case '23502':
    case '23514':
    case '22P02':
    case '22003':
    case '22007':
    case '22008':
      return { type: typeFor(400), title: 'Bad Request', status: 400, detail: 'A value is out of range or malformed.' };
    case '57014':
      return { type: typeFor(503), title: 'Service Unavailable', status: 503, detail: 'The query took too long.' };
    default:
      // Class 22, data exception: a value PostgreSQL cannot take (22021 a NUL or a byte sequence not in UTF-8,
      // 22P05 an escape jsonb refuses, 22001 too long …). Validation refuses these first; this is the net.
      if (code?.startsWith('22')) {
        return { type: typeFor(400), title: 'Bad Request', status: 400, detail: 'A value is out of range or malformed.' };
      }
      if (code?.startsWith('08') || code?.startsWith('57P')) {
        return { type: typeFor(503), title: 'Service Unavailable', status: 503, detail: 'The database is unavailable.' };
      }
      return { type: typeFor(500), title: 'Internal Server Error', status: 500, detail: 'An unexpected error occurred.' };
  }
}

function isConnectionError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : '';
  const raw = (error as { code?: unknown } | null)?.code;
  const code = typeof raw === 'string' ? raw : '';
  return (
    code === 'ECONNREFUSED' ||
    code === 'ECONNRESET' ||
    // SQLSTATE 08 (connection exception, but 08P01, a protocol violation: a bug) and 57P (shutting down, starting
    // up, crash recovery) come from a server that is there but cannot serve yet, e.g. while it restarts.
    (code.startsWith('08') && code !== '08P01') ||
    code.startsWith('57P') ||
    /timeout exceeded when trying to connect|Connection terminated|connect ECONNREFUSED/i.test(message)
  );
}

/** The details this filter writes itself, in Chinese. */
export const CHINESE_DETAILS: Readonly<Record<string, string>> = {
  'A resource with these values exists.': '已存在相同取值的记录。',
  'A referenced resource does not exist or is still referenced.': '引用的记录不存在，或仍被其他记录引用。',
  'A value is out of range or malformed.': '有值超出范围或格式不正确。',
  'The query took too long.': '查询耗时过长。',
  'The database is unavailable.': '数据库暂不可用。',
  'An unexpected error occurred.': '发生了意外错误。',
};

function genericChinese(status: number): string {
  if (status === 400) return '请求中有无法识别的值。';
  if (status === 404) return '没有这个地址或资源。';
  if (status === 413) return '请求体过大。';
  if (status === 415) return '不支持的内容类型。';
  return `${CHINESE_TITLES[status] ?? '请求失败'}（HTTP ${status}）。`;
}

function typeFor(status: number): string {
  return `https://httpstatuses.io/${status}`;
}

function titleFor(status: number): string {
  return (HttpStatus[status] ?? 'Error')
    .toString()
    .toLowerCase()
    .replace(/_/g, ' ')
    .replace(/\b\w/g, (c) => c.toUpperCase());
}
