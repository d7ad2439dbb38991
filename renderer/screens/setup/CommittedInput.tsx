import type { InputHTMLAttributes, TextareaHTMLAttributes } from 'react';
import { RemoteTextNotice } from '../../components/RemoteTextNotice';
import { useCommittedText, type TextToEdit } from '../../components/useCommittedText';

type Common = {
  stored: string;
  /** The edit the typed text becomes, or nothing when it is not to be stored (e.g. an emptied name). */
  onCommit: TextToEdit;
};

/** A text input bound to stored text through the typing delay (see `useCommittedText`). */
export function CommittedInput({
  stored,
  onCommit,
  ...rest
}: Common & Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'onBlur'>) {
  const field = useCommittedText(stored, onCommit);
  return (
    <>
      <input {...rest} value={field.value} onChange={(event) => field.onChange(event.target.value)} onBlur={field.onBlur} />
      <RemoteTextNotice notice={field.notice} />
    </>
  );
}

export function CommittedTextarea({
  stored,
  onCommit,
  ...rest
}: Common & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'onChange' | 'onBlur'>) {
  const field = useCommittedText(stored, onCommit);
  return (
    <>
      <textarea {...rest} value={field.value} onChange={(event) => field.onChange(event.target.value)} onBlur={field.onBlur} />
      <RemoteTextNotice notice={field.notice} />
    </>
  );
}
