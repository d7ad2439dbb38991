// Reporting what a device sent and the bridge did not store: counted, clipped, and not repeated every few moments.
import type { RefusalReport } from '../../../shared/room/protocol';
import type { RoomBridgeStats } from './roomBridgeTypes';

/** The same refusal again within this time is counted but not reported again (a device may send it over and over). */
const REPORT_REPEAT_MS = 5000;

export class RefusalReports {
  private readonly recentReports = new Map<string, number>();

  constructor(
    private readonly stats: RoomBridgeStats,
    private readonly send: (report: RefusalReport) => void,
  ) {}

  /** `writers`: the Yjs clients that wrote the refused part, for the room to name their device. */
  report(collection: string, id: string, problem: string, writers: number[]): void {
    this.stats.refusals += 1;
    const detail = `${collection} ${clip(id, 80)}: ${clip(problem, 300)}`;
    const now = Date.now();
    if ((this.recentReports.get(detail) ?? -Infinity) > now - REPORT_REPEAT_MS) return;
    this.recentReports.set(detail, now);
    if (this.recentReports.size > 200)
      for (const [key, at] of this.recentReports) if (at <= now - REPORT_REPEAT_MS) this.recentReports.delete(key);
    try {
      this.send({ reason: 'invalid-record', detail, ...(writers.length > 0 ? { writers: writers.slice(0, 16) } : {}) });
    } catch (error) {
      console.error('room bridge, report:', error);
    }
  }
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
