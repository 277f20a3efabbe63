import { BlockList, isIPv4, isIPv6 } from 'node:net';

/** Whether a webhook may connect to an address, and if not, what kind of address it is. */
export type AddressVerdict = { public: true } | { public: false; reason: string };

/**
 * IPv4 ranges no webhook reaches (RFC 6890 and IANA's special-purpose registry: not globally reachable). Only IPv4
 * rules live in this list: Node's BlockList stores IPv4 as IPv4-mapped IPv6, so an IPv6 rule such as
 * `::ffff:0:0/96` in the same list would match every IPv4 address.
 */
const IPV4_RANGES: readonly (readonly [string, number, string])[] = [
  ['0.0.0.0', 8, '"this network"'],
  ['10.0.0.0', 8, 'private'],
  ['100.64.0.0', 10, 'carrier-grade NAT'],
  ['127.0.0.0', 8, 'loopback'],
  ['169.254.0.0', 16, 'link-local (cloud metadata)'],
  ['172.16.0.0', 12, 'private'],
  ['192.0.0.0', 24, 'IETF protocol assignments'],
  ['192.0.2.0', 24, 'documentation'],
  ['192.88.99.0', 24, '6to4 relay anycast'],
  ['192.168.0.0', 16, 'private'],
  ['198.18.0.0', 15, 'benchmarking'],
  ['198.51.100.0', 24, 'documentation'],
  ['203.0.113.0', 24, 'documentation'],
  ['224.0.0.0', 4, 'multicast'],
  ['240.0.0.0', 4, 'reserved or broadcast'],
];

const IPV4_LISTS = IPV4_RANGES.map(([network, prefix, reason]) => {
  const list = new BlockList();
  list.addSubnet(network, prefix, 'ipv4');
  return { list, reason };
});

/** IPv6 ranges refused whole, as [first bytes, prefix length, reason]; checked after the forms that embed IPv4. */
const IPV6_RANGES: readonly (readonly [number[], number, string])[] = [
  [[0x00, 0x64, 0xff, 0x9b, 0x00, 0x01], 48, 'local-use NAT64'],
  [[0x00], 8, 'loopback, unspecified, IPv4-compatible or reserved'],
  [[0x01, 0x00, 0, 0, 0, 0, 0, 0], 64, 'discard-only'],
  [[0x20, 0x01, 0x00, 0x02, 0x00, 0x00], 48, 'benchmarking'],
  [[0x20, 0x01, 0x0d, 0xb8], 32, 'documentation'],
  [[0x3f, 0xff, 0x00], 20, 'documentation'],
  [[0xfc], 7, 'unique-local'],
  [[0xfe, 0x80], 10, 'link-local'],
  [[0xfe, 0xc0], 10, 'site-local'],
  [[0xff], 8, 'multicast'],
];

/**
 * Classifies the address a webhook would connect to. Public IPv4 and global unicast IPv6 (2000::/3) are allowed;
 * private, loopback, link-local, unique-local, site-local and other special ranges are not, nor are the IPv6 forms
 * that carry one of those IPv4 addresses (IPv4-mapped, IPv4-translated, NAT64 64:ff9b::/96, 6to4 2002::/16,
 * Teredo): each is judged by the IPv4 address it leads to. Anything that is not an IP address is refused.
 */
export function classifyAddress(address: string): AddressVerdict {
  if (isIPv4(address)) return classifyIPv4(address);
  if (!isIPv6(address)) return refused('not an IP address');
  const bytes = ipv6Bytes(address);
  const embedded = embeddedIPv4(bytes);
  if (embedded) {
    const verdict = classifyIPv4(embedded.address);
    return verdict.public ? verdict : refused(`${embedded.form} of a ${verdict.reason} IPv4 address`);
  }
  for (const [prefixBytes, length, reason] of IPV6_RANGES) {
    if (startsWith(bytes, prefixBytes, length)) return refused(reason);
  }
  // Only 2000::/3 is allocated for global unicast; everything else is reserved.
  if ((bytes[0] & 0xe0) !== 0x20) return refused('reserved (outside global unicast 2000::/3)');
  return { public: true };
}

