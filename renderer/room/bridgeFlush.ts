// What the running bridge (loaded on demand) still has to do, for the room dialog: closing the room
// removes its documents, so whatever a phone sent must be in the database first.
const running = new Map<string, () => Promise<void>>();

export function registerBridgeFlush(workshopId: string, whenIdle: (() => Promise<void>) | undefined): void {
  if (whenIdle) running.set(workshopId, whenIdle);
  else running.delete(workshopId);
}

/** Waits until the bridge of this window has stored all it received (at most `limitMs`). */
export async function flushRoomBridge(workshopId: string, limitMs = 5000): Promise<void> {
  const whenIdle = running.get(workshopId);
  if (!whenIdle) return;
  await Promise.race([whenIdle().catch(() => undefined), new Promise<void>((resolve) => setTimeout(resolve, limitMs))]);
}
