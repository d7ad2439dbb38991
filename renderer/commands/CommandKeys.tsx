import { useEffect } from 'react';
import { commandDispatcher } from './dispatcher';

/** The window's one key handler for commands: every key of the registry that acts on the whole window or the presentation. */
export function CommandKeys() {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => void commandDispatcher.handleKeyDown(event);
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
  return null;
}
