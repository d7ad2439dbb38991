import { useCallback, useMemo, useState, type CSSProperties, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { themeStyle } from '../../../shared/canvas/themeStyle';
import type { Language } from '../../../shared/model/primitives';
import type { Template } from '../../../shared/model/template';
import { cellSummary, type TeamCanvas } from '../../data/canvasHooks';
import { useHyphenation } from '../../i18n/useHyphenation';
import { ElementCard, elementButtonId, type CardVote } from './ElementCard';

interface Props {
  template: Template;
  language: Language;
  canvas: TeamCanvas | undefined;
  /** In a follow-up: the team's stand per element at the earlier session. */
  earlier?: ReadonlyMap<string, number | null>;
  openElementId: string | undefined;
  onOpen(elementId: string): void;
  /** Present during a voting round. */
  votes?: Map<string, CardVote>;
  onVote?(elementId: string, delta: 1 | -1): void;
}

/** Where an arrow key leads from a card: up and down within a theme, left and right across themes. */
export function nextCell(template: Template, [theme, element]: [number, number], key: string): [number, number] | undefined {
  const themes = template.themes;
  const clampElement = (themeIndex: number) => Math.min(element, themes[themeIndex]!.elements.length - 1);
  switch (key) {
    case 'ArrowUp':
      return element > 0 ? [theme, element - 1] : undefined;
    case 'ArrowDown':
      return element < themes[theme]!.elements.length - 1 ? [theme, element + 1] : undefined;
    case 'ArrowLeft':
      return theme > 0 ? [theme - 1, clampElement(theme - 1)] : undefined;
    case 'ArrowRight':
      return theme < themes.length - 1 ? [theme + 1, clampElement(theme + 1)] : undefined;
    case 'Home':
      return [theme, 0];
    case 'End':
      return [theme, themes[theme]!.elements.length - 1];
    default:
      return undefined;
  }
}

/** The whole actieplaat for one team: one column per theme, its elements below its name and question. */
export function Plate({ template, language, canvas, earlier, openElementId, onOpen, votes, onVote }: Props) {
  const { t } = useTranslation();
  const [focused, setFocused] = useState<[number, number]>([0, 0]);
  const hyphenate = useHyphenation(language);

  const onArrowKey = useCallback(
    (event: KeyboardEvent<HTMLButtonElement>, cell: readonly [number, number]) => {
      const next = nextCell(template, [cell[0], cell[1]], event.key);
      if (!next) return;
      event.preventDefault();
      setFocused(next);
      const element = template.themes[next[0]]!.elements[next[1]]!;
      document.getElementById(elementButtonId(element.id))?.focus();
    },
    [template],
  );
  const open = useCallback(
    (elementId: string, cell: readonly [number, number]) => {
      setFocused([cell[0], cell[1]]);
      onOpen(elementId);
    },
    [onOpen],
  );
  const positions = useMemo(
    () => template.themes.map((theme, themeIndex) => theme.elements.map((_, elementIndex) => [themeIndex, elementIndex] as const)),
    [template],
  );

  return (
    <div className="plate" style={{ '--theme-count': template.themes.length } as CSSProperties}>
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
                {hyphenate(theme.title[language])}
              </h2>
              <p className="theme-question">{hyphenate(theme.question[language])}</p>
            </header>
            <div className="theme-elements">
              {theme.elements.map((element, elementIndex) => (
                <ElementCard
                  key={element.id}
                  element={element}
                  label={`${number}.${elementIndex + 1}`}
                  language={language}
                  assessment={canvas?.assessments.get(element.id)}
                  summary={cellSummary(canvas, element.id)}
                  earlier={earlier?.get(element.id)}
                  selected={openElementId === element.id}
                  position={positions[themeIndex]![elementIndex]!}
                  tabbable={focused[0] === themeIndex && focused[1] === elementIndex}
                  vote={votes?.get(element.id)}
                  onVote={onVote}
                  onOpen={open}
                  onArrowKey={onArrowKey}
                />
              ))}
            </div>
          </section>
        );
      })}
    </div>
  );
}
