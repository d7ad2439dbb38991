import { useCallback, useEffect, useRef, useState } from 'react';
import { useActionManager } from '../actions/ActionManagerContext';
import { requestField, type EditRequest } from '../actions/editRequest';
import { clearDraft, saveDraft } from '../actions/textDrafts';

/** Text typed but not yet handed to the database, across every field on screen. */
const pendingFlushes = new Set<() => void>();

/** Hands every field's typed text to the database now: on page hide, before close, before export. */
export function flushPendingText(): void {
  for (const flush of [...pendingFlushes]) flush();
}

export const TEXT_COMMIT_DELAY_MS = 300;

/** What a field's text becomes as an edit; nothing (`undefined`, `false`, `''`) when it is not to be stored. */
export type TextToEdit = (text: string) => EditRequest | undefined | false | '';

/**
 * A text field bound to stored text. Every key is kept at once as a draft (which survives a closed
 * or crashed window) and handed to the database 300 ms after the last key, on blur, on page hide and
 * on unmount. While the user types, stored updates do not overwrite the field; otherwise (undo,
 * another window) the field follows the stored text.
 */
export function useCommittedText(stored: string, toEdit: TextToEdit) {
  const manager = useActionManager();
  const [text, setText] = useState(stored);
  const dirty = useRef(false);
  const latest = useRef(stored);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const toEditRef = useRef(toEdit);
  useEffect(() => {
    toEditRef.current = toEdit;
  });

  const flush = useCallback(
    function flushText() {
      clearTimeout(timer.current);
      pendingFlushes.delete(flushText);
      if (!dirty.current) return;
      dirty.current = false;
      const request = toEditRef.current(latest.current);
      if (!request) return;
      const field = requestField(request);
      const written = saveDraft(field, manager.workshopId, request);
      void manager.submit(request).then(() => clearDraft(field, written));
    },
    [manager],
  );

  useEffect(() => {
    if (!dirty.current) {
      latest.current = stored;
      setText(stored);
    }
  }, [stored]);

  useEffect(() => flush, [flush]);

  const onChange = useCallback(
    (value: string) => {
      setText(value);
      latest.current = value;
      dirty.current = true;
      const request = toEditRef.current(value);
      if (request) saveDraft(requestField(request), manager.workshopId, request);
      pendingFlushes.add(flush);
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, TEXT_COMMIT_DELAY_MS);
    },
    [flush, manager],
  );

  return { value: text, onChange, onBlur: flush };
}
