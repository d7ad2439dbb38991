import type { OwnerSuggestion } from '../../../shared/model/owners';

/** The names "Wie" suggests, and the id of the list that holds them (an input's `list`). */
export interface OwnerChoices {
  listId: string;
  suggestions: readonly OwnerSuggestion[];
}

/**
 * The names an owner field offers while it still takes any name: the field becomes a combobox (an
 * input with a `list`), which the browser and screen readers show as one, with the organisation beside
 * each name. Used by the host's forms and the participant page alike.
 */
export function OwnerSuggestionList({ id, suggestions }: { id: string; suggestions: readonly OwnerSuggestion[] }) {
  return (
    <datalist id={id}>
      {suggestions.map((owner) => (
        <option key={owner.name} value={owner.name}>
          {owner.organisation}
        </option>
      ))}
    </datalist>
  );
}
