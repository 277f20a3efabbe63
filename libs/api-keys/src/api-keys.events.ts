import { ApiProperty } from '@nestjs/swagger';
import { defineEvents, type CatalogueOf } from '@tracker/events';
import { ApiKeyView } from './http/api-key.views';

export class ApiKeyEvent {
  @ApiProperty({ type: ApiKeyView, description: 'The key as listed by GET /keys: never the key itself' })
  apiKey: ApiKeyView;
}

/** Kept to the outbox and the audit trail: receivers of webhooks have no business with keys. */
export const API_KEY_EVENTS = defineEvents('api-keys', {
  'api_key.created': { aggregate: 'api_key', summary: 'An API key was created', payload: ApiKeyEvent, public: false },
  'api_key.revoked': { aggregate: 'api_key', summary: 'An API key was revoked', payload: ApiKeyEvent, public: false },
});

declare module '@tracker/events' {
  interface EventCatalogue extends CatalogueOf<typeof API_KEY_EVENTS> {}
}
