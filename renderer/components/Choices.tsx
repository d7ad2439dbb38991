import type { SelectHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import type { Team } from '../../shared/model/team';
import { organisationKinds, type OrganisationKind } from '../../shared/model/vocabulary';

/** Regulier · cruciaal · anders, in the user's language. */
export function OrganisationKindSelect({
  value,
  onKindChange,
  ...rest
}: { value: OrganisationKind; onKindChange(kind: OrganisationKind): void } & Omit<
  SelectHTMLAttributes<HTMLSelectElement>,
  'value' | 'onChange'
>) {
  const { t } = useTranslation();
  return (
    <select
      {...rest}
      aria-label={t('workshopForm.organisationKind')}
      value={value}
      onChange={(event) => onKindChange(event.target.value as OrganisationKind)}
    >
      {organisationKinds.map((kind) => (
        <option key={kind} value={kind}>
          {t(`organisationKind.${kind}`)}
        </option>
      ))}
    </select>
  );
}

/** The teams as options of a select, by name. */
export function TeamOptions({ teams }: { teams: readonly Team[] }) {
  return (
    <>
      {teams.map((team) => (
        <option key={team.id} value={team.id}>
          {team.name}
        </option>
      ))}
    </>
  );
}
