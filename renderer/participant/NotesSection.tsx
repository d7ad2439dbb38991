import { Plus, Trash2 } from 'lucide-react';
import { memo, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { NOTE_TEXT_MAX, noteColours, type NoteColour } from '../../shared/model/vocabulary';
import { deleteRecord, patchRecord, readRecord, writeRecord, type RoomNote } from '../../shared/room/tableDoc';
import { useToast } from '../components/Toasts';
import { useDraftText } from './hooks';
import { stamp, useTable } from './tableContext';
import type { NoteView } from './tableView';
import { uuidV4 } from './uuid';

/** The element's notes, each editable in place, and a form for a new one. */
export function NotesSection({ elementId, notes }: { elementId: string; notes: readonly NoteView[] }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <section className="pp-section" aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`} className="pp-section-title">
        {t('panel.notes')} <span className="pp-count">{notes.length}</span>
      </h4>
      {notes.length === 0 ? (
        <p className="pp-hint">{t('participant.notes.empty')}</p>
      ) : (
        <ul className="pp-notes">
          {notes.map((note) => (
            <li key={note.id}>
              <NoteItem note={note} />
            </li>
          ))}
        </ul>
      )}
      <NewNote elementId={elementId} />
    </section>
  );
}

function ColourSelect({ value, onChange, id }: { value: NoteColour; onChange(colour: NoteColour): void; id: string }) {
  const { t } = useTranslation();
  return (
    <div className="pp-colour">
      <label htmlFor={id}>{t('panel.noteColour')}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value as NoteColour)}>
        {noteColours.map((colour) => (
          <option key={colour} value={colour}>
            {t(`noteColours.${colour}`)}
          </option>
        ))}
      </select>
    </div>
  );
}

const NoteItem = memo(function NoteItem({ note }: { note: NoteView }) {
  const { t } = useTranslation();
  const { doc, participantId, nameOf } = useTable();
  const toast = useToast();
  const id = useId();
  const text = useDraftText(
    note.text,
    (value) => value.trim() !== '' && patchRecord(doc, 'notes', note.id, { text: value, updatedAt: stamp() }),
  );
  const authorName = note.authorId === undefined ? undefined : nameOf(note.authorId);
  // Shown as "jij" on the author's own phone; a screen reader hears the name.
  const author = note.authorId !== undefined && note.authorId === participantId ? t('participant.notes.mine') : authorName;

  const restore = (fields: Record<string, unknown>) => {
    const record = { ...fields, id: note.id, updatedAt: stamp() };
    writeRecord(doc, 'notes', record);
  };
  const remove = () => {
    const before = readRecord(doc, 'notes', note.id);
    deleteRecord(doc, 'notes', note.id);
    toast({
      message: t('panel.noteDeleted'),
      undo: before && (() => restore(before)),
    });
  };

  return (
    <div className={`pp-note note-${note.colour}`} data-testid="note">
      <label htmlFor={`${id}-text`} className="visually-hidden">
        {t('panel.noteText', { author: authorName ?? t('panel.noAuthor') })}
      </label>
      <textarea
        id={`${id}-text`}
        className="pp-note-text"
        rows={2}
        maxLength={NOTE_TEXT_MAX}
        value={text.value}
        onChange={(event) => text.onChange(event.target.value)}
        onFocus={text.onFocus}
        onBlur={text.onBlur}
      />
      <div className="pp-note-tools">
        {author && (
          <span className="pp-note-author">
            {t('panel.author')}: {author}
          </span>
        )}
        <ColourSelect
          id={`${id}-colour`}
          value={note.colour}
          onChange={(colour) => patchRecord(doc, 'notes', note.id, { colour, updatedAt: stamp() })}
        />
        <button type="button" className="pp-icon-button" aria-label={t('panel.deleteNote')} title={t('panel.deleteNote')} onClick={remove}>
          <Trash2 aria-hidden size={20} />
        </button>
      </div>
    </div>
  );
});

function NewNote({ elementId }: { elementId: string }) {
  const { t } = useTranslation();
  const { doc, participantId } = useTable();
  const id = useId();
  const [text, setText] = useState('');
  const [colour, setColour] = useState<NoteColour>('geel');
  const [empty, setEmpty] = useState(false);
  const add = (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return setEmpty(true);
    const now = stamp();
    const note: RoomNote = { id: uuidV4(), elementId, text: text.trim(), colour, authorId: participantId, createdAt: now, updatedAt: now };
    writeRecord(doc, 'notes', note);
    setText('');
    setEmpty(false);
  };
  return (
    <form className={`pp-new-note note-${colour}`} onSubmit={add} noValidate>
      <label htmlFor={`${id}-text`} className="visually-hidden">
        {t('panel.newNote')}
      </label>
      <textarea
        id={`${id}-text`}
        rows={2}
        maxLength={NOTE_TEXT_MAX}
        placeholder={t('participant.notes.placeholder')}
        value={text}
        aria-invalid={empty ? true : undefined}
        aria-describedby={empty ? `${id}-empty` : undefined}
        onChange={(event) => {
          setText(event.target.value);
          setEmpty(false);
        }}
      />
      {empty && (
        <p id={`${id}-empty`} className="pp-error" role="alert">
          {t('panel.noteEmpty')}
        </p>
      )}
      <div className="pp-note-tools">
        <ColourSelect id={`${id}-colour`} value={colour} onChange={setColour} />
        <button type="submit" className="button button-primary pp-add">
          <Plus aria-hidden size={18} />
          {t('panel.addNote')}
        </button>
      </div>
    </form>
  );
}
