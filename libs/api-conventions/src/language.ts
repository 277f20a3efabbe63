/**
 * Whether a request asks for Chinese: the language range of highest quality in `Accept-Language` is zh (zh-CN,
 * zh-Hans …). Without the header, or when another language ranks first, the API answers in English.
 */
export function prefersChinese(request: { headers: Record<string, string | string[] | undefined> }): boolean {
  const header = request.headers['accept-language'];
  const value = Array.isArray(header) ? header.join(',') : header;
  if (!value) return false;
  let best: { tag: string; q: number } | null = null;
  for (const part of value.split(',').slice(0, 20)) {
    const [range, ...params] = part.trim().split(';');
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (!range || !Number.isFinite(q) || q <= 0) continue;
    if (!best || q > best.q) best = { tag: range.trim().toLowerCase(), q };
  }
  return best !== null && (best.tag === 'zh' || best.tag.startsWith('zh-'));
}
