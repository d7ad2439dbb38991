// The plenary document on the host: the only writer of it, which puts back what anyone else writes there.
import type * as Y from 'yjs';
import { plenaryMap, writePlenary } from '../../../shared/room/plenaryDoc';
import { PLENARY_DOC } from '../../../shared/room/protocol';
import type { RoomWorkshopRecords } from '../../data/roomRecords';
import { plenaryFacilitation, plenaryRecords, type FacilitationSource } from './plenary';
import { canonical } from './roomForms';
import type { DocSource, OpenedDoc } from './roomBridgeTypes';

export interface PlenaryWriterOptions {
  docs: DocSource;
  /** The origin of the bridge's own document transactions, which the observer passes over. */
  origin: object;
  facilitation: FacilitationSource | undefined;
  stopped(): boolean;
  /** The content is to be written again: the document synced, or someone else wrote in it. */
  stale(): void;
  failed(error: unknown): void;
}

export class PlenaryWriter {
  private opened: OpenedDoc | undefined;
  private synced = false;
  private unobserve: (() => void) | undefined;
  private lastFacilitation = '';

  constructor(private readonly options: PlenaryWriterOptions) {}

  /** Synced: the content can be written. */
  get ready(): boolean {
    return this.synced;
  }

  open(): void {
    const { docs, origin } = this.options;
    const plenary = (this.opened = docs.open(PLENARY_DOC));
    const map = plenaryMap(plenary.doc);
    const onPlenary = (_event: unknown, transaction: Y.Transaction) => {
      // Only the host writes the plenary document: anything else is put back.
      if (transaction.origin === origin) return;
      this.lastFacilitation = '';
      this.options.stale();
    };
    map.observe(onPlenary);
    this.unobserve = () => map.unobserve(onPlenary);
    plenary.synced.then(
      () => {
        if (this.options.stopped()) return;
        this.synced = true;
        this.options.stale();
      },
      (error: unknown) => this.options.failed(error),
    );
  }

  /** Writes the workshop's records (`data`) and where the facilitator is. */
  writeContent(data: RoomWorkshopRecords | undefined): void {
    if (!this.opened || !this.synced || !data) return;
    writePlenary(this.opened.doc, plenaryRecords(data), this.options.origin);
    this.writeFacilitation(data);
  }

  /** Writes where the facilitator is when it changed (or, `restamp`, to give the phones the host's clock again). */
  writeFacilitation(data: RoomWorkshopRecords | undefined, restamp = false): void {
    if (!this.opened || !this.synced || !data || this.options.stopped()) return;
    const facilitation = plenaryFacilitation(data.workshop, this.options.facilitation?.get(), Date.now());
    const signature = canonical({ ...facilitation, hostNow: 0 });
    if (signature === this.lastFacilitation && !restamp) return;
    this.lastFacilitation = signature;
    writePlenary(this.opened.doc, { facilitation }, this.options.origin);
  }

  close(): void {
    this.unobserve?.();
    this.opened?.close();
  }
}
