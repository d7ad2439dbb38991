import { isLanguage, type Language } from '../../shared/model/vocabulary';
import type { KeyValueStore } from './identity';

/** The language a participant chose with the switch on this device; otherwise the page follows the workshop's. */
const KEY = 'actieplaat.participant.language';

export function chosenLanguage(store: KeyValueStore): Language | null {
  try {
    const value = store.getItem(KEY);
    return isLanguage(value) ? value : null;
  } catch {
    return null;
  }
}

export function chooseLanguage(store: KeyValueStore, language: Language): void {
  try {
    store.setItem(KEY, language);
  } catch {
    // Not remembered: the page follows the workshop's language again after a reload.
  }
}
