import { createContext, useContext, useEffect, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { ChangeWriter } from '../data/changes';
import { WorkshopEdits } from '../data/edits';
import { db } from '../data';
import { recordFactory } from '../data/records';
import { loadRecordChecks } from '../data/recordChecks';
import { whenIdleAfterFirstPaint } from '../components/lazyWhenIdle';
import { CommandManager, type ManagerState } from './commandManager';
import { commandDispatcher } from './dispatcher';
import { editCommands } from './editCommands';
import type { EditRequest } from './editRequest';
import { useCommand } from './useCommand';

const ManagerContext = createContext<CommandManager | null>(null);

/** The managers of the workshops open in this window. */
const openManagers = new Set<CommandManager>();

/** Resolves when the edits of every open workshop are stored, or wait for another attempt after a storage fault. */
export async function settleOpenEdits(): Promise<void> {
  await Promise.all([...openManagers].map((manager) => manager.settled()));
}

/** One command manager (and undo history) per open workshop, which offers undo and redo while it is open. */
export function CommandManagerProvider({ workshopId, children }: { workshopId: string; children: ReactNode }) {
  const manager = useMemo(
    () => new CommandManager(new WorkshopEdits(db, recordFactory, workshopId), new ChangeWriter(db, recordFactory.now)),
    [workshopId],
  );
  // The record checks (and zod) load once the screen is idle, so the first edit does not wait for them.
  useEffect(() => whenIdleAfterFirstPaint(() => void loadRecordChecks().catch(() => undefined)), []);
  useEffect(() => {
    openManagers.add(manager);
    return () => void openManagers.delete(manager);
  }, [manager]);
  // Every edit is a command of the dispatcher too, so a button can run it by its registry id.
  useEffect(() => {
    const names = Object.keys(editCommands) as (keyof typeof editCommands)[];
    const stops = names.map((name) =>
      commandDispatcher.register(name, { run: (payload) => manager.submit({ name, payload } as EditRequest) }),
    );
    return () => stops.forEach((stop) => stop());
  }, [manager]);
  // Undo and redo from the keys, the toolbar and the desktop menu, enabled as the history allows.
  const { canUndo, canRedo } = useSyncExternalStore(manager.subscribe, manager.getState);
  useCommand('edit.undo', () => manager.run('undo'), canUndo);
  useCommand('edit.redo', () => manager.run('redo'), canRedo);
  return <ManagerContext.Provider value={manager}>{children}</ManagerContext.Provider>;
}

export function useCommandManager(): CommandManager {
  const manager = useContext(ManagerContext);
  if (!manager) throw new Error('useCommandManager outside <CommandManagerProvider>');
  return manager;
}

export function useManagerState(): ManagerState {
  const manager = useCommandManager();
  return useSyncExternalStore(manager.subscribe, manager.getState);
}
