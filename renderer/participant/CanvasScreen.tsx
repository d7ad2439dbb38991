import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocView } from './hooks';
import { facilitatorTheme, type PlenaryView } from './plenaryView';
import { FacilitatorLine } from './FacilitatorLine';
import { RoomHeader } from './RoomHeader';
import type { ParticipantSession, SessionSnapshot } from './session';
import { TableContext, type TableContextValue } from './tableContext';
import { actionsView, notesView, peopleView, scoresView, votesView } from './tableView';
import { ThemePanel } from './ThemePanel';
import { ThemeTabs } from './ThemeTabs';
import { VotingBar } from './VotingBar';
import { ownerSuggestions } from '../../shared/model/owners';
import { dotBudget, voterFor } from './voting';

const noScores = new Map<string, never>();
const none: never[] = [];

interface Props {
  session: ParticipantSession;
  snapshot: SessionSnapshot;
  plenary: PlenaryView;
  status: ReactNode;
}

/** The table's canvas, theme by theme, with the facilitator's phase, timer and voting round above it. */
export function CanvasScreen({ session, snapshot, plenary, status }: Props) {
  const { t } = useTranslation();
  const identity = snapshot.identity!;
  const participantId = identity.participantId;
  const tableId = identity.tableId!;
  const doc = snapshot.room?.tableId === tableId ? (snapshot.client?.table ?? null) : null;
  const scores = useDocView(doc, ['scores'], scoresView, noScores);
  const notes = useDocView(doc, ['notes'], notesView, none);
  const actions = useDocView(doc, ['actions'], actionsView, none);
  const votes = useDocView(doc, ['votes'], votesView, none);
  const people = useDocView(doc, ['people'], peopleView, none);

  // The theme the facilitator is on, followed when it changes; the participant may look elsewhere meanwhile.
  const hostTheme = facilitatorTheme(plenary);
  const [chosen, setChosen] = useState<{ themeId: string; hostTheme: string | null } | null>(null);
  const themeId =
    (chosen && chosen.hostTheme === hostTheme && plenary.themes.some((theme) => theme.id === chosen.themeId) ? chosen.themeId : null) ??
    hostTheme ??
    plenary.themes[0]?.id ??
    null;
  const theme = plenary.themes.find((candidate) => candidate.id === themeId) ?? null;

  const round = plenary.facilitation.voting;
  const voter = useMemo(() => (round && !round.revealed ? voterFor(round, tableId, participantId) : null), [round, tableId, participantId]);
  const context = useMemo<TableContextValue | null>(() => {
    if (!doc) return null;
    const names = new Map<string, string>();
    for (const participant of plenary.participants) names.set(participant.id, participant.name);
    for (const person of people) if (!names.has(person.id)) names.set(person.id, person.name);
    return {
      doc,
      participantId,
      workshopLanguage: plenary.language,
      nameOf: (id) => names.get(id),
      owners: ownerSuggestions([...plenary.participants, ...people]),
      voting: round && voter ? { round, voter, budget: dotBudget(votes, round, voter) } : null,
    };
  }, [doc, participantId, plenary.participants, plenary.language, people, round, voter, votes]);

  return (
    <div className="pp-page">
      <RoomHeader
        title={plenary.title}
        teams={plenary.teams}
        tableId={tableId}
        name={identity.name ?? ''}
        onChange={() => session.startPicking()}
      />
      <div className="pp-sticky">
        {status}
        <FacilitatorLine plenary={plenary} clockOffset={snapshot.room?.clockOffset ?? 0} />
        {round && !round.revealed && <VotingBar round={round} voting={context?.voting ?? null} />}
      </div>
      <main id="main" className="pp-main">
        {context && theme ? (
          <TableContext.Provider value={context}>
            <ThemeTabs
              themes={plenary.themes}
              selected={theme.id}
              hostTheme={hostTheme}
              language={plenary.language}
              onSelect={(next) => setChosen({ themeId: next, hostTheme })}
            />
            <ThemePanel theme={theme} scores={scores} notes={notes} actions={actions} />
          </TableContext.Provider>
        ) : (
          <p className="pp-loading">{t('participant.loading')}</p>
        )}
      </main>
    </div>
  );
}
