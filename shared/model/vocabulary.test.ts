import { describe, expect, it } from 'vitest';
import { calendarDay, isActionOverdue } from './vocabulary';

describe('an overdue action ("verlopen")', () => {
  const today = '2027-02-10';
  it('has a date before today and is not done', () => {
    expect(isActionOverdue({ dueDate: '2027-02-09', status: 'open' }, today)).toBe(true);
    expect(isActionOverdue({ dueDate: '2026-12-31', status: 'bezig' }, today)).toBe(true);
  });
  it('is not one that is done, due today or later, or undated', () => {
    expect(isActionOverdue({ dueDate: '2027-02-09', status: 'klaar' }, today)).toBe(false);
    expect(isActionOverdue({ dueDate: today, status: 'open' }, today)).toBe(false);
    expect(isActionOverdue({ dueDate: '2027-03-01', status: 'open' }, today)).toBe(false);
    expect(isActionOverdue({ dueDate: null, status: 'open' }, today)).toBe(false);
  });
});

describe('calendarDay', () => {
  it('is the local day of a moment', () => {
    expect(calendarDay(new Date(2027, 0, 5, 23, 59))).toBe('2027-01-05');
    expect(calendarDay(new Date(2027, 11, 31, 0, 0))).toBe('2027-12-31');
  });
});
