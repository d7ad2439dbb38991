import { describe, expect, it } from 'vitest';
import { organisationForOwner, ownerOrganisation, ownerSuggestions } from './owners';

const owners = ownerSuggestions([
  { name: 'Мария Иванова', organisation: 'Gemeente Eindhoven' },
  { name: ' Łukasz Wróbel ', organisation: ' ASML ' },
  { name: 'Мария Иванова', organisation: 'Someone else' },
  { name: 'Anne de Vries' },
  { name: '   ' },
]);

describe('owner suggestions', () => {
  it('hold each name once, the first one given, trimmed and in alphabetical order', () => {
    expect(owners).toEqual([
      { name: 'Anne de Vries' },
      { name: 'Łukasz Wróbel', organisation: 'ASML' },
      { name: 'Мария Иванова', organisation: 'Gemeente Eindhoven' },
    ]);
  });

  it('give the organisation of a suggested name only', () => {
    expect(ownerOrganisation(owners, ' Łukasz Wróbel')).toBe('ASML');
    expect(ownerOrganisation(owners, 'Łukasz')).toBe('');
    expect(ownerOrganisation(owners, 'Anne de Vries')).toBe('');
  });
});

describe('the organisation field as the owner’s name is typed', () => {
  it('fills in the organisation of a suggested name', () => {
    expect(organisationForOwner(owners, 'Мария Ивано', 'Мария Иванова', '')).toBe('Gemeente Eindhoven');
  });

  it('replaces the organisation a previous name brought, and clears it when the name no longer matches', () => {
    expect(organisationForOwner(owners, 'Мария Иванова', 'Łukasz Wróbel', 'Gemeente Eindhoven')).toBe('ASML');
    expect(organisationForOwner(owners, 'Мария Иванова', 'Мария Иванов', 'Gemeente Eindhoven')).toBe('');
  });

  it('keeps an organisation the user typed', () => {
    expect(organisationForOwner(owners, '', 'Мария Иванова', 'Summa College')).toBe('Summa College');
    expect(organisationForOwner(owners, 'Мария Иванова', 'Anne de Vries', 'Summa College')).toBe('Summa College');
  });
});
