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
