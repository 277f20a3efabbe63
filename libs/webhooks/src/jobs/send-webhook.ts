import { createHmac } from 'node:crypto';
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { isIP, type Socket } from 'node:net';
import { firstNonPublic } from './target-address';

export const WEBHOOK_TIMEOUT_MS = 5000;

export interface SendResult {
  statusCode: number | null;
  error: string | null;
  durationMs: number;
}

/** `sha256=<hex HMAC-SHA256 of the raw body>`, as receivers verify it (API.md). */
export function signature(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body, 'utf8').digest('hex')}`;
}

/**
 * POSTs one delivery. Unless private targets are allowed, the address is checked again at every connection (not
 * only when the subscription was made): a name's addresses in the lookup, before connecting, so a name that later
 * resolves to a private address (DNS rebinding) is refused; an IP literal, which Node connects to without a lookup,
 * before the request; and the address the socket actually connected to, as a last guard. Never throws.
 */
export function sendWebhook(
  url: URL,
  body: string,
  headers: Record<string, string>,
  options: { allowPrivate: boolean; timeoutMs?: number },
): Promise<SendResult> {
  const started = performance.now();
  const timeoutMs = options.timeoutMs ?? WEBHOOK_TIMEOUT_MS;
  const literal = url.hostname.replace(/^\[|\]$/g, '');
  const literalRefused = !options.allowPrivate && isIP(literal) ? firstNonPublic([literal]) : undefined;
  if (literalRefused) return Promise.resolve({ statusCode: null, error: `refused: ${literal} is ${literalRefused.reason}`, durationMs: 0 });
  return new Promise((resolve) => {
    let settled = false;
    const done = (statusCode: number | null, error: string | null) => {
      if (settled) return;
      settled = true;
      resolve({ statusCode, error, durationMs: Math.round(performance.now() - started) });
    };
    const client = url.protocol === 'https:' ? https : http;
    const request = client.request(
      url,
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body), 'User-Agent': 'health-capital-tracker-webhooks/1', ...headers },
        timeout: timeoutMs,
        lookup: (hostname, lookupOptions, callback) => {
          dnsLookup(hostname, { ...lookupOptions, all: true }, (error, addresses) => {
            if (error) return callback(error, '', 0);
            const list = addresses as LookupAddress[];
            const refused = options.allowPrivate ? undefined : firstNonPublic(list.map((a) => a.address));
            if (refused) return callback(new Error(`refused: ${hostname} resolves to ${refused.address} (${refused.reason})`), '', 0);
            if (lookupOptions.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, list);
            callback(null, list[0].address, list[0].family);
          });
        },
      },
      (response) => {
        response.resume(); // the body is not needed; drain it so the socket closes
        response.on('end', () => done(response.statusCode ?? null, null));
        response.on('error', (error) => done(response.statusCode ?? null, error.message));
      },
    );
    // The whole exchange is bounded, not only the idle time between packets.
    const deadline = setTimeout(() => request.destroy(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
    request.on('timeout', () => request.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    request.on('error', (error) => {
      clearTimeout(deadline);
      done(null, error.message);
    });
    request.on('close', () => clearTimeout(deadline));
    if (!options.allowPrivate) request.on('socket', (socket: Socket) => refuseNonPublicPeer(request, socket));
    request.end(body);
  });
}

/** Destroys the request if its socket connected to a non-public address, whatever the lookup said. */
function refuseNonPublicPeer(request: http.ClientRequest, socket: Socket): void {
  const check = () => {
    const refused = socket.remoteAddress ? firstNonPublic([socket.remoteAddress]) : undefined;
    if (refused) request.destroy(new Error(`refused: connected to ${refused.address} (${refused.reason})`));
  };
  if (socket.connecting) socket.once('connect', check);
  else check();
}
