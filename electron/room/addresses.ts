import type { networkInterfaces } from 'node:os';
import type { LanAddress } from '../../shared/room/protocol';

export type NetworkInterfaces = ReturnType<typeof networkInterfaces>;

/** IPv6 link-local (fe80::/10) needs a zone (`%wlan0`) that no browser address bar takes. */
function isLinkLocalV6(address: string): boolean {
  return /^fe[89ab][0-9a-f]:/i.test(address);
}

/**
 * The addresses a room may listen on, in the order the facilitator sees them: the room's network
 * (IPv4, then global IPv6), then the loopback address last, for trying a room on the laptop alone
 * (and for the tests). Never `0.0.0.0` or `::`: a room listens on one interface only.
 */
export function lanAddresses(interfaces: NetworkInterfaces): LanAddress[] {
  const v4: LanAddress[] = [];
  const v6: LanAddress[] = [];
  let loopbackName: string | undefined;
  for (const [name, entries] of Object.entries(interfaces)) {
    for (const entry of entries ?? []) {
      // Node 18.0–18.3 gave the family as a number.
      const family = String(entry.family) === '4' || entry.family === 'IPv4' ? 'IPv4' : 'IPv6';
      if (entry.address === '127.0.0.1') loopbackName ??= name;
      if (entry.internal) continue;
      if (family === 'IPv4') v4.push({ interface: name, address: entry.address, family });
      else if (!isLinkLocalV6(entry.address) && !entry.address.includes('%'))
        v6.push({ interface: name, address: entry.address.toLowerCase(), family });
    }
  }
  const seen = new Set<string>();
  return [...v4, ...v6, { interface: loopbackName ?? 'loopback', address: '127.0.0.1', family: 'IPv4' as const }].filter((entry) => {
    if (seen.has(entry.address)) return false;
    seen.add(entry.address);
    return true;
  });
}

/** `address:port` as a browser writes it in the Host header (IPv6 in brackets). */
export function hostHeaderOf(address: string, port: number): string {
  return `${address.includes(':') ? `[${address}]` : address}:${port}`;
}

/** The client's address as one key per machine, whether the socket reports it IPv4-mapped or not. */
export function remoteKey(address: string | undefined): string {
  if (!address) return 'unknown';
  return address.startsWith('::ffff:') ? address.slice(7) : address.toLowerCase();
}

/** The interface name the desktop journey test's network has (`testLanInterfaces`). */
export const TEST_LAN_INTERFACE = 'LAN (test)';

/**
 * The desktop journey test's network (tests/e2e/desktop-app.spec.ts; main reads it from
 * `ACTIEPLAAT_TEST_LAN_ADDRESS`, and only when the app is not packaged): the machine's interfaces as a
 * laptop on a workshop's wifi would have them, with that address as its network card and the loopback
 * interface beside it. Only an address of the loopback network other than 127.0.0.1 (127.0.0.2, say)
 * is taken, so that the room opens on an address of its own that no other machine can reach; anything
 * else gives undefined (the real interfaces).
 */
export function testLanInterfaces(address: string | undefined): NetworkInterfaces | undefined {
  const parts = /^127\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(address ?? '');
  if (!parts || parts.slice(1).some((part) => Number(part) > 255) || address === '127.0.0.1') return undefined;
  return {
    [TEST_LAN_INTERFACE]: [
      { address: address!, family: 'IPv4', internal: false, netmask: '255.255.255.0', mac: '02:00:00:00:00:01', cidr: `${address}/24` },
    ],
    lo: [{ address: '127.0.0.1', family: 'IPv4', internal: true, netmask: '255.0.0.0', mac: '00:00:00:00:00:00', cidr: '127.0.0.1/8' }],
  };
}
