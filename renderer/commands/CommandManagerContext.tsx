import { createContext, useContext, useEffect, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { ChangeWriter } from '../data/changes';
import { WorkshopEdits } from '../data/edits';
import { db } from '../data';
import { useHost } from '../host/HostContext';
import { recordFactory } from '../data/records';
import { CommandManager, type ManagerState } from './commandManager';

const ManagerContext = createContext<CommandManager | null>(null);

/** The managers of the workshops open in this window. */
const openManagers = new Set<CommandManager>();

/** Resolves when the edits of every open workshop are stored, or wait for another attempt after a storage fault. */
export async function settleOpenEdits(): Promise<void> {
  await Promise.all([...openManagers].map((manager) => manager.settled()));
}

/** One command manager (and undo history) per open workshop, with its keyboard shortcuts. */
export function CommandManagerProvider({ workshopId, children }: { workshopId: string; children: ReactNode }) {
  const manager = useMemo(
    () => new CommandManager(new WorkshopEdits(db, recordFactory, workshopId), new ChangeWriter(db, recordFactory.now)),
    [workshopId],
  );
  const host = useHost();
  useEffect(() => {
    openManagers.add(manager);
    return () => void openManagers.delete(manager);
  }, [manager]);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => manager.handleKeyDown(event);
    window.addEventListener('keydown', onKeyDown);
    // The desktop shell's Bewerken menu runs the same commands as the keys and the toolbar.
    const stopMenu = host.onMenuCommand((command) => {
      if (command === 'edit.undo') void manager.run('undo');
      if (command === 'edit.redo') void manager.run('redo');
    });
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      stopMenu();
    };
  }, [manager, host]);
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
