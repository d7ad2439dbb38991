import { useEffect, useState } from 'react';

/**
 * The current time, renewed a few times a second while `active`, so a running clock stays exact. A
 * stopped timer does not depend on the time, and a just-started one reads its full time until the
 * first tick (a start is later than any earlier `now`).
 */
export function useNow(active: boolean, intervalMs = 250): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [active, intervalMs]);
  return now;
}
