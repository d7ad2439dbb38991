import { useRef, type CSSProperties, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { themeStyle } from '../../shared/canvas/themeStyle';
import type { Language } from '../../shared/model/vocabulary';
import { inLanguage, type ThemeView } from './plenaryView';

interface Props {
  themes: readonly ThemeView[];
  selected: string;
  /** The theme the facilitator is on, marked "nu". */
  hostTheme: string | null;
  language: Language;
  onSelect(themeId: string): void;
}

export const themePanelId = (themeId: string) => `theme-panel-${themeId}`;
export const themeTabId = (themeId: string) => `theme-tab-${themeId}`;

/** The four themes as tabs, two by two on a phone; arrow keys move between them. */
export function ThemeTabs({ themes, selected, hostTheme, language, onSelect }: Props) {
  const { t } = useTranslation();
  const list = useRef<HTMLDivElement>(null);
  const onKeyDown = (event: KeyboardEvent) => {
    const index = themes.findIndex((theme) => theme.id === selected);
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
    const target =
      event.key === 'Home' ? 0 : event.key === 'End' ? themes.length - 1 : step ? (index + step + themes.length) % themes.length : null;
    if (target === null) return;
    event.preventDefault();
    const next = themes[target]!;
    onSelect(next.id);
    list.current?.querySelector<HTMLButtonElement>(`#${CSS.escape(themeTabId(next.id))}`)?.focus();
  };
  return (
    <div ref={list} role="tablist" aria-label={t('participant.themes')} className="pp-tabs" onKeyDown={onKeyDown}>
      {themes.map((theme, index) => {
        const style = themeStyle(theme.id);
        const isSelected = theme.id === selected;
        return (
          <button
            key={theme.id}
            id={themeTabId(theme.id)}
            type="button"
            role="tab"
            aria-selected={isSelected}
            aria-controls={themePanelId(theme.id)}
            tabIndex={isSelected ? 0 : -1}
            className="pp-tab"
            style={{ '--theme-colour': style.colour, '--theme-tint': style.tint } as CSSProperties}
            onClick={() => onSelect(theme.id)}
          >
            <span className="pp-tab-number" aria-hidden>
              {index + 1}
            </span>
            <span className="pp-tab-title" lang={language}>
              {inLanguage(theme.title, language) || theme.id}
            </span>
            {theme.id === hostTheme && (
              <span className="pp-tab-now">
                <span aria-hidden>{t('participant.now')}</span>
                <span className="visually-hidden">({t('participant.facilitatorHere')})</span>
              </span>
            )}
          </button>
        );
      })}
    </div>
  );
}
