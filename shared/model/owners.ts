// Who can be named as an action's owner: the host's form and the participant page suggest the same
// names, so that "Maria", "maria" and "Maria I." do not split the owner filter. Free of zod, as the
// vocabulary: the interface loads it on start-up.

/** A name to suggest for "Wie", with the organisation that comes with it. */
export interface OwnerSuggestion {
  name: string;
  organisation?: string;
}

/**
 * Each name once (the first with it wins: list the workshop's participants before other sources), with
 * its organisation when it has one, in alphabetical order.
 */
export function ownerSuggestions(people: ReadonlyArray<{ name: string; organisation?: string | undefined }>): OwnerSuggestion[] {
  const byName = new Map<string, OwnerSuggestion>();
  for (const person of people) {
    const name = person.name.trim();
    const organisation = person.organisation?.trim();
    if (name && !byName.has(name)) byName.set(name, { name, ...(organisation ? { organisation } : {}) });
  }
  return [...byName.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** The organisation of a suggested name (typed exactly, spaces around it aside); '' for any other name. */
export function ownerOrganisation(owners: readonly OwnerSuggestion[], name: string): string {
  return owners.find((owner) => owner.name === name.trim())?.organisation ?? '';
}

/**
 * The organisation field after the owner's name changed from `previousName` to `name`: a suggested
 * name brings its organisation into an empty field, or replaces the one the previous name brought;
 * an organisation the user typed stays.
 */
export function organisationForOwner(owners: readonly OwnerSuggestion[], previousName: string, name: string, organisation: string): string {
  const brought = ownerOrganisation(owners, previousName);
  if (organisation.trim() !== '' && organisation !== brought) return organisation;
  return ownerOrganisation(owners, name);
}
