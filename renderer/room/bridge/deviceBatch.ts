import type { VotingRound } from '../../../shared/facilitation/voting';
import { templateElements } from '../../../shared/model/order';
import type { Participant } from '../../../shared/model/participant';
import type { workshopLimits } from '../../../shared/model/vocabulary';
import type { Stored, StoredVote } from '../../data/db';
import type { CountedTable, RoomRecords } from '../../data/roomRecords';
import { DeviceChanges } from './deviceChanges';

export type WorkshopLimits = { [K in keyof typeof workshopLimits]: number };

/**
 * What the checks of one transaction share across its tables: the workshop's elements, participants,
 * votes, record counts and next vote number. Reads what it checks against as it goes, so used inside
 * the transaction that writes, it checks against exactly what the changes are written onto, and it
 * remembers what the earlier changes of the batch add (a limit counts every table's new records, and
 * two tables' new votes never get one number).
 */
export class DeviceBatch {
  private elements: Set<string> | undefined;
  private readonly participants = new Map<string, Stored<Participant> | undefined>();
  private readonly added = new Map<CountedTable, number>();
  private readonly counts = new Map<CountedTable, number>();
  private readonly tables = new Map<string, DeviceChanges>();
  private nextSeq: number | undefined;
  /** Every vote of the workshop, as the batch has changed them so far. */
  votes: StoredVote[] | undefined;

  constructor(
    readonly records: RoomRecords,
    readonly limits: WorkshopLimits,
    readonly voting: VotingRound | null,
  ) {}

  get workshopId(): string {
    return this.records.workshopId;
  }

  /** The builder of one table's changes. */
  table(teamId: string): DeviceChanges {
    let builder = this.tables.get(teamId);
    if (!builder) this.tables.set(teamId, (builder = new DeviceChanges(this, teamId)));
    return builder;
  }

  async elementIds(): Promise<Set<string>> {
    if (!this.elements) {
      const template = await this.records.template();
      this.elements = new Set(template ? templateElements(template).map((element) => element.id) : []);
    }
    return this.elements;
  }

  async participant(id: string): Promise<Stored<Participant> | undefined> {
    if (!this.participants.has(id)) {
      const [found] = await this.records.participants([id]);
      this.participants.set(id, found?.workshopId === this.workshopId ? found : undefined);
    }
    return this.participants.get(id);
  }

  /** A participant as this batch leaves them. */
  setParticipant(participant: Stored<Participant>): void {
    this.participants.set(participant.id, participant);
  }

  /** Room for one more record in the workshop, or why not. */
  async overLimit(table: CountedTable): Promise<string | undefined> {
    if (!this.counts.has(table)) this.counts.set(table, await this.records.count(table));
    const limit = this.limits[table];
    const count = this.counts.get(table)! + (this.added.get(table) ?? 0);
    if (count + 1 > limit) return `over the workshop's limit of ${limit} ${table}`;
    this.added.set(table, (this.added.get(table) ?? 0) + 1);
    return undefined;
  }

  async allVotes(): Promise<StoredVote[]> {
    this.votes ??= await this.records.votes();
    return this.votes;
  }

  async voteSeq(): Promise<number> {
    this.nextSeq ??= (await this.records.lastVoteSeq()) + 1;
    return this.nextSeq++;
  }
}
