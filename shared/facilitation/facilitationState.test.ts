import { describe, expect, it } from 'vitest';
import { facilitationFrom, initialFacilitation, type FacilitationState } from './facilitationState';

describe('facilitationFrom: a stored facilitation state as this version reads it', () => {
  const steered: FacilitationState = {
    focus: 3,
    scoresShown: true,
    blank: true,
    timer: { durationMs: 300_000, startedAt: 1_000, elapsedMs: 20_000, sound: true },
    voting: { round: 2, voters: 'participant', dotsPerVoter: 5, revealed: true },
    joinSlide: true,
  };

  it('keeps a whole state as it is, and drops fields it does not know', () => {
    expect(facilitationFrom(steered)).toEqual(steered);
    expect(facilitationFrom({ ...steered, workshopId: 'w1', later: 1 })).toEqual(steered);
  });

  it('reads nothing, or something that is no state, as the initial state', () => {
    for (const stored of [undefined, null, 'blank', 42, []]) expect(facilitationFrom(stored)).toEqual(initialFacilitation);
  });

  it('takes the initial value for each malformed field, and keeps the others', () => {
    expect(
      facilitationFrom({
        ...steered,
        focus: 1.5,
        blank: 'yes',
        timer: { durationMs: 60_000, startedAt: 'now', elapsedMs: -5 },
        voting: { round: 'one', voters: 'team', dotsPerVoter: 3 },
      }),
    ).toEqual({
      ...steered,
      focus: 'all',
      blank: false,
      timer: { durationMs: 60_000, startedAt: null, elapsedMs: 0, sound: false },
      voting: null,
    });
    expect(facilitationFrom({ timer: { startedAt: 5 } }).timer).toEqual(initialFacilitation.timer);
  });
});
