import { useVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type { Note } from '../../../../shared/model/note';
import type { Participant } from '../../../../shared/model/participant';
import { placeRows, useKeptRow } from '../../../components/virtualList';
import { NoteItem } from './NoteItem';

/** A note with its tools, before it is measured. */
const NOTE_HEIGHT_ESTIMATE = 120;

interface Props {
  notes: Note[];
  participants: Participant[];
  /** The panel, which scrolls. */
  scroller: RefObject<HTMLElement | null>;
}

/**
 * A busy element's notes, drawn as they scroll into view in the panel. Loaded only when an element
 * has that many notes, so the plate's start-up code stays without it.
 */
export function VirtualNoteList({ notes, participants, scroller }: Props) {
  const list = useRef<HTMLUListElement>(null);
  /** Where the list starts in the panel's scrolled content, and its gap between notes (CSS), in px. */
  const [layout, setLayout] = useState({ margin: 0, gap: 0 });
  const { rangeExtractor, keep } = useKeptRow(notes, (note) => note.id);
  // eslint-disable-next-line react-hooks/incompatible-library -- the renderer is not built with the React Compiler
  const virtualizer = useVirtualizer({
    count: notes.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => NOTE_HEIGHT_ESTIMATE,
    getItemKey: (index) => notes[index]!.id,
    overscan: 4,
    gap: layout.gap,
    scrollMargin: layout.margin,
    rangeExtractor,
  });
  useLayoutEffect(() => {
    const ul = list.current;
    const panel = scroller.current;
    const body = ul?.parentElement?.parentElement;
    if (!ul || !panel || !body) return;
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
  }, [scroller]);
  const placed = placeRows(virtualizer.getVirtualItems(), layout.margin, virtualizer.getTotalSize(), layout.gap);

  return (
    <ul ref={list} className="note-list" style={{ paddingBottom: placed.after }}>
      {placed.rows.map(({ index, before }) => {
        const note = notes[index]!;
        return (
          <li
            key={note.id}
            ref={virtualizer.measureElement}
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
  );
}
