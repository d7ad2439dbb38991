import { useDraggable } from '@dnd-kit/core';
import { GripVertical, MoveRight, Trash2 } from 'lucide-react';
import { memo, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Note } from '../../../../shared/model/note';
import { NOTE_TEXT_MAX } from '../../../../shared/model/vocabulary';
import type { Participant } from '../../../../shared/model/participant';
import { useCommandManager } from '../../../commands/CommandManagerContext';
import { editRequest } from '../../../commands/editRequest';
import { useToast } from '../../../components/Toasts';
import { RemoteTextNotice } from '../../../components/RemoteTextNotice';
import { useCommittedText } from '../../../components/useCommittedText';
import { noteDragId } from '../NoteDragContext';
import { MoveNoteDialog } from './MoveNoteDialog';
import { AuthorSelect, ColourChoice, noteColourClass } from './NoteFields';

interface Props {
  note: Note;
  participants: Participant[];
}

/** A note re-renders when it changes, not when another note of the element does. */
const sameNote = (a: Props, b: Props) =>
  a.participants === b.participants && a.note.id === b.note.id && a.note.updatedAt === b.note.updatedAt;

/** One sticky note: its text edits in place; colour, author, move and delete beside it. */
export const NoteItem = memo(function NoteItem({ note, participants }: Props) {
  const { t } = useTranslation();
  const manager = useCommandManager();
  const toast = useToast();
  const id = useId();
  const [moving, setMoving] = useState(false);
  const text = useCommittedText(note.text, (value) => value.trim() && editRequest('editNote', { id: note.id, patch: { text: value } }));
  const author = participants.find((participant) => participant.id === note.authorId);

  const remove = async () => {
    await manager.execute('deleteNote', { id: note.id });
    toast({ message: t('panel.noteDeleted'), undo: () => void manager.run('undo') });
  };

  const { attributes, listeners, setNodeRef, isDragging } = useDraggable({ id: noteDragId(note.id), data: note });

  return (
    <div className={`note ${noteColourClass(note.colour)}${isDragging ? ' note-picked' : ''}`}>
      <button
        ref={setNodeRef}
        type="button"
        className="note-grip"
        {...attributes}
        {...listeners}
        tabIndex={-1}
        aria-label={t('panel.dragNote')}
        title={t('panel.dragNote')}
      >
        <GripVertical aria-hidden size={16} />
      </button>
      <label htmlFor={`${id}-text`} className="visually-hidden">
        {author ? t('panel.noteText', { author: author.name }) : t('panel.noteWithoutAuthor')}
      </label>
      <textarea
        id={`${id}-text`}
        className="note-text"
        rows={2}
        maxLength={NOTE_TEXT_MAX}
        value={text.value}
        onChange={(event) => text.onChange(event.target.value)}
        onBlur={text.onBlur}
      />
      <RemoteTextNotice notice={text.notice} />
      <div className="note-tools">
        <ColourChoice
          name={`${id}-colour`}
          value={note.colour}
          onChange={(colour) => void manager.execute('editNote', { id: note.id, patch: { colour } })}
        />
        <AuthorSelect
          lean
          participants={participants}
          value={note.authorId ?? ''}
          onChange={(authorId) => void manager.execute('editNote', { id: note.id, patch: { authorId: authorId || undefined } })}
        />
        <button
          type="button"
          className="icon-button icon-button-small"
          aria-label={t('panel.moveNote')}
          title={t('panel.moveNote')}
          onClick={() => setMoving(true)}
        >
          <MoveRight aria-hidden size={16} />
        </button>
        <button
          type="button"
          className="icon-button icon-button-small"
          aria-label={t('panel.deleteNote')}
          title={t('panel.deleteNote')}
          onClick={() => void remove()}
        >
          <Trash2 aria-hidden size={16} />
        </button>
      </div>
      {moving && <MoveNoteDialog note={note} onClose={() => setMoving(false)} />}
    </div>
  );
}, sameNote);
