import { useDroppable } from '@dnd-kit/core';
import { HelpCircle } from 'lucide-react';
import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../../shared/model/assessment';
import type { Language } from '../../../shared/model/primitives';
import type { CanvasElement } from '../../../shared/model/template';
import type { CellSummary } from '../../data/canvasHooks';
import { elementDropId, type NoteDropTarget } from './NoteDragContext';
import { ScoreSummary } from './ScoreSummary';

interface Props {
  element: CanvasElement;
  /** "1.3": theme number and position, so that the plate can be discussed without colour. */
  label: string;
  language: Language;
  assessment: Assessment | undefined;
  summary: CellSummary;
  selected: boolean;
  /** Roving tab stop: only one card of the plate is in the Tab order; arrows move between them. */
  tabbable: boolean;
  onOpen(): void;
  onArrowKey(event: KeyboardEvent<HTMLButtonElement>): void;
}

export function elementButtonId(elementId: string): string {
  return `element-${elementId.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

export function ElementCard({ element, label, language, assessment, summary, selected, tabbable, onOpen, onArrowKey }: Props) {
  const { t } = useTranslation();
  const questionsId = useId();
  const [showQuestions, setShowQuestions] = useState(false);
  const attention = summary.incompleteActions > 0 ? ' element-card-incomplete' : '';
  const { setNodeRef, isOver } = useDroppable({
    id: elementDropId(element.id),
    data: { kind: 'element', elementId: element.id } satisfies NoteDropTarget,
  });
  return (
    <article
      ref={setNodeRef}
      className={`element-card${selected ? ' element-card-selected' : ''}${attention}${isOver ? ' drop-over' : ''}`}
      aria-labelledby={elementButtonId(element.id)}
    >
      <div className="element-card-top">
        <span className="element-label" aria-hidden>
          {label}
        </span>
        {element.source !== 'plaat' && (
          <span className={`source-badge source-${element.source}`} title={t(`workshop.sourceHint.${element.source}`)}>
            {t(`workshop.source.${element.source}`)}
          </span>
        )}
        {element.questions[language] && (
          <button
            type="button"
            className="icon-button icon-button-small element-help"
            aria-expanded={showQuestions}
            aria-controls={questionsId}
            aria-label={t(showQuestions ? 'workshop.hideQuestions' : 'workshop.showQuestions')}
            tabIndex={tabbable ? 0 : -1}
            onClick={() => setShowQuestions((shown) => !shown)}
          >
            <HelpCircle aria-hidden size={18} />
          </button>
        )}
      </div>
      <h3 className="element-title">
        <button
          type="button"
          id={elementButtonId(element.id)}
          className="element-open"
          tabIndex={tabbable ? 0 : -1}
          aria-haspopup="dialog"
          aria-expanded={selected}
          onClick={onOpen}
          onKeyDown={onArrowKey}
        >
          {element.title[language]}
        </button>
      </h3>
      <p id={questionsId} className="element-questions" hidden={!showQuestions}>
        {element.questions[language]}
      </p>
      <ScoreSummary assessment={assessment} summary={summary} />
    </article>
  );
}
