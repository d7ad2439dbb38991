import { Plus } from 'lucide-react';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CanvasElement, Theme } from '../../../shared/model/template';
import { LOCALIZED_TEXT_MAX, THEME_ELEMENTS_MAX } from '../../../shared/model/vocabulary';
import { useCommandManager } from '../../commands/CommandManagerContext';
import { editRequest } from '../../commands/editRequest';
import { useLanguage } from '../../i18n/useLanguage';
import { useOpenWorkshop } from '../workshop/WorkshopContext';
import { CommittedInput, CommittedTextarea } from './CommittedInput';

/** The plate's texts for this workshop: rename, re-describe, add own elements. Ids and scores stay. */
export function TemplateEditor() {
  const { t } = useTranslation();
  const { template } = useOpenWorkshop();
  const id = useId();
  return (
    <section className="setup-section" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="setup-title">
        {t('setup.template')}
      </h3>
      <p className="setup-hint">{t('setup.templateHint')}</p>
      {template.themes.map((theme, themeIndex) => (
        <ThemeEditor key={theme.id} theme={theme} number={themeIndex + 1} />
      ))}
    </section>
  );
}

function ThemeEditor({ theme, number }: { theme: Theme; number: number }) {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const manager = useCommandManager();
  const id = useId();
  const [title, setTitle] = useState('');
  const full = theme.elements.length >= THEME_ELEMENTS_MAX;

  const add = async (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim() || full) return;
    await manager.execute('addElement', { themeId: theme.id, title: { nl: title.trim(), en: title.trim() } });
    setTitle('');
  };

  return (
    <details className="theme-editor">
      <summary>
        {number}. {theme.title[language]} <span className="section-count">{theme.elements.length}</span>
      </summary>
      <ol className="element-editors">
        {theme.elements.map((element, index) => (
          <ElementEditor key={element.id} element={element} label={`${number}.${index + 1}`} />
        ))}
      </ol>
      <form className="inline-form" onSubmit={add}>
        <label htmlFor={`${id}-new`}>{t('setup.addElementLabel', { theme: theme.title[language] })}</label>
        <input id={`${id}-new`} value={title} maxLength={LOCALIZED_TEXT_MAX} onChange={(event) => setTitle(event.target.value)} />
        <button type="submit" className="button button-secondary" disabled={!title.trim() || full}>
          <Plus aria-hidden size={16} />
          {t('setup.addElement')}
        </button>
      </form>
    </details>
  );
}

function ElementEditor({ element, label }: { element: CanvasElement; label: string }) {
  const { t } = useTranslation();
  const id = useId();
  const edit = (patch: Partial<Pick<CanvasElement, 'title' | 'questions'>>) => editRequest('editElement', { elementId: element.id, patch });
  return (
    <li className="element-editor" aria-labelledby={`${id}-label`}>
      <p id={`${id}-label`} className="element-editor-label">
        <strong>{label}</strong> {element.title.nl}{' '}
        <span className={`source-badge source-${element.source}`}>{t(`workshop.source.${element.source}`)}</span>
      </p>
      <div className="element-editor-grid">
        {(['nl', 'en'] as const).map((language) => (
          <div key={language} className="element-editor-language">
            <div className="field field-compact">
              <label htmlFor={`${id}-title-${language}`}>{t('setup.elementTitle', { language: t(`app.languages.${language}`) })}</label>
              <CommittedInput
                id={`${id}-title-${language}`}
                lang={language}
                stored={element.title[language]}
                maxLength={LOCALIZED_TEXT_MAX}
                onCommit={(title) => title.trim() && edit({ title: { ...element.title, [language]: title.trim() } })}
              />
            </div>
            <div className="field field-compact">
              <label htmlFor={`${id}-questions-${language}`}>
                {t('setup.elementQuestions', { language: t(`app.languages.${language}`) })}
              </label>
              <CommittedTextarea
                id={`${id}-questions-${language}`}
                lang={language}
                rows={2}
                maxLength={LOCALIZED_TEXT_MAX}
                stored={element.questions[language]}
                onCommit={(questions) => edit({ questions: { ...element.questions, [language]: questions } })}
              />
            </div>
          </div>
        ))}
      </div>
    </li>
  );
}
