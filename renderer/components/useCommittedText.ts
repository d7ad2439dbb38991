import { useCallback, useEffect, useRef, useState } from 'react';
import { useCommandManager } from '../commands/CommandManagerContext';
import { requestField, type EditRequest } from '../commands/editRequest';
import { pendingText } from '../commands/pendingText';
import { TextEchoes } from '../commands/textEchoes';
import { announceTextEdit, onRemoteTextEdit } from '../commands/textEditChannel';
import { clearDraft, saveDraft } from '../commands/textDrafts';

/** Hands every field's typed text to the database now: on page hide, before close, before export. */
export function flushPendingText(): void {
  pendingText.flushAll();
}

export const TEXT_COMMIT_DELAY_MS = 300;

/**
 * What the field says about text from another window: `updated` — it now shows what was stored there;
 * `kept` — it keeps what is being typed here, which is stored after that and so wins (last write wins).
 */
export type RemoteTextNotice = 'updated' | 'kept' | null;

/** A stored change and another window's announcement of it arrive in either order, close together. */
const REMOTE_WINDOW_MS = 3000;
const NOTICE_MS = 8000;

/** What a field's text becomes as an edit; nothing (`undefined`, `false`, `''`) when it is not to be stored. */
export type TextToEdit = (text: string) => EditRequest | undefined | false | '';

/**
 * A text field bound to stored text. Every key is kept at once as a draft (which survives a closed
 * or crashed window) and handed to the database 300 ms after the last key, on blur, on page hide and
 * on unmount. While the user types, stored updates do not overwrite the field, and neither does its own
 * text coming back from the database late; otherwise (undo, another window) the field follows the stored text. When the stored text came from another window,
 * the field says so (`notice`): either it now shows that text, or it keeps the text typed here, which
 * is stored last and wins.
 */
export function useCommittedText(stored: string, toEdit: TextToEdit) {
  const manager = useCommandManager();
  const [text, setText] = useState(stored);
  const dirty = useRef(false);
  const latest = useRef(stored);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const toEditRef = useRef(toEdit);
  useEffect(() => {
    toEditRef.current = toEdit;
  });
  const [echoes] = useState(() => new TextEchoes());
  const [notice, setNotice] = useState<RemoteTextNotice>(null);
  const noticeTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  /** When another window last said it stored this field, and when a stored change not made here last arrived. */
  const remoteSaidAt = useRef(0);
  const changedAt = useRef<{ at: number; notice: Exclude<RemoteTextNotice, null> } | null>(null);

  const show = useCallback((next: Exclude<RemoteTextNotice, null>) => {
    setNotice(next);
    clearTimeout(noticeTimer.current);
    noticeTimer.current = setTimeout(() => setNotice(null), NOTICE_MS);
  }, []);
  useEffect(() => () => clearTimeout(noticeTimer.current), []);

  const fieldKey = useCallback(() => {
    const request = toEditRef.current(latest.current || '·');
    return request ? requestField(request) : undefined;
  }, []);

  useEffect(
    () =>
      onRemoteTextEdit((field) => {
        if (field !== fieldKey()) return;
        remoteSaidAt.current = Date.now();
        const changed = changedAt.current;
        if (changed && Date.now() - changed.at < REMOTE_WINDOW_MS) show(changed.notice);
      }),
    [fieldKey, show],
  );

  const flush = useCallback(
    function flushText() {
      clearTimeout(timer.current);
      try {
        if (!dirty.current) return;
        dirty.current = false;
        const request = toEditRef.current(latest.current);
        if (!request) return;
        const field = requestField(request);
        const written = saveDraft(field, manager.workshopId, request);
        echoes.handedOver(request);
        void manager.submit(request).then(() => {
          clearDraft(field, written);
          announceTextEdit(field);
        });
      } finally {
        // After the submit: the toolbar goes from "Opslaan…" for typing to "Opslaan…" for the write, never "Opgeslagen" between.
        pendingText.delete(flushText);
      }
    },
    [manager, echoes],
  );

  useEffect(() => {
    // The database catching up with text handed over here is no change to follow: it would drop the keys typed since.
    const echo = echoes.isEcho(toEditRef.current(stored));
    if (stored === latest.current || echo) return;
    // Not typed here: undo, or another window. Typing in progress keeps its text; it is stored last.
    const next = dirty.current ? 'kept' : 'updated';
    if (!dirty.current) {
      echoes.forget();
      latest.current = stored;
      setText(stored);
    }
    changedAt.current = { at: Date.now(), notice: next };
    if (Date.now() - remoteSaidAt.current < REMOTE_WINDOW_MS) show(next);
  }, [stored, show, echoes]);

  useEffect(() => flush, [flush]);

  const onChange = useCallback(
    (value: string) => {
      setText(value);
      latest.current = value;
      dirty.current = true;
      if (notice === 'updated') setNotice(null);
      const request = toEditRef.current(value);
      if (request) saveDraft(requestField(request), manager.workshopId, request);
      pendingText.add(flush);
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, TEXT_COMMIT_DELAY_MS);
    },
    [flush, manager, notice],
  );

  return { value: text, onChange, onBlur: flush, notice };
}
