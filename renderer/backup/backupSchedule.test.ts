import { describe, expect, it } from 'vitest';
import { BACKUP_INTERVAL_MS, workshopsDueForBackup } from './backupSchedule';

const now = new Date('2026-11-22T15:00:00.000Z');
const minutesAgo = (minutes: number) => new Date(now.getTime() - minutes * 60_000).toISOString();

describe('which workshops are due for a backup', () => {
  const workshops = [
    { id: 'nooit', updatedAt: minutesAgo(5) },
    { id: 'ongewijzigd', updatedAt: minutesAgo(300) },
    { id: 'gewijzigd-net-geback-upt', updatedAt: minutesAgo(1) },
    { id: 'gewijzigd-lang-geleden-geback-upt', updatedAt: minutesAgo(1) },
  ];
  const log = {
    ongewijzigd: { backedUpAt: minutesAgo(240), updatedAt: minutesAgo(300) },
    'gewijzigd-net-geback-upt': { backedUpAt: minutesAgo(20), updatedAt: minutesAgo(25) },
    'gewijzigd-lang-geleden-geback-upt': { backedUpAt: minutesAgo(60), updatedAt: minutesAgo(70) },
    verwijderd: { backedUpAt: minutesAgo(600), updatedAt: minutesAgo(700) },
  };

  it('hourly: every changed workshop whose last backup is an hour old, and every one never backed up', () => {
    expect(workshopsDueForBackup(workshops, log, now, 'hourly')).toEqual(['nooit', 'gewijzigd-lang-geleden-geback-upt']);
  });

  it('on close: every changed workshop, however recent its last backup', () => {
    expect(workshopsDueForBackup(workshops, log, now, 'close')).toEqual([
      'nooit',
      'gewijzigd-net-geback-upt',
      'gewijzigd-lang-geleden-geback-upt',
    ]);
  });

  it('never a workshop unchanged since its last backup, however long ago that was', () => {
    const later = new Date(now.getTime() + 30 * 24 * BACKUP_INTERVAL_MS);
    expect(workshopsDueForBackup([workshops[1]!], log, later, 'hourly')).toEqual([]);
    expect(workshopsDueForBackup([workshops[1]!], log, later, 'close')).toEqual([]);
  });

  it('counts a workshop as changed whenever its stamp differs from the backed-up one, also an older stamp (a replaced workshop)', () => {
    const replaced = [{ id: 'ongewijzigd', updatedAt: minutesAgo(9000) }];
    expect(workshopsDueForBackup(replaced, log, now, 'close')).toEqual(['ongewijzigd']);
  });

  it('is due exactly one hour after the last backup, not a moment before', () => {
    const edited = [{ id: 'w', updatedAt: minutesAgo(1) }];
    const at = (ms: number) => ({ w: { backedUpAt: new Date(now.getTime() - ms).toISOString(), updatedAt: minutesAgo(90) } });
    expect(workshopsDueForBackup(edited, at(BACKUP_INTERVAL_MS - 1), now, 'hourly')).toEqual([]);
    expect(workshopsDueForBackup(edited, at(BACKUP_INTERVAL_MS), now, 'hourly')).toEqual(['w']);
  });

  it('does not wait for a clock set back, nor trust a stamp it cannot read', () => {
    const edited = [{ id: 'w', updatedAt: minutesAgo(1) }];
    expect(workshopsDueForBackup(edited, { w: { backedUpAt: '2027-01-01T00:00:00.000Z', updatedAt: 'x' } }, now, 'hourly')).toEqual(['w']);
    expect(workshopsDueForBackup(edited, { w: { backedUpAt: 'gisteren', updatedAt: 'x' } }, now, 'hourly')).toEqual(['w']);
  });

  it('takes workshop ids that are also names of object properties as ids', () => {
    const odd = [
      { id: 'constructor', updatedAt: minutesAgo(1) },
      { id: '__proto__', updatedAt: minutesAgo(1) },
    ];
    expect(workshopsDueForBackup(odd, {}, now, 'hourly')).toEqual(['constructor', '__proto__']);
  });
});
