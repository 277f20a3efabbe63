import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { Response } from 'express';
import { map, type Observable } from 'rxjs';
import { SerializedJson } from './pagination';

/**
 * Writes a SerializedJson body as the JSON text it already is. Any other value goes on to Nest's own JSON
 * serialisation untouched. Registered once for the api (APP_INTERCEPTOR).
 */
@Injectable()
export class SerializedJsonInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      map((value) => {
        if (!(value instanceof SerializedJson)) return value;
        context.switchToHttp().getResponse<Response>().type('application/json');
        return value.text;
      }),
    );
  }
}
