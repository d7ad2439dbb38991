import { describe, expect, it } from 'vitest';
import { currentPhase, defaultAgenda, elapsedMinutes, endAgenda, movePhase, nextPhase, plannedTotal, startPhase } from './agenda';

describe('the workshop agenda', () => {
  it('has the default phases with their planned minutes, 150 in all', () => {
    const agenda = defaultAgenda();
    expect(agenda.phases.map((phase) => phase.themeId ?? phase.kind)).toEqual([
      'welkom',
      'meerwaarde',
      'maatwerk',
      'mogelijkheden',
      'matching',
      'prioriteren',
      'acties',
      'afsluiting',
    ]);
    expect(plannedTotal(agenda)).toBe(150);
  });
  it('runs one phase at a time: starting the next ends the current', () => {
    let agenda = startPhase(defaultAgenda(), 'welkom', '2026-11-22T09:00:00.000Z');
    expect(currentPhase(agenda)?.id).toBe('welkom');
    expect(nextPhase(agenda)?.id).toBe('thema-meerwaarde');
    agenda = startPhase(agenda, 'thema-meerwaarde', '2026-11-22T09:12:00.000Z');
    expect(agenda.phases[0]).toMatchObject({ startedAt: '2026-11-22T09:00:00.000Z', endedAt: '2026-11-22T09:12:00.000Z' });
    expect(elapsedMinutes(agenda.phases[0]!, 0)).toBe(12);
    expect(elapsedMinutes(agenda.phases[1]!, Date.parse('2026-11-22T09:20:00.000Z'))).toBe(8);
    expect(elapsedMinutes(agenda.phases[2]!, 0)).toBeNull();
    agenda = endAgenda(agenda, '2026-11-22T09:30:00.000Z');
    expect(currentPhase(agenda)).toBeUndefined();
    expect(nextPhase(agenda)?.id).toBe('thema-maatwerk');
  });
  it('reorders phases up and down, not past the ends', () => {
    const agenda = defaultAgenda();
    expect(
      movePhase(agenda, 'acties', -1)
        .phases.map((phase) => phase.id)
        .slice(5, 7),
    ).toEqual(['acties', 'prioriteren']);
    expect(movePhase(agenda, 'welkom', -1)).toBe(agenda);
    expect(movePhase(agenda, 'afsluiting', 1)).toBe(agenda);
  });
});
