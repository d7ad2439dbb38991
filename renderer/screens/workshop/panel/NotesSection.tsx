import { Plus } from 'lucide-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Note } from '../../../../shared/model/note';
import { NOTE_TEXT_MAX, type NoteColour } from '../../../../shared/model/vocabulary';
import type { Team } from '../../../../shared/model/team';
import type { CanvasElement } from '../../../../shared/model/template';
import { useActionManager } from '../../../actions/ActionManagerContext';
import { useParticipants } from '../../../data/canvasHooks';
import { useOpenWorkshop } from '../WorkshopContext';
import { AuthorSelect, ColourChoice } from './NoteFields';
import { NoteItem } from './NoteItem';

interface Props {
  team: Team;
  element: CanvasElement;
  notes: Note[];
}

export function NotesSection({ team, element, notes }: Props) {
  const { t } = useTranslation();
  const manager = useActionManager();
  const { workshop } = useOpenWorkshop();
  const participants = useParticipants(workshop.id) ?? [];
  const id = useId();
  const [text, setText] = useState('');
  const [colour, setColour] = useState<NoteColour>('geel');
  const [authorId, setAuthorId] = useState<string>('');
  const [error, setError] = useState<string>();

  const add = async (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) {
      setError(t('panel.noteEmpty'));
      return;
    }
    setError(undefined);
    await manager.execute('addNote', {
      teamId: team.id,
      elementId: element.id,
      text: text.trim(),
      colour,
      ...(authorId ? { authorId } : {}),
    });
    setText('');
  };

  return (
    <section className="panel-section" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="section-title">
        {t('panel.notes')} <span className="section-count">{notes.length}</span>
      </h3>
      {notes.length > 0 && (
        <ul className="note-list">
          {notes.map((note) => (
            <NoteItem key={note.id} note={note} participants={participants} />
          ))}
        </ul>
      )}
      <form className="note-form" onSubmit={add} noValidate>
        <label htmlFor={`${id}-text`} className="visually-hidden">
          {t('panel.newNote')}
        </label>
        <textarea
          id={`${id}-text`}
          rows={2}
          maxLength={NOTE_TEXT_MAX}
          value={text}
          placeholder={t('panel.newNotePlaceholder')}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void add(event);
          }}
        />
        {error && (
          <p id={`${id}-error`} className="field-error">
            {error}
          </p>
        )}
        <div className="note-form-row">
          <ColourChoice name={`${id}-colour`} value={colour} onChange={setColour} />
          <AuthorSelect participants={participants} value={authorId} onChange={setAuthorId} />
          <button type="submit" className="button button-secondary">
            <Plus aria-hidden size={16} />
            {t('panel.addNote')}
          </button>
        </div>
      </form>
    </section>
  );
}
