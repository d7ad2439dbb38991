import { beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { initialFacilitation } from '../../shared/facilitation/facilitationState';
import { openTestDatabase } from '../../tests/support/testDatabase';
import { ActieplaatDatabase } from '../data/db';
import { FacilitationRepository } from '../data/facilitationRepository';
import { FacilitationView } from './facilitationStore';

const workshopId = 'w1';
let repository: FacilitationRepository;
let view: FacilitationView;
/** The same database in another window: a connection of its own. */
let otherWindow: FacilitationRepository;

beforeEach(async () => {
  const database = await openTestDatabase('facilitation-view');
  repository = new FacilitationRepository(database);
  view = new FacilitationView(repository);
  const other = new ActieplaatDatabase(database.name);
  await other.open();
  onTestFinished(() => other.close());
  otherWindow = new FacilitationRepository(other);
});

describe('FacilitationView: a window’s view of the facilitator’s state', () => {
  it('gives the initial state until the stored one is read', async () => {
    await otherWindow.update(workshopId, () => ({ blank: true }));
    expect(view.get(workshopId)).toBe(initialFacilitation);
    await view.load(workshopId);
    expect(view.get(workshopId)).toEqual({ ...initialFacilitation, blank: true });
  });

  it('follows what another window stores, while anything listens', async () => {
    const listener = vi.fn();
    const stop = view.subscribe(workshopId, listener);
    await otherWindow.update(workshopId, () => ({ focus: 2 }));
    await vi.waitFor(() => expect(view.get(workshopId).focus).toBe(2));
    expect(listener).toHaveBeenCalled();

    stop();
    listener.mockClear();
    await otherWindow.update(workshopId, () => ({ focus: 3 }));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(listener).not.toHaveBeenCalled();
    expect(view.get(workshopId).focus).toBe(2);
  });

  it('shows a change made here at once, and stores it', async () => {
    const listener = vi.fn();
    view.subscribe(workshopId, listener);
    view.update(workshopId, () => ({ scoresShown: true }));
    expect(view.get(workshopId).scoresShown).toBe(true);
    expect(listener).toHaveBeenCalled();
    await vi.waitFor(async () => expect((await otherWindow.read(workshopId)).scoresShown).toBe(true));
  });

  it('goes back to what the database has when a change cannot be stored', async () => {
    await view.load(workshopId);
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(repository, 'update').mockRejectedValueOnce(new Error('database closed'));
    view.update(workshopId, () => ({ blank: true }));
    expect(view.get(workshopId).blank).toBe(true);
    await vi.waitFor(() => expect(view.get(workshopId).blank).toBe(false));
  });
});
