import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { themeStyle } from '../../../shared/canvas/themeStyle';
import type { Language } from '../../../shared/model/primitives';
import type { Template } from '../../../shared/model/template';
import { ElementCard } from './ElementCard';

interface Props {
  template: Template;
  language: Language;
}

/** The whole actieplaat: one column per theme, its elements below its name and question. */
export function Plate({ template, language }: Props) {
  const { t } = useTranslation();
  return (
    <div className="plate" style={{ gridTemplateColumns: `repeat(${template.themes.length}, minmax(0, 1fr))` }}>
      {template.themes.map((theme, themeIndex) => {
        const style = themeStyle(theme.id);
        const number = themeIndex + 1;
        return (
          <section
            key={theme.id}
            className="theme-column"
            aria-labelledby={`theme-${theme.id}`}
            style={{ '--theme-colour': style.colour, '--theme-tint': style.tint } as CSSProperties}
          >
            <header className="theme-header">
              <span className="theme-number">{t('workshop.themeNumber', { number })}</span>
              <h2 id={`theme-${theme.id}`} className="theme-title">
                {theme.title[language]}
              </h2>
              <p className="theme-question">{theme.question[language]}</p>
            </header>
            <div className="theme-elements">
              {theme.elements.map((element, elementIndex) => (
                <ElementCard key={element.id} element={element} label={`${number}.${elementIndex + 1}`} language={language} />
              ))}
            </div>
          </section>
        );
      })}
    </div>
  );
}
