import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { firstNonPublic } from './target-address';

export class WebhookTargetError extends Error {
  constructor(
    message: string,
    /** The same in Chinese, for a request that prefers it. */
    readonly chinese: string,
  ) {
    super(message);
  }
}

/**
 * Checks a receiver URL when a subscription is made: http(s), no credentials, and (unless WEBHOOK_ALLOW_PRIVATE_TARGETS)
 * only public addresses, so a key holder cannot use webhooks to probe the network the tracker runs in. Deliveries
 * check again at every connection (sendWebhook).
 */
export async function checkWebhookTarget(rawUrl: string, allowPrivate: boolean): Promise<URL> {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    throw new WebhookTargetError('url is not a valid URL', '地址不是有效的 URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new WebhookTargetError('url must be http or https', '地址必须是 http 或 https');
  if (url.username || url.password) throw new WebhookTargetError('url must not carry credentials', '地址不能包含用户名或密码');
  if (!allowPrivate) {
    const host = url.hostname.replace(/^\[|\]$/g, '');
    const addresses = isIP(host) ? [host] : (await lookup(host, { all: true }).catch(() => [])).map((a) => a.address);
    if (addresses.length === 0) throw new WebhookTargetError(`url host ${host} does not resolve`, `地址的主机 ${host} 无法解析`);
    const refused = firstNonPublic(addresses);
    if (refused) {
      throw new WebhookTargetError(
        `url leads to ${refused.address} (${refused.reason}), and this deployment allows only public addresses`,
        `地址指向 ${refused.address}（${refused.reason}），本部署只允许公网地址`,
      );
    }
  }
  return url;
}
