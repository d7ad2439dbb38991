import { ChevronDown } from 'lucide-react';
import { memo, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ActionsSection } from './ActionsSection';
import { AgreementsField } from './AgreementsField';
import { DotControls } from './DotControls';
import { NotesSection } from './NotesSection';
import { inLanguage, type ElementView } from './plenaryView';
import { ScoreFields } from './ScoreFields';
import { useTable } from './tableContext';
import type { ActionView, NoteView, ScoreView } from './tableView';

interface Props {
  element: ElementView;
  score: ScoreView;
  notes: readonly NoteView[];
  actions: readonly ActionView[];
}

/** One element: its title and a summary; opened, its scores, afspraken, notes and actions. */
export const ElementCard = memo(function ElementCard({ element, score, notes, actions }: Props) {
  const { t } = useTranslation();
  const { workshopLanguage, voting } = useTable();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [questionsShown, setQuestionsShown] = useState(false);
  const title = inLanguage(element.title, workshopLanguage) || element.id;
  const questions = inLanguage(element.questions, workshopLanguage);
  const state = score.notApplicable
    ? t('scoring.notApplicableShort')
    : score.maturity !== null || score.importance !== null
      ? t('participant.element.scored', {
          maturity: score.maturity ?? t('participant.element.missing'),
          importance: score.importance
            ? t(`scoring.importanceLevels.${score.importance as 1 | 2 | 3}`).toLowerCase()
            : t('participant.element.missing'),
        })
      : t('participant.element.notScored');

  return (
    <article className={`pp-element${open ? ' pp-element-open' : ''}`} aria-labelledby={`${id}-title`} data-element-id={element.id}>
      <h3 className="pp-element-heading">
        <button
          id={`${id}-title`}
          type="button"
          className="pp-element-toggle"
          aria-expanded={open}
          aria-controls={`${id}-body`}
          onClick={() => setOpen(!open)}
        >
          <span className="pp-element-title" lang={workshopLanguage}>
            {title}
          </span>
          <ChevronDown aria-hidden size={22} className="pp-chevron" />
        </button>
      </h3>
      <p className="pp-element-summary">
        {state} · {t('workshop.noteCount', { count: notes.length })} · {t('workshop.actionCount', { count: actions.length })}
      </p>
      {voting && <DotControls elementId={element.id} elementTitle={title} />}
      <div id={`${id}-body`} className="pp-element-body" hidden={!open}>
        {open && (
          <>
            {questions && (
              <div className="pp-questions">
                <button
                  type="button"
                  className="button button-subtle pp-link"
                  aria-expanded={questionsShown}
                  onClick={() => setQuestionsShown(!questionsShown)}
                >
                  {t(questionsShown ? 'workshop.hideQuestions' : 'workshop.showQuestions')}
                </button>
                {questionsShown && <p lang={workshopLanguage}>{questions}</p>}
              </div>
            )}
            <ScoreFields elementId={element.id} score={score} />
            <AgreementsField elementId={element.id} agreements={score.agreements} />
            <NotesSection elementId={element.id} notes={notes} />
            <ActionsSection elementId={element.id} actions={actions} />
          </>
        )}
      </div>
    </article>
  );
});
