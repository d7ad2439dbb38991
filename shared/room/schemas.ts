import { z } from 'zod';
import '../zodConfig';

// The room's IPC payloads (desktop) and control-API bodies (browser edition), checked by main and by
// the control API before acting. Mirrors the types of `protocol.ts`.

export const lanAddressSchema = z.object({
  interface: z.string().max(200),
  address: z.string().min(1).max(100),
  family: z.enum(['IPv4', 'IPv6']),
});

const deviceInfoSchema = z.object({
  id: z.string(),
  name: z.string(),
  tableId: z.string().nullable(),
  participantId: z.string().optional(),
  online: z.boolean(),
  lastSeen: z.number(),
  joinedAt: z.number(),
});

const refusalInfoSchema = z.object({
  at: z.number(),
  deviceId: z.string().optional(),
  reason: z.string(),
  detail: z.string().optional(),
});

export const roomStatusSchema = z.discriminatedUnion('state', [
  z.object({
    state: z.literal('open'),
    workshopId: z.string(),
    roomId: z.string(),
    address: z.string(),
    port: z.number().int(),
    joinUrl: z.string(),
    code: z.string(),
    hostUrl: z.string(),
    hostToken: z.string(),
    devices: z.array(deviceInfoSchema),
    refusals: z.array(refusalInfoSchema),
  }),
  z.object({
    state: z.literal('closed'),
    resumable: z.object({ workshopId: z.string(), address: z.string(), port: z.number().int() }).optional(),
    error: z.string().optional(),
  }),
]);

export const openRoomRequestSchema = z.object({
  workshopId: z.string().min(1).max(200),
  address: z.string().min(1).max(100),
  port: z.number().int().min(1024).max(65535).optional(),
});

export const removeDeviceRequestSchema = z.object({ deviceId: z.string().min(1).max(100) });

/** The host page's report of a record from a device that the bridge refused (shown in the device list). */
export const roomRefusalReportSchema = z.object({
  deviceId: z.string().max(100).optional(),
  reason: z.string().min(1).max(100),
  detail: z.string().max(500).optional(),
  writers: z.array(z.number().int().min(0).max(0xffffffff)).max(16).optional(),
});
