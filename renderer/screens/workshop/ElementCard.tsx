import { useDroppable } from '@dnd-kit/core';
import { HelpCircle, Minus, Plus } from 'lucide-react';
import { memo, useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../../shared/model/assessment';
import type { Language } from '../../../shared/model/primitives';
import type { CanvasElement } from '../../../shared/model/template';
import type { CellSummary } from '../../data/canvasHooks';
import { useHyphenation } from '../../i18n/useHyphenation';
import { elementDropId, type NoteDropTarget } from './NoteDragContext';
import { ScoreSummary } from './ScoreSummary';

interface Props {
  element: CanvasElement;
  /** "1.3": theme number and position, so that the plate can be discussed without colour. */
  label: string;
  language: Language;
  assessment: Assessment | undefined;
  summary: CellSummary;
  /** In a follow-up: the team's stand on the element at the earlier session (`null`: none). */
  earlier?: number | null;
  selected: boolean;
  /** Theme and element index on the plate, handed back to the handlers. */
  position: readonly [number, number];
  /** Roving tab stop: only one card of the plate is in the Tab order; arrows move between them. */
  tabbable: boolean;
  /** During a voting round: this voter's dots on the element, and all teams' once revealed. */
  vote?: CardVote;
  onVote?(elementId: string, delta: 1 | -1): void;
  onOpen(elementId: string, position: readonly [number, number]): void;
  onArrowKey(event: KeyboardEvent<HTMLButtonElement>, position: readonly [number, number]): void;
}

export interface CardVote {
  /** Who places the dots now: the team, or in a round per participant the participant. */
  voterName: string;
  mine: number;
  total: number | null;
  canAdd: boolean;
}

export function elementButtonId(elementId: string): string {
  return `element-${elementId.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

/**
 * Cards re-render only when what they show changes: an edit elsewhere on the plate (or typing in the
 * panel) leaves the other nineteen alone. Records from the database are new objects on every read,
 * so they are compared by the fields shown.
 */
function sameCard(a: Props, b: Props): boolean {
  return (
    a.element === b.element &&
    a.label === b.label &&
    a.language === b.language &&
    a.selected === b.selected &&
    a.tabbable === b.tabbable &&
    a.onOpen === b.onOpen &&
    a.onArrowKey === b.onArrowKey &&
    a.position[0] === b.position[0] &&
    a.position[1] === b.position[1] &&
    a.assessment?.maturity === b.assessment?.maturity &&
    a.assessment?.importance === b.assessment?.importance &&
    a.assessment?.notApplicable === b.assessment?.notApplicable &&
    Boolean(a.assessment?.agreements.trim()) === Boolean(b.assessment?.agreements.trim()) &&
    a.earlier === b.earlier &&
    a.summary.notes === b.summary.notes &&
    a.summary.actions === b.summary.actions &&
    a.summary.incompleteActions === b.summary.incompleteActions &&
    a.summary.overdueActions === b.summary.overdueActions &&
    a.onVote === b.onVote &&
    a.vote?.voterName === b.vote?.voterName &&
    a.vote?.mine === b.vote?.mine &&
    a.vote?.total === b.vote?.total &&
    a.vote?.canAdd === b.vote?.canAdd
  );
}

export const ElementCard = memo(function ElementCard({
  element,
  label,
  language,
  assessment,
  summary,
  earlier,
  selected,
  position,
  tabbable,
  vote,
  onVote,
  onOpen,
  onArrowKey,
}: Props) {
  const { t } = useTranslation();
  const questionsId = useId();
  const [showQuestions, setShowQuestions] = useState(false);
  const hyphenate = useHyphenation(language);
  // An action without owner or date, or past its date and not done, needs the team's attention.
  const attention = summary.incompleteActions > 0 || summary.overdueActions > 0 ? ' element-card-incomplete' : '';
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
            aria-label={t(showQuestions ? 'workshop.hideQuestionsFor' : 'workshop.showQuestionsFor', { element: element.title[language] })}
            title={t(showQuestions ? 'workshop.hideQuestions' : 'workshop.showQuestions')}
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
          onClick={() => onOpen(element.id, position)}
          onKeyDown={(event) => onArrowKey(event, position)}
        >
          {hyphenate(element.title[language])}
        </button>
      </h3>
      <p id={questionsId} className="element-questions" hidden={!showQuestions}>
        {hyphenate(element.questions[language])}
      </p>
      <ScoreSummary assessment={assessment} summary={summary} earlier={earlier} />
      {vote && onVote && (
        <div className="vote-strip">
          {vote.total !== null && <span className="vote-total">{t('voting.total', { count: vote.total })}</span>}
          <span className="vote-dots" aria-hidden>
            {Array.from({ length: vote.mine }, (_, index) => (
              <span key={index} className="vote-dot" />
            ))}
          </span>
          <span className="vote-mine">{t('voting.mine', { team: vote.voterName, count: vote.mine })}</span>
          <button
            type="button"
            className="icon-button icon-button-small vote-button"
            disabled={vote.mine === 0}
            aria-label={t('voting.remove', { element: element.title[language] })}
            title={t('voting.remove', { element: element.title[language] })}
            onClick={() => onVote(element.id, -1)}
          >
            <Minus aria-hidden size={16} />
          </button>
          <button
            type="button"
            className="icon-button icon-button-small vote-button"
            disabled={!vote.canAdd}
            aria-label={t('voting.add', { element: element.title[language] })}
            title={t('voting.add', { element: element.title[language] })}
            onClick={() => onVote(element.id, 1)}
          >
            <Plus aria-hidden size={16} />
          </button>
        </div>
      )}
    </article>
  );
}, sameCard);