/** The first of `addresses` a webhook may not reach, with why; undefined when all are public. */
export function firstNonPublic(addresses: readonly string[]): { address: string; reason: string } | undefined {
  for (const address of addresses) {
    const verdict = classifyAddress(address);
    if (!verdict.public) return { address, reason: verdict.reason };
  }
  return undefined;
}

/** A private, loopback or otherwise non-public address (or not an address at all). */
export function isPrivateAddress(address: string): boolean {
  return !classifyAddress(address).public;
}

function classifyIPv4(address: string): AddressVerdict {
  const hit = IPV4_LISTS.find(({ list }) => list.check(address, 'ipv4'));
  return hit ? refused(hit.reason) : { public: true };
}

function refused(reason: string): AddressVerdict {
  return { public: false, reason };
}

/** The IPv4 address an IPv6 address leads to, for the forms that embed one. */
function embeddedIPv4(bytes: number[]): { address: string; form: string } | null {
  const zeros = (from: number, to: number) => bytes.slice(from, to).every((b) => b === 0);
  const v4 = (at: number, xor = 0) => bytes.slice(at, at + 4).map((b) => b ^ xor).join('.');
  // ::ffff:a.b.c.d (mapped) and ::ffff:0:a.b.c.d (translated, RFC 2765)
  if (zeros(0, 10) && bytes[10] === 0xff && bytes[11] === 0xff) return { address: v4(12), form: 'IPv4-mapped form' };
  if (zeros(0, 8) && bytes[8] === 0xff && bytes[9] === 0xff && zeros(10, 12)) return { address: v4(12), form: 'IPv4-translated form' };
  // 64:ff9b::a.b.c.d: a NAT64 gateway connects to the IPv4 address.
  if (bytes[0] === 0x00 && bytes[1] === 0x64 && bytes[2] === 0xff && bytes[3] === 0x9b && zeros(4, 12)) return { address: v4(12), form: 'NAT64 form' };
  // 2002:aabb:ccdd::/48: 6to4 relays to a.b.c.d.
  if (bytes[0] === 0x20 && bytes[1] === 0x02) return { address: v4(2), form: '6to4 form' };
  // 2001:0::/32 Teredo: the client's address is the last 32 bits, inverted (the server's, bits 32-63, is public).
  if (bytes[0] === 0x20 && bytes[1] === 0x01 && bytes[2] === 0x00 && bytes[3] === 0x00) {
    const server = classifyIPv4(v4(4));
    if (!server.public) return { address: v4(4), form: 'Teredo form' };
    return { address: v4(12, 0xff), form: 'Teredo form' };
  }
  return null;
}

function startsWith(bytes: number[], prefix: number[], length: number): boolean {
  for (let bit = 0; bit < length; bit += 1) {
    const byte = bit >> 3;
    const mask = 0x80 >> (bit & 7);
    if ((bytes[byte] & mask) !== ((prefix[byte] ?? 0) & mask)) return false;
  }
  return true;
}

/** The 16 bytes of a valid IPv6 address (isIPv6 already said it is one), zone index and dotted tail included. */
function ipv6Bytes(address: string): number[] {
  let text = address.split('%')[0].toLowerCase();
  const dotted = /^(.*:)(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted.slice(2).map(Number);
    text = `${dotted[1]}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.split('::');
  const groupsOf = (part: string | undefined) => (part ? part.split(':').map((g) => parseInt(g, 16)) : []);
  const front = groupsOf(head);
  const back = groupsOf(tail);
  const groups = tail === undefined ? front : [...front, ...new Array<number>(8 - front.length - back.length).fill(0), ...back];
  return groups.flatMap((group) => [group >> 8, group & 0xff]);
}
