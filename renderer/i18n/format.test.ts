import { describe, expect, it } from 'vitest';
import { formatBytes, formatCalendarDate, formatLastEdited, todayAsCalendarDate } from './format';

describe('dates for people', () => {
  it('write a workshop day in full, in Dutch and English, whatever the time zone', () => {
    expect(formatCalendarDate('2026-12-03', 'nl')).toBe('3 december 2026');
    expect(formatCalendarDate('2026-12-03', 'en')).toBe('3 December 2026');
  });
  it('say how long ago a workshop was edited', () => {
    const now = new Date('2026-11-22T12:00:00Z');
    expect(formatLastEdited('2026-11-22T11:59:50Z', 'nl', 'zojuist', now)).toBe('zojuist');
    expect(formatLastEdited('2026-11-22T11:55:00Z', 'nl', 'zojuist', now)).toBe('5 minuten geleden');
    expect(formatLastEdited('2026-11-21T12:00:00Z', 'nl', 'zojuist', now)).toBe('gisteren');
    expect(formatLastEdited('2026-11-19T12:00:00Z', 'en', 'just now', now)).toBe('3 days ago');
  });
  it('give today as YYYY-MM-DD in local time', () => {
    expect(todayAsCalendarDate(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });

  it('gives sizes as people read them', () => {
    expect(formatBytes(300, 'nl')).toBe('1 kB');
    expect(formatBytes(12_800, 'nl')).toBe('13 kB');
    expect(formatBytes(1.5 * 1024 * 1024, 'nl')).toBe('1,5 MB');
    expect(formatBytes(1.5 * 1024 * 1024, 'en')).toBe('1.5 MB');
    expect(formatBytes(25 * 1024 * 1024, 'en')).toBe('25 MB');
    expect(formatBytes(1024 * 1024 * 1024, 'nl')).toBe('1 GB');
    expect(formatBytes(1.5 * 1024 * 1024 * 1024, 'nl')).toBe('1,5 GB');
  });
});
