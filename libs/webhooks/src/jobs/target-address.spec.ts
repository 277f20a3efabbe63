import { describe, expect, it } from '@jest/globals';
import { classifyAddress } from './target-address';

describe('classifyAddress', () => {
  it.each([
    ['8.8.8.8', 'public IPv4'],
    ['1.1.1.1', 'public IPv4'],
    ['223.5.5.5', 'public IPv4 (AliDNS)'],
    ['100.63.255.255', 'just below carrier-grade NAT'],
    ['172.15.255.255', 'just below 172.16/12'],
    ['172.32.0.1', 'just above 172.16/12'],
    ['192.169.0.1', 'just above 192.168/16'],
    ['2001:4860:4860::8888', 'global unicast IPv6'],
    ['2400:3200::1', 'global unicast IPv6 (AliDNS)'],
    ['2606:4700:4700::1111', 'global unicast IPv6'],
    ['::ffff:8.8.8.8', 'IPv4-mapped public'],
    ['::ffff:808:808', 'IPv4-mapped public, in hex'],
    ['64:ff9b::8.8.8.8', 'NAT64 of a public address'],
    ['2002:808:808::1', '6to4 of a public address'],
  ])('accepts %s (%s)', (address) => {
    expect({ address, verdict: classifyAddress(address) }).toEqual({ address, verdict: { public: true } });
  });

  it.each([
    ['127.0.0.1', /loopback/],
    ['127.255.255.254', /loopback/],
    ['10.1.2.3', /private/],
    ['172.16.0.1', /private/],
    ['172.31.255.255', /private/],
    ['192.168.1.1', /private/],
    ['169.254.169.254', /link-local/],
    ['100.64.0.1', /carrier-grade NAT/],
    ['0.0.0.0', /this network/],
    ['192.0.2.1', /documentation/],
    ['198.18.0.1', /benchmarking/],
    ['224.0.0.1', /multicast/],
    ['255.255.255.255', /reserved or broadcast/],
    ['::', /unspecified/],
    ['::1', /loopback/],
    ['0:0:0:0:0:0:0:1', /loopback/],
    ['::7f00:1', /IPv4-compatible/],
    ['::127.0.0.1', /IPv4-compatible/],
    ['::808:808', /IPv4-compatible/],
    ['::ffff:127.0.0.1', /IPv4-mapped form of a loopback/],
    ['::ffff:7f00:1', /IPv4-mapped form of a loopback/],
    ['::ffff:10.0.0.1', /IPv4-mapped form of a private/],
    ['::FFFF:A9FE:A9FE', /IPv4-mapped form of a link-local/],
    ['::ffff:0:192.168.0.1', /IPv4-translated form of a private/],
    ['64:ff9b::127.0.0.1', /NAT64 form of a loopback/],
    ['64:ff9b::a00:1', /NAT64 form of a private/],
    ['64:ff9b:1::8.8.8.8', /local-use NAT64/],
    ['2002:7f00:1::', /6to4 form of a loopback/],
    ['2002:c0a8:101::1', /6to4 form of a private/],
    ['2001:0:4136:e378:8000:63bf:f5ff:fffe', /Teredo form of a private/], // client 10.0.0.1
    ['fc00::1', /unique-local/],
    ['fd12:3456:789a::1', /unique-local/],
    ['fe80::1', /link-local/],
    ['fe80::1%eth0', /link-local/],
    ['febf::1', /link-local/],
    ['fec0::1', /site-local/],
    ['feff::1', /site-local/],
    ['ff02::1', /multicast/],
    ['100::1', /discard-only/],
    ['2001:db8::1', /documentation/],
    ['3fff::1', /documentation/],
    ['4000::1', /outside global unicast/],
    ['localhost', /not an IP address/],
    ['', /not an IP address/],
  ])('refuses %s', (address, reason) => {
    const verdict = classifyAddress(address);
    expect({ address, public: verdict.public }).toEqual({ address, public: false });
    expect(verdict.public ? '' : verdict.reason).toMatch(reason);
  });
});
