import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { DocView } from './docView';

const emptySubscribe = () => () => undefined;

/** `read(doc)` of the named maps, read again when they change; `fallback` without a document. */
export function useDocView<T>(doc: Y.Doc | null, maps: readonly string[], read: (doc: Y.Doc) => T, fallback: T): T {
  // The maps and the reader are fixed per call site; only another document makes another view.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const view = useMemo(() => (doc ? new DocView(doc, maps, read) : null), [doc]);
  const fallbackSnapshot = useRef(fallback);
  return useSyncExternalStore(view?.subscribe ?? emptySubscribe, view?.getSnapshot ?? (() => fallbackSnapshot.current));
}

export const TEXT_COMMIT_DELAY_MS = 300;

/** Every text field's pending write, so the page can hand them over when it is hidden or closed. */
const pending = new Set<() => void>();

export function flushTextFields(): void {
  for (const flush of [...pending]) flush();
}

/**
 * A text field bound to a text in the table's document: written 300 ms after the last key, on blur,
 * on page hide and when the field goes away, not on every key. While the field has the focus it keeps
 * its own text, even when another phone changes the same text; after that it shows the document's.
 * `commit` decides what to write and returns `false` for what it does not (an empty note, say): on
 * blur the field then shows the document's text again.
 */
export function useDraftText(stored: string, commit: (text: string) => boolean | void) {
  const [text, setText] = useState(stored);
  const focused = useRef(false);
  const dirty = useRef(false);
  const latest = useRef(stored);
  const storedRef = useRef(stored);
  const commitRef = useRef(commit);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => {
    commitRef.current = commit;
    storedRef.current = stored;
  });

  const [flush] = useState(() => {
    const flushText = (): boolean => {
      clearTimeout(timer.current);
      pending.delete(flushText);
      if (!dirty.current) return false;
      dirty.current = false;
      return commitRef.current(latest.current) !== false;
    };
    return flushText;
  });

  useEffect(() => {
    if (focused.current || dirty.current) return;
    latest.current = stored;
    setText(stored);
  }, [stored]);

  useEffect(() => () => void flush(), [flush]);

  return {
    value: text,
    onChange(value: string) {
      setText(value);
      latest.current = value;
      dirty.current = true;
      pending.add(flush);
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, TEXT_COMMIT_DELAY_MS);
    },
    onFocus() {
      focused.current = true;
    },
    onBlur() {
      focused.current = false;
      // Nothing written from here: show what the document holds now (another phone may have changed it meanwhile).
      if (!flush() && latest.current !== storedRef.current) {
        latest.current = storedRef.current;
        setText(storedRef.current);
      }
    },
  };
}
