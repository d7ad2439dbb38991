import { ChevronDown, ChevronUp, Plus, X } from 'lucide-react';
import { useEffect, useRef, useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { previousScores } from '../../../../shared/aggregation/progress';
import { themeStyle } from '../../../../shared/canvas/themeStyle';
import type { Team } from '../../../../shared/model/team';
import type { CanvasElement } from '../../../../shared/model/template';
import { useElementDetail, useOwnerSuggestions } from '../../../data/canvasHooks';
import { useHyphenation } from '../../../i18n/useHyphenation';
import { useLanguage } from '../../../i18n/useLanguage';
import { commandDispatcher } from '../../../commands/dispatcher';
import { useCommand, useCommandView } from '../../../commands/useCommand';
import { useOpenWorkshop } from '../WorkshopContext';
import { ActionsSection } from './ActionsSection';
import { EarlierAgreements } from '../../../followUp/EarlierAgreements';
import { AgreementsField } from './AgreementsField';
import { NotesSection } from './NotesSection';
import { NewActionDialog } from './NewActionDialog';
import { ScoreControls } from './ScoreControls';

interface Props {
  element: CanvasElement;
  team: Team;
  onClose(): void;
  /** Opens another element in the panel: the previous or next one on the plate. */
  onNavigate(elementId: string): void;
}

/** Everything a team records on one element: scores, agreements, notes and actions. */
export function ElementPanel({ element, team, onClose, onNavigate }: Props) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const hyphenate = useHyphenation(language);
  const { workshop, template, earlierSessions } = useOpenWorkshop();
  const earlierSession = earlierSessions.at(-1);
  const detail = useElementDetail(team.id, element.id);
  const owners = useOwnerSuggestions(workshop.id);
  const [addingAction, setAddingAction] = useState(false);
  useCommand('panel.newAction', () => setAddingAction(true));
  const newAction = useCommandView('panel.newAction');
  const heading = useRef<HTMLHeadingElement>(null);
  const scroller = useRef<HTMLElement>(null);
  const themeIndex = template.themes.findIndex((theme) => theme.elements.some((candidate) => candidate.id === element.id));
  const theme = template.themes[themeIndex]!;
  const label = `${themeIndex + 1}.${theme.elements.findIndex((candidate) => candidate.id === element.id) + 1}`;

  const order = template.themes.flatMap((candidate) => candidate.elements);
  const position = order.findIndex((candidate) => candidate.id === element.id);
  const previous = order[position - 1];
  const next = order[position + 1];

  useEffect(() => heading.current?.focus(), []);

  return (
    <section
      ref={scroller}
      role="dialog"
      aria-modal="false"
      aria-labelledby="element-panel-title"
      className="element-panel"
      style={{ '--theme-colour': themeStyle(theme.id).colour, '--theme-tint': themeStyle(theme.id).tint } as CSSProperties}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !event.defaultPrevented) {
          event.stopPropagation();
          onClose();
        } else {
          // "A" adds an action while the panel has the focus: one key from the opened element to the form.
          commandDispatcher.handleKeyDown(event.nativeEvent, ['panel']);
        }
      }}
    >
      <header className="panel-header">
        <div>
          <p className="panel-kicker">
            {label} · {theme.title[language]} · {team.name}
          </p>
          <h2 id="element-panel-title" ref={heading} tabIndex={-1} className="panel-title">
            {hyphenate(element.title[language])}
          </h2>
        </div>
        <div className="panel-nav">
          <button
            type="button"
            className="icon-button"
            disabled={!previous}
            aria-label={t('panel.previous')}
            title={previous ? `${t('panel.previous')}: ${previous.title[language]}` : undefined}
            onClick={() => previous && onNavigate(previous.id)}
          >
            <ChevronUp aria-hidden size={20} />
          </button>
          <button
            type="button"
            className="icon-button"
            disabled={!next}
            aria-label={t('panel.next')}
            title={next ? `${t('panel.next')}: ${next.title[language]}` : undefined}
            onClick={() => next && onNavigate(next.id)}
          >
            <ChevronDown aria-hidden size={20} />
          </button>
          <button type="button" className="icon-button" aria-label={t('panel.close')} onClick={onClose}>
            <X aria-hidden size={20} />
          </button>
        </div>
      </header>
      {/* At the top, whatever the panel shows below: an action is the point of discussing an element. */}
      <div className="panel-tools">
        <button
          type="button"
          className="button button-secondary button-compact"
          aria-keyshortcuts={newAction.ariaKeyShortcuts}
          title={`${newAction.label} (${newAction.shortcut})`}
          onClick={() => setAddingAction(true)}
        >
          <Plus aria-hidden size={16} />
          {t('actions.new')}
        </button>
      </div>
      {element.questions[language] && <p className="panel-questions">{element.questions[language]}</p>}
      {detail && (
        <div className="panel-body">
          <ScoreControls teamId={team.id} elementId={element.id} assessment={detail.assessment} />
          {earlierSession && (
            <EarlierAgreements session={earlierSession} score={previousScores(earlierSessions, team.id).get(element.id)} />
          )}
          <AgreementsField teamId={team.id} elementId={element.id} stored={detail.assessment?.agreements ?? ''} />
          <NotesSection team={team} element={element} notes={detail.notes} scroller={scroller} />
          <ActionsSection actions={detail.actions} owners={owners} onNew={() => setAddingAction(true)} />
        </div>
      )}
      {addingAction && (
        <NewActionDialog
          teamId={team.id}
          elementId={element.id}
          elementTitle={element.title[language]}
          teamName={team.name}
          owners={owners}
          onClose={() => setAddingAction(false)}
        />
      )}
    </section>
  );
}
