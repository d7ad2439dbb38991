import { HelpCircle } from 'lucide-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CanvasElement } from '../../../shared/model/template';
import type { Language } from '../../../shared/model/primitives';

interface Props {
  element: CanvasElement;
  /** "1.3": theme number and position, so that the plate can be discussed without colour. */
  label: string;
  language: Language;
}

export function ElementCard({ element, label, language }: Props) {
  const { t } = useTranslation();
  const questionsId = useId();
  const [showQuestions, setShowQuestions] = useState(false);
  return (
    <article className="element-card" aria-labelledby={`${questionsId}-title`}>
      <div className="element-card-top">
        <span className="element-label" aria-hidden>
          {label}
        </span>
        {element.source !== 'plaat' && (
          <span className={`source-badge source-${element.source}`} title={t(`workshop.sourceHint.${element.source}`)}>
            {t(`workshop.source.${element.source}`)}
          </span>
        )}
        <button
          type="button"
          className="icon-button icon-button-small element-help"
          aria-expanded={showQuestions}
          aria-controls={questionsId}
          aria-label={t(showQuestions ? 'workshop.hideQuestions' : 'workshop.showQuestions')}
          onClick={() => setShowQuestions((shown) => !shown)}
        >
          <HelpCircle aria-hidden size={18} />
        </button>
      </div>
      <h3 id={`${questionsId}-title`} className="element-title">
        {element.title[language]}
      </h3>
      <p id={questionsId} className="element-questions" hidden={!showQuestions}>
        {element.questions[language]}
      </p>
      <p className="element-status">{t('workshop.notScored')}</p>
    </article>
  );
}
