import type { Type } from '@nestjs/common';
import { getSchemaPath } from '@nestjs/swagger';
import { publicEventNames, registeredEvents } from './event-catalogue';

/** The payload classes of the public events, for the OpenAPI document's components. */
export function eventPayloadModels(): Type[] {
  return [...new Set(registeredEvents().filter((event) => event.public).map((event) => event.payload))];
}

/**
 * The public events as OpenAPI webhooks (`x-webhooks`, as OpenAPI 3.0 documents carry them): what a subscriber's
 * endpoint receives for each, the envelope around the event's payload.
 */
export function eventWebhooks(): Record<string, unknown> {
  const webhooks: Record<string, unknown> = {};
  for (const event of registeredEvents().filter((e) => e.public)) {
    webhooks[event.name] = {
      post: {
        operationId: `Webhook_${event.name.replace('.', '_')}`,
        summary: event.summary,
        // The receiver checks X-Signature instead (an HMAC, not an OpenAPI security scheme).
        security: [],
        description:
          `Sent to subscriptions to \`${event.name}\`. Signed: \`X-Signature: sha256=<hex HMAC-SHA256 of the raw body>\`, ` +
          'with `X-Event-Id` (deduplicate on it: delivery is at least once) and `X-Timestamp`.',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['id', 'type', 'occurredAt', 'data'],
                properties: {
                  id: { type: 'string', format: 'uuid', description: 'The event id, also in X-Event-Id' },
                  type: { type: 'string', enum: [event.name] },
                  occurredAt: { type: 'string', format: 'date-time' },
                  data: { $ref: getSchemaPath(event.payload) },
                },
              },
            },
          },
        },
        responses: { '2XX': { description: 'Received; any other answer, or none within 5 s, is retried with backoff' } },
      },
    };
  }
  return webhooks;
}

/**
 * Stands for "any public event" in an @ApiProperty enum. Decorators run when their file is loaded, which may be
 * before every feature has registered its events; `fillEventNameEnums` puts the real names in when the document is
 * built, after all of them have.
 */
export const PUBLIC_EVENT_NAMES_ENUM = ['<public event name>'];

/** Replaces every PUBLIC_EVENT_NAMES_ENUM in the document by the names of the public events. */
export function fillEventNameEnums(node: unknown): void {
  if (Array.isArray(node)) {
    node.forEach(fillEventNameEnums);
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  const schema = node as { enum?: unknown[] };
  if (Array.isArray(schema.enum) && schema.enum.length === 1 && schema.enum[0] === PUBLIC_EVENT_NAMES_ENUM[0]) {
    schema.enum = publicEventNames();
  }
  Object.values(node).forEach(fillEventNameEnums);
}
