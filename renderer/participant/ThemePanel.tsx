import { useMemo, type CSSProperties } from 'react';
import { themeStyle } from '../../shared/canvas/themeStyle';
import { ElementCard } from './ElementCard';
import { inLanguage, type ThemeView } from './plenaryView';
import { useTable } from './tableContext';
import { emptyScore, type ActionView, type NoteView, type ScoreView } from './tableView';
import { themePanelId, themeTabId } from './ThemeTabs';

interface Props {
  theme: ThemeView;
  scores: ReadonlyMap<string, ScoreView>;
  notes: readonly NoteView[];
  actions: readonly ActionView[];
}

function byElement<T>(items: readonly T[], elementIds: (item: T) => readonly string[]): Map<string, T[]> {
  const result = new Map<string, T[]>();
  for (const item of items)
    for (const elementId of elementIds(item)) {
      const list = result.get(elementId);
      if (list) list.push(item);
      else result.set(elementId, [item]);
    }
  return result;
}

const noNotes: NoteView[] = [];
const noActions: ActionView[] = [];

/** One theme: its question and its elements in the theme's order. */
export function ThemePanel({ theme, scores, notes, actions }: Props) {
  const { workshopLanguage } = useTable();
  const notesOf = useMemo(() => byElement(notes, (note) => [note.elementId]), [notes]);
  const actionsOf = useMemo(() => byElement(actions, (action) => action.elementIds), [actions]);
  const style = themeStyle(theme.id);
  const question = inLanguage(theme.question, workshopLanguage);
  return (
    <section
      id={themePanelId(theme.id)}
      role="tabpanel"
      aria-labelledby={themeTabId(theme.id)}
      className="pp-theme"
      style={{ '--theme-colour': style.colour, '--theme-tint': style.tint } as CSSProperties}
    >
      <h2 className="pp-theme-title" lang={workshopLanguage}>
        {inLanguage(theme.title, workshopLanguage) || theme.id}
      </h2>
      {question && (
        <p className="pp-theme-question" lang={workshopLanguage}>
          {question}
        </p>
      )}
      <div className="pp-elements">
        {theme.elements.map((element) => (
          <ElementCard
            key={element.id}
            element={element}
            score={scores.get(element.id) ?? emptyScore}
            notes={notesOf.get(element.id) ?? noNotes}
            actions={actionsOf.get(element.id) ?? noActions}
          />
        ))}
      </div>
    </section>
  );
}
