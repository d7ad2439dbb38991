import { lazy, Suspense } from 'react';
import { useRoomStatus } from './useRoomStatus';

// The bridge (Yjs, the sync client) loads only once a room is open: it is not in the start-up bundle.
const RoomBridgeRunner = lazy(() => import('./RoomBridgeRunner').then(({ RoomBridgeRunner }) => ({ default: RoomBridgeRunner })));

/**
 * Runs the live room's bridge for the room's workshop whatever this window shows (the library, the
 * plate, presentation mode), so participants' edits reach the database while the room is open. One
 * window of the app runs it at a time (the runner holds a lock).
 */
export function RoomBridgeHost() {
  const status = useRoomStatus();
  if (status?.state !== 'open') return null;
  return (
    <Suspense fallback={null}>
      <RoomBridgeRunner workshopId={status.workshopId} />
    </Suspense>
  );
}
