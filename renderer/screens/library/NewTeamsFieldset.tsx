import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NewWorkshopProblem } from '../../../shared/workshop/validateNewWorkshop';
import { TEAM_NAME_MAX } from '../../../shared/model/vocabulary';
import { NEW_WORKSHOP_TEAMS_MAX } from '../../../shared/workshop/validateNewWorkshop';

interface Props {
  /** Prefix of the fields' ids: `${idPrefix}-teams-${index}` is the name field of each table. */
  idPrefix: string;
  names: readonly string[];
  onNamesChange(names: string[]): void;
  problems: readonly NewWorkshopProblem[];
}

/** The new workshop's tables: how many, and each one's name ("Team 1", "Team 2"… until renamed), in order. */
export function NewTeamsFieldset({ idPrefix, names, onNamesChange, problems }: Props) {
  const { t } = useTranslation();
  // The count as typed: an emptied field, on its way to another number, keeps the tables until a number comes.
  const [countText, setCountText] = useState(String(names.length));
  const teamProblems = problems.filter((problem) => problem.field === 'teams');
  const errorId = `${idPrefix}-teams-error`;

  const setCount = (text: string) => {
    setCountText(text);
    const count = Number(text);
    if (!Number.isInteger(count) || count < 1 || count > NEW_WORKSHOP_TEAMS_MAX) return;
    onNamesChange(Array.from({ length: count }, (_, index) => names[index] ?? t('setup.teamN', { number: index + 1 })));
  };

  return (
    <fieldset className="fieldset" aria-describedby={teamProblems.length > 0 ? errorId : undefined}>
      <legend>{t('workshopForm.teams')}</legend>
      <div className="field field-narrow">
        <label htmlFor={`${idPrefix}-team-count`}>{t('workshopForm.teamCount')}</label>
        <input
          id={`${idPrefix}-team-count`}
          type="number"
          min={1}
          max={NEW_WORKSHOP_TEAMS_MAX}
          value={countText}
          onChange={(event) => setCount(event.target.value)}
          onBlur={() => setCountText(String(names.length))}
        />
      </div>
      <ol className="team-names">
        {names.map((name, index) => (
          <li key={index}>
            <input
              id={`${idPrefix}-teams-${index}`}
              aria-label={t('workshopForm.teamName', { number: index + 1 })}
              value={name}
              maxLength={TEAM_NAME_MAX}
              onChange={(event) => onNamesChange(names.map((other, i) => (i === index ? event.target.value : other)))}
              aria-invalid={teamProblems.some((problem) => problem.field === 'teams' && problem.index === index) ? true : undefined}
              autoComplete="off"
            />
          </li>
        ))}
      </ol>
      {teamProblems.length > 0 && (
        <p id={errorId} className="field-error">
          {t(`workshopForm.errors.${teamProblems[0]!.code}`)}
        </p>
      )}
    </fieldset>
  );
}
