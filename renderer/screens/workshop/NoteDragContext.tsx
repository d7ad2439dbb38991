import {
  DndContext,
  DragOverlay,
  PointerSensor,
  pointerWithin,
  useSensor,
  useSensors,
  type Announcements,
  type CollisionDetection,
  type DragEndEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Note } from '../../../shared/model/note';
import { useCommandManager } from '../../commands/CommandManagerContext';
import { useToast } from '../../components/Toasts';
import { useLanguage } from '../../i18n/useLanguage';
import { noteColourClass } from './panel/NoteFields';
import { useOpenWorkshop } from './WorkshopContext';

/** What a note can be dropped on: another element of the same team, or another team's canvas. */
export type NoteDropTarget = { kind: 'element'; elementId: string } | { kind: 'team'; teamId: string };

export const noteDragId = (noteId: string) => `note:${noteId}`;
export const elementDropId = (elementId: string) => `element:${elementId}`;
export const teamDropId = (teamId: string) => `team:${teamId}`;

/**
 * The drop target under the pointer that is really visible there: cards scrolled under the sticky
 * bars or covered by the element panel are not targets, however their rectangles overlap.
 */
export const visibleTargetUnderPointer: CollisionDetection = (args) => {
  const point = args.pointerCoordinates;
  if (!point) return [];
  const top = document.elementFromPoint(point.x, point.y);
  return pointerWithin(args).filter((collision) => {
    const node = args.droppableContainers.find((container) => container.id === collision.id)?.node.current;
    return node && top && node.contains(top);
  });
};

/**
 * The same object on every render: useSensor memoizes on it, and a new one made new sensors, so new
 * activators in dnd-kit's context, and so every note and card on screen drew again on every edit and
 * keystroke (bench `commit`, `keystroke`).
 */
const pointerOptions = { activationConstraint: { distance: 6 } };

/** Dragging notes with the mouse or a finger; the keyboard way is "Verplaats naar…" on each note. */
export function NoteDragContext({ teamId, children }: { teamId: string | undefined; children: ReactNode }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const manager = useCommandManager();
  const toast = useToast();
  const { template, sortedTeams } = useOpenWorkshop();
  const [dragged, setDragged] = useState<Note>();
  const sensors = useSensors(useSensor(PointerSensor, pointerOptions));
  const elements = template.themes.flatMap((theme) => theme.elements);
  const targetName = (target: NoteDropTarget | undefined) => {
    if (target?.kind === 'element') return elements.find((element) => element.id === target.elementId)?.title[language] ?? '';
    if (target?.kind === 'team') return sortedTeams.find((team) => team.id === target.teamId)?.name ?? '';
    return '';
  };

  const announcements: Announcements = {
    onDragStart: () => t('drag.picked'),
    onDragOver: ({ over }) => (over ? t('drag.over', { target: targetName(over.data.current as NoteDropTarget) }) : t('drag.outside')),
    onDragEnd: ({ over }) => (over ? t('drag.dropped', { target: targetName(over.data.current as NoteDropTarget) }) : t('drag.cancelled')),
    onDragCancel: () => t('drag.cancelled'),
  };

  const onDragStart = ({ active }: DragStartEvent) => setDragged(active.data.current as Note);
  const onDragEnd = async ({ active, over }: DragEndEvent) => {
    setDragged(undefined);
    const note = active.data.current as Note | undefined;
    const target = over?.data.current as NoteDropTarget | undefined;
    if (!note || !target || !teamId) return;
    const to =
      target.kind === 'element'
        ? { teamId: note.teamId, elementId: target.elementId }
        : { teamId: target.teamId, elementId: note.elementId };
    if (to.teamId === note.teamId && to.elementId === note.elementId) return;
    await manager.execute('moveNote', { id: note.id, to });
    const element = elements.find((candidate) => candidate.id === to.elementId);
    const team = sortedTeams.find((candidate) => candidate.id === to.teamId);
    toast({
      message: t('panel.noteMoved', { element: element?.title[language] ?? '', team: team?.name ?? '' }),
      undo: () => void manager.run('undo'),
    });
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={visibleTargetUnderPointer}
      // No scrolling by itself: the team buttons sit in a sticky bar at the top, where auto-scroll would start.
      autoScroll={false}
      onDragStart={onDragStart}
      onDragEnd={(event) => void onDragEnd(event)}
      onDragCancel={() => setDragged(undefined)}
      accessibility={{ announcements, screenReaderInstructions: { draggable: t('drag.instructions') } }}
    >
      {children}
      <DragOverlay dropAnimation={null} style={{ pointerEvents: 'none' }}>
        {dragged && <div className={`note note-dragging ${noteColourClass(dragged.colour)}`}>{dragged.text}</div>}
      </DragOverlay>
    </DndContext>
  );
}
