import { useVirtualizer } from '@tanstack/react-virtual';
import { Plus } from 'lucide-react';
import { useId, useLayoutEffect, useRef, useState, type FormEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Note } from '../../../../shared/model/note';
import { NOTE_TEXT_MAX, type NoteColour } from '../../../../shared/model/vocabulary';
import type { Team } from '../../../../shared/model/team';
import type { CanvasElement } from '../../../../shared/model/template';
import { useActionManager } from '../../../actions/ActionManagerContext';
import { allRows, placeRows, useKeptRow } from '../../../components/virtualList';
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

/** A note with its tools, before it is measured. */
const NOTE_HEIGHT_ESTIMATE = 120;
/** Up to this many notes are drawn whole (about 0.3 s to open the panel); more are drawn as they scroll into view. */
const DRAW_ALL_NOTES_UP_TO = 40;

export function NotesSection({ team, element, notes, scroller }: Props) {
  const { t } = useTranslation();
  const manager = useActionManager();
  const { workshop } = useOpenWorkshop();
  const participants = useParticipants(workshop.id) ?? [];
  const id = useId();
  const [text, setText] = useState('');
  const [colour, setColour] = useState<NoteColour>('geel');
  const [authorId, setAuthorId] = useState<string>('');
  const [error, setError] = useState<string>();
  const list = useRef<HTMLUListElement>(null);
  /** Where the list starts in the panel's scrolled content, and its gap between notes (CSS), in px. */
  const [layout, setLayout] = useState({ margin: 0, gap: 0 });
  const virtual = notes.length > DRAW_ALL_NOTES_UP_TO;
  const { rangeExtractor, keep } = useKeptRow(notes, (note) => note.id);
  // eslint-disable-next-line react-hooks/incompatible-library -- the renderer is not built with the React Compiler
  const virtualizer = useVirtualizer({
    count: notes.length,
    enabled: virtual,
    getScrollElement: () => scroller.current,
    estimateSize: () => NOTE_HEIGHT_ESTIMATE,
    getItemKey: (index) => notes[index]!.id,
    overscan: 4,
    gap: layout.gap,
    scrollMargin: layout.margin,
    rangeExtractor,
  });
  useLayoutEffect(() => {
    const panel = scroller.current;
    const body = list.current?.parentElement?.parentElement;
    if (!virtual || !list.current || !panel || !body) return;
    const ul = list.current;
    const measure = () => {
      const margin = ul.getBoundingClientRect().top - panel.getBoundingClientRect().top - panel.clientTop + panel.scrollTop;
      const gap = Number.parseFloat(getComputedStyle(ul).rowGap) || 0;
      setLayout((current) => (current.margin === margin && current.gap === gap ? current : { margin, gap }));
    };
    measure();
    // Whatever above the list grows or shrinks (the panel's body) moves it.
    const observer = new ResizeObserver(measure);
    observer.observe(body);
    return () => observer.disconnect();
  }, [scroller, virtual]);
  const placed = virtual
    ? placeRows(virtualizer.getVirtualItems(), layout.margin, virtualizer.getTotalSize(), layout.gap)
    : allRows(notes.length);

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
      {notes.length > 0 && (
        <ul ref={list} className="note-list" style={{ paddingBottom: placed.after }}>
          {placed.rows.map(({ index, before }) => {
            const note = notes[index]!;
            return (
              <li
                key={note.id}
                ref={virtual ? virtualizer.measureElement : undefined}
                data-index={index}
                aria-setsize={notes.length}
                aria-posinset={index + 1}
                style={before ? { marginTop: before } : undefined}
                onFocus={() => keep(note.id)}
                // A note being dragged stays drawn even if the panel scrolls under it.
                onPointerDown={() => keep(note.id)}
              >
                <NoteItem note={note} participants={participants} />
              </li>
            );
          })}
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
