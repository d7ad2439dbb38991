import { describe, expect, it } from 'vitest';
import type { BackupInfo } from '../../shared/host';
import { groupBackups, restoredTitle } from './backupList';

const backup = (workshopId: string, title: string, createdAt: string): BackupInfo => ({
  workshopId,
  title,
  id: createdAt.replace(/:/g, '-').replace('.', '-'),
  createdAt,
  size: 1000,
});

describe('the list of backups', () => {
  it('groups by workshop, the workshop with the newest backup first, each group newest first', () => {
    const groups = groupBackups([
      backup('a', 'Zorg', '2026-11-22T09:00:00.000Z'),
      backup('b', 'Onderwijs', '2026-11-22T11:00:00.000Z'),
      backup('a', 'Zorg', '2026-11-22T10:00:00.000Z'),
    ]);
    expect(groups.map((group) => [group.title, group.backups.map((item) => item.createdAt.slice(11, 13))])).toEqual([
      ['Onderwijs', ['11']],
      ['Zorg', ['10', '09']],
    ]);
  });
});

describe('the title of a restored workshop', () => {
  const phrase = (title: string) => `${title} (reservekopie 22 nov 2026, 15:03)`;

  it('names the backup’s moment after the title', () => {
    expect(restoredTitle('Zorg en techniek', phrase)).toBe('Zorg en techniek (reservekopie 22 nov 2026, 15:03)');
  });

  it('shortens a long title so that the whole stays within the limit of 200', () => {
    const title = restoredTitle('Zorg en techniek '.repeat(20), phrase);
    expect(title.length).toBeLessThanOrEqual(200);
    expect(title).toMatch(/^Zorg en techniek .*… \(reservekopie 22 nov 2026, 15:03\)$/);
    // Never halfway through a character made of two code units.
    const emoji = restoredTitle('😀'.repeat(100), phrase);
    expect(emoji.length).toBeLessThanOrEqual(200);
    expect(emoji).toMatch(/^(😀)+… \(/u);
  });
});
