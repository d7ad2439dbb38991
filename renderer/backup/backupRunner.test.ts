import { describe, expect, it } from 'vitest';
import type { BackupWriteRequest, BackupWriteResult } from '../../shared/host';
import { readWorkshopFile } from '../../shared/file/readWorkshopFile';
import type { WorkshopData } from '../../shared/model/workshopData';
import { blankWorkshop } from '../../tests/support/blankWorkshop';
import { testRecordFactory } from '../../tests/support/recordFactory';
import type { BackupLog } from '../data/settingsRepository';
import { BACKUP_INTERVAL_MS } from './backupSchedule';
import { createBackupRunner } from './backupRunner';

const factory = testRecordFactory();

/** A library of workshops, a log, a backups folder that records what it was given, and a clock. */
function setUp(titles: string[]) {
  const library = new Map<string, WorkshopData>(
    titles.map((title) => {
      const data = blankWorkshop({ title }, factory);
      return [data.workshop.id, data];
    }),
  );
  let log: BackupLog = {};
  const written: BackupWriteRequest[] = [];
  let failWith: BackupWriteResult | undefined;
  let time = Date.parse('2026-11-22T12:00:00.000Z');
  const runner = createBackupRunner({
    backups: {
      write: async (request) => {
        if (failWith) return failWith;
        written.push(request);
        return { status: 'saved', backup: { workshopId: request.workshopId, id: 'x', title: request.title, createdAt: '', size: 1 } };
      },
    },
    appVersion: async () => '0.1.0',
    stamps: async () => [...library.values()].map(({ workshop }) => ({ id: workshop.id, updatedAt: workshop.updatedAt })),
    load: async (id) => library.get(id),
    log: {
      backupLog: async () => log,
      recordBackups: async (marks, existing) => {
        log = Object.fromEntries(Object.entries({ ...log, ...marks }).filter(([id]) => existing.has(id)));
      },
    },
    now: () => new Date(time),
  });
  const ids = [...library.keys()];
  const edit = (id: string) => {
    const data = library.get(id)!;
    library.set(id, { ...data, workshop: { ...data.workshop, updatedAt: new Date(time).toISOString() } });
  };
  return {
    runner,
    ids,
    written,
    edit,
    log: () => log,
    pass: (ms: number) => void (time += ms),
    fail: (result?: BackupWriteResult) => void (failWith = result),
  };
}

describe('writing backups', () => {
  it('writes every workshop never backed up as a complete workshop file, and logs what it holds', async () => {
    const { runner, ids, written, log } = setUp(['Zorg', 'Onderwijs']);
    const report = await runner.run('hourly');
    expect(report).toEqual({ written: ids, failed: [] });
    expect(written.map((request) => [request.workshopId, request.title])).toEqual([
      [ids[0], 'Zorg'],
      [ids[1], 'Onderwijs'],
    ]);
    const read = readWorkshopFile(written[0]!.bytes);
    expect(read.ok && read.data.workshop.title).toBe('Zorg');
    expect(log()[ids[0]!]).toEqual({ backedUpAt: '2026-11-22T12:00:00.000Z', updatedAt: '2026-11-22T10:00:00.000Z' });
  });

  it('backs an edited workshop up again an hour later, not before; on close at once', async () => {
    const { runner, ids, written, edit, pass } = setUp(['Zorg', 'Onderwijs']);
    await runner.run('hourly');
    written.length = 0;
    pass(10 * 60_000);
    edit(ids[0]!);
    expect((await runner.run('hourly')).written).toEqual([]);
    pass(BACKUP_INTERVAL_MS - 10 * 60_000);
    expect((await runner.run('hourly')).written).toEqual([ids[0]]);
    pass(60_000);
    edit(ids[1]!);
    expect((await runner.run('close')).written).toEqual([ids[1]]);
    expect((await runner.run('close')).written).toEqual([]);
  });

  it('reports a failed write, logs nothing, retries it hourly after an hour and on close at once', async () => {
    const { runner, ids, log, pass, fail } = setUp(['Zorg']);
    fail({ status: 'failed', reason: 'disk-full' });
    expect(await runner.run('hourly')).toEqual({ written: [], failed: [{ workshopId: ids[0], title: 'Zorg', reason: 'disk-full' }] });
    expect(log()).toEqual({});
    // Not every minute: the full disk is reported once an hour.
    pass(60_000);
    expect((await runner.run('hourly')).failed).toEqual([]);
    fail(undefined);
    expect((await runner.run('close')).written).toEqual(ids);
    fail({ status: 'failed', reason: 'unknown' });
    pass(BACKUP_INTERVAL_MS);
    expect((await runner.run('hourly')).failed).toEqual([]);
  });

  it('counts a write that throws (main refused it) as failed', async () => {
    const { runner, ids } = setUp(['Zorg']);
    const throwing = createBackupRunner({
      backups: { write: () => Promise.reject(new Error('IPC refused')) },
      appVersion: async () => '0.1.0',
      stamps: async () => [{ id: ids[0]!, updatedAt: 'x' }],
      load: async () => undefined,
      log: { backupLog: async () => ({}), recordBackups: async () => undefined },
    });
    // A workshop deleted between the list and the load is skipped.
    expect(await throwing.run('close')).toEqual({ written: [], failed: [] });
    expect((await runner.run('close')).written).toEqual(ids);
  });

  it('never runs twice at once: a close during an hourly run writes only what is still due', async () => {
    const { runner, ids, written } = setUp(['Zorg', 'Onderwijs']);
    const [hourly, close] = await Promise.all([runner.run('hourly'), runner.run('close')]);
    expect(hourly.written).toEqual(ids);
    expect(close.written).toEqual([]);
    expect(written).toHaveLength(2);
  });
});
