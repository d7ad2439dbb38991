import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { commandRegistry } from '../../shared/commands/registry';
import { defaultAgenda, type Agenda } from '../../shared/facilitation/agenda';
import { facilitationFrom } from '../../shared/facilitation/facilitationState';
import { setUpManagerHarness } from '../../tests/support/commandManagerHarness';
import { WorkshopEdits } from '../data/edits';
import { CommandManager } from './commandManager';
import { editCommands } from './editCommands';

const harness = setUpManagerHarness();

const agenda = async () => ((await harness.database.workshops.get(harness.workshopId))!.agenda as Agenda | undefined) ?? defaultAgenda();
const facilitation = async () => facilitationFrom(await harness.database.facilitation.get(harness.workshopId));

describe('the agenda’s commands', () => {
  it('starts a phase, its theme on the projector and the timer at its minutes in one step, and undoes all three as one', async () => {
    const phase = defaultAgenda().phases.find((candidate) => candidate.kind === 'thema')!;
    await harness.manager.execute('agenda.startPhase', { phaseId: phase.id, focus: 1, minutes: 25 });
    const started = await facilitation();
    expect((await agenda()).phases.find((candidate) => candidate.id === phase.id)?.startedAt).toBeDefined();
    expect(started).toMatchObject({ focus: 1, blank: false, timer: { durationMs: 25 * 60_000 } });
    expect(started.timer.startedAt).not.toBeNull();

    await harness.manager.run('undo');
    expect((await agenda()).phases.every((candidate) => candidate.startedAt === undefined)).toBe(true);
    expect(await facilitation()).toMatchObject({ focus: 'all', timer: { startedAt: null, durationMs: 10 * 60_000 } });
    expect(harness.manager.getState().canUndo).toBe(false);

    await harness.manager.run('redo');
    expect(await facilitation()).toMatchObject({ focus: 1, timer: { durationMs: 25 * 60_000 } });
  });

  it('changes the agenda as stored, so two windows that change it at once keep both changes', async () => {
    const [first, second] = defaultAgenda().phases;
    const other = new CommandManager(new WorkshopEdits(harness.database, harness.factory, harness.workshopId), harness.writer);
    // Each window shows the same agenda; one moves a phase while the other plans minutes.
    await Promise.all([
      harness.manager.execute('agenda.planMinutes', { phaseId: second!.id, minutes: 45 }),
      other.execute('agenda.movePhase', { phaseId: first!.id, offset: 1 }),
    ]);
    const phases = (await agenda()).phases;
    expect(phases.slice(0, 2).map((phase) => phase.id)).toEqual([second!.id, first!.id]);
    expect(phases[0]!.plannedMinutes).toBe(45);
  });

  it('merges typing of one phase’s minutes into one undo step', async () => {
    const phase = defaultAgenda().phases[0]!;
    for (const minutes of [1, 15, 150]) await harness.manager.execute('agenda.planMinutes', { phaseId: phase.id, minutes });
    await harness.manager.run('undo');
    expect((await agenda()).phases[0]!.plannedMinutes).toBe(phase.plannedMinutes);
    expect(harness.manager.getState().canUndo).toBe(false);
  });
});

describe('the workshop’s edits in the registry', () => {
  it('are all commands of the registry, merged with the next exactly where their edits merge', () => {
    for (const [name, command] of Object.entries(editCommands)) {
      const spec = commandRegistry[name as keyof typeof commandRegistry];
      expect(spec, name).toBeDefined();
      expect(spec.undo, name).toBe('coalesceKey' in command ? 'merge' : 'step');
    }
  });
});
