import { useCallback, useEffect, useRef, useState } from 'react';

/** Text typed but not yet handed to the database, across every field on screen. */
const pendingFlushes = new Set<() => void>();

/** Hands every field's typed text to the database now: on page hide, before close, before export. */
export function flushPendingText(): void {
  for (const flush of [...pendingFlushes]) flush();
}

export const TEXT_COMMIT_DELAY_MS = 300;

/**
 * A text field bound to stored text: typing shows at once and is committed 300 ms after the last
 * key, on blur, on page hide and on unmount. While the user types, stored updates do not overwrite
 * the field; otherwise (undo, another window) the field follows the stored text.
 */
export function useCommittedText(stored: string, commit: (text: string) => void) {
  const [text, setText] = useState(stored);
  const dirty = useRef(false);
  const latest = useRef(stored);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const commitRef = useRef(commit);
  useEffect(() => {
    commitRef.current = commit;
  });

  const flush = useCallback(function flushText() {
    clearTimeout(timer.current);
    pendingFlushes.delete(flushText);
    if (!dirty.current) return;
    dirty.current = false;
    commitRef.current(latest.current);
  }, []);

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
      pendingFlushes.add(flush);
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, TEXT_COMMIT_DELAY_MS);
    },
    [flush],
  );

  return { value: text, onChange, onBlur: flush };
}
