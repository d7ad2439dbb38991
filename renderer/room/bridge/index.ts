// The live room's bridge on the host: database records ↔ the room's Yjs documents (ROOM.md).
export {
  RoomBridge,
  type DocSource,
  type OpenedDoc,
  type RefusalReport,
  type RoomBridgeOptions,
  type RoomBridgeState,
  type RoomBridgeStats,
} from './roomBridge';
export { HocuspocusDocs, type HocuspocusDocsOptions } from './hocuspocusDocs';
export { MemoryRoom, MemoryClient, MemorySource } from './memoryRoom';
export { runRoomBridge, bridgeLockName, type RoomBridgeRunState, type RunRoomBridgeOptions } from './runRoomBridge';
export type { FacilitationSnapshot, FacilitationSource } from './plenary';
export type { WorkshopLimits } from './deviceBatch';
