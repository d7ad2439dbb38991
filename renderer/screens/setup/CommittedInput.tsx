import type { InputHTMLAttributes, TextareaHTMLAttributes } from 'react';
import { useCommittedText } from '../../components/useCommittedText';

type Common = {
  stored: string;
  /** Called with the typed text after the typing delay; return nothing. Empty text is the caller's call. */
  onCommit(text: string): void;
};

/** A text input bound to stored text through the typing delay (see `useCommittedText`). */
export function CommittedInput({
  stored,
  onCommit,
  ...rest
}: Common & Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'onBlur'>) {
  const field = useCommittedText(stored, onCommit);
  return <input {...rest} value={field.value} onChange={(event) => field.onChange(event.target.value)} onBlur={field.onBlur} />;
}

export function CommittedTextarea({
  stored,
  onCommit,
  ...rest
}: Common & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'onChange' | 'onBlur'>) {
  const field = useCommittedText(stored, onCommit);
  return <textarea {...rest} value={field.value} onChange={(event) => field.onChange(event.target.value)} onBlur={field.onBlur} />;
}
