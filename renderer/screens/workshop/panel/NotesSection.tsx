import { Plus } from 'lucide-react';
import { lazy, Suspense, useId, useState, type FormEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Note } from '../../../../shared/model/note';
import type { Participant } from '../../../../shared/model/participant';
import { NOTE_TEXT_MAX, type NoteColour } from '../../../../shared/model/vocabulary';
import type { Team } from '../../../../shared/model/team';
import type { CanvasElement } from '../../../../shared/model/template';
import { useCommandManager } from '../../../commands/CommandManagerContext';
import { useParticipants } from '../../../data/canvasHooks';
import { useOpenWorkshop } from '../WorkshopContext';
import { AuthorSelect, ColourChoice } from './NoteFields';
import { NoteItem } from './NoteItem';

interface Props {
  team: Team;
  element: CanvasElement;
  notes: Note[];
  /** The panel, which scrolls: a busy element has hundreds of notes, and only those in view are drawn. */
  scroller: RefObject<HTMLElement | null>;
}

/** Up to this many notes are drawn whole (about 0.3 s to open the panel); more are drawn as they scroll into view. */
const DRAW_ALL_NOTES_UP_TO = 40;
/** While the scrolling list's code loads (once), the first notes are drawn as they are. */
const DRAWN_WHILE_LOADING = 8;

const VirtualNoteList = lazy(() => import('./VirtualNoteList').then(({ VirtualNoteList }) => ({ default: VirtualNoteList })));

export function NotesSection({ team, element, notes, scroller }: Props) {
  const { t } = useTranslation();
  const manager = useCommandManager();
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
    const added = text;
    await manager.execute('addNote', {
      teamId: team.id,
      elementId: element.id,
      text: added.trim(),
      colour,
      ...(authorId ? { authorId } : {}),
    });
    // The next note may already be being typed while this one was stored: keep that.
    setText((current) => (current === added ? '' : current));
  };

  return (
    <section className="panel-section" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="section-title">
        {t('panel.notes')} <span className="section-count">{notes.length}</span>
      </h3>
      {notes.length > DRAW_ALL_NOTES_UP_TO ? (
        <Suspense fallback={<NoteList notes={notes.slice(0, DRAWN_WHILE_LOADING)} setSize={notes.length} participants={participants} />}>
          <VirtualNoteList notes={notes} participants={participants} scroller={scroller} />
        </Suspense>
      ) : (
        notes.length > 0 && <NoteList notes={notes} setSize={notes.length} participants={participants} />
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

/** Notes drawn as they are, each saying its place among all `setSize`. */
function NoteList({ notes, setSize, participants }: { notes: Note[]; setSize: number; participants: Participant[] }) {
  return (
    <ul className="note-list">
      {notes.map((note, index) => (
        <li key={note.id} aria-setsize={setSize} aria-posinset={index + 1}>
          <NoteItem note={note} participants={participants} />
        </li>
      ))}
    </ul>
  );
}
