import { applyDecorators, type Type } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiResponse } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { createHash } from 'node:crypto';
import { ifNoneMatch } from './concurrency';

export interface ConditionalWording {
  /** What the ETag is of, and how to use it. */
  etag: string;
  /** When 304 is answered. */
  notModified: string;
}

const FIGURES: ConditionalWording = {
  etag: 'Of these figures; send it as If-None-Match to get 304 while they are unchanged',
  notModified: 'Not Modified: the figures are those of the ETag sent in If-None-Match',
};

/** The OpenAPI of an answer with an ETag of its content that If-None-Match turns into 304. */
export const ConditionalAnswer = (type: Type, wording: ConditionalWording = FIGURES) =>
  applyDecorators(
    ApiOkResponse({ type, headers: { ETag: { description: wording.etag, schema: { type: 'string' } } } }),
    ApiResponse({ status: 304, description: wording.notModified }),
    ApiHeader({ name: 'If-None-Match', required: false, description: 'An ETag of an earlier answer to the same query' }),
  );

/** Sends the ETag; the body, or nothing with 304 when If-None-Match names that tag. */
export function answerConditionally<T>(req: Request, res: Response, body: T, etag: string): T | undefined {
  res.setHeader('ETag', etag);
  if (!ifNoneMatch(req.headers['if-none-match'], etag)) return body;
  res.status(304);
  return undefined;
}

/**
 * A strong ETag of an answer's text, prefixed by its kind (so two kinds of answer never share a tag): the same text
 * gives the same tag on every replica.
 */
export function strongEtag(kind: string, text: string): string {
  return `"${kind}-${createHash('sha256').update(text).digest('base64url').slice(0, 27)}"`;
}
