import { useSyncExternalStore } from 'react';
import { workshopRepository } from '../data';
import { LibraryCommands, type LibraryState } from './libraryCommands';

/** This window's library commands and their undo history. */
export const libraryCommands = new LibraryCommands(workshopRepository);

export function useLibraryState(): LibraryState {
  return useSyncExternalStore(libraryCommands.subscribe, libraryCommands.getState);
}
