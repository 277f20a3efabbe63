import { ArgumentsHost, Catch, HttpException, HttpStatus, Logger, type ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';
import { QueryFailedError } from 'typeorm';

export interface FieldError {
  field: string;
  message: string;
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
    const problem = this.toProblem(exception);
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

  private toProblem(exception: unknown): Problem {
    if (exception instanceof ProblemException) {
      return {
        type: typeFor(exception.getStatus()),
        title: exception.title,
        status: exception.getStatus(),
        detail: exception.message,
        ...(exception.errors ? { errors: exception.errors } : {}),
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
      return { type: typeFor(status), title: titleFor(status), status, detail };
    }
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
