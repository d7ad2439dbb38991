import { describe, expect, it } from 'vitest';
import { defaultTemplate } from '../../../shared/canvas/defaultTemplate';
import type { Action } from '../../../shared/model/action';
import type { Template } from '../../../shared/model/template';
import { actionRecord } from '../../../tests/support/records';
import { compareActions, emptyFilter, filterActions, NO_OWNER, ownerNames, type ActionFilter } from './sortActions';

/** An action titled by its id, of Anna, due 10 January 2027, on no element. */
const action = (id: string, fields: Partial<Action> = {}) =>
  actionRecord(id, { title: id, elementIds: [], owner: { name: 'Anna' }, dueDate: '2027-01-10', ...fields });

const ids = (actions: readonly Action[]) => actions.map((candidate) => candidate.id);
const sorted = (actions: readonly Action[]) => ids([...actions].sort(compareActions));

describe('compareActions', () => {
  it('puts actions without an owner or without a date before complete ones, whatever their date or title', () => {
    const complete = action('a-complete', { dueDate: '2026-12-01' });
    const noOwner = action('z-no-owner', { owner: null, dueDate: '2028-01-01' });
    const noDate = action('m-no-date', { dueDate: null });
    expect(sorted([complete, noOwner, noDate])).toEqual(['z-no-owner', 'm-no-date', 'a-complete']);
  });

  it('orders by due date, earliest first', () => {
    const actions = [
      action('c', { dueDate: '2027-03-01' }),
      action('a', { dueDate: '2026-12-31' }),
      action('b', { dueDate: '2027-01-15' }),
    ];
    expect(sorted(actions)).toEqual(['a', 'b', 'c']);
  });

  it('puts undated actions after dated ones among the incomplete', () => {
    const undated = action('a-undated', { owner: null, dueDate: null });
    const dated = action('z-dated', { owner: null, dueDate: '2027-06-01' });
    expect(sorted([undated, dated])).toEqual(['z-dated', 'a-undated']);
  });

  it('orders actions with the same date, or both undated, by title, regardless of case', () => {
    const sameDate = [action('3', { title: 'Zorgpool' }), action('1', { title: 'afspraak maken' }), action('2', { title: 'Bellen' })];
    expect(sorted(sameDate)).toEqual(['1', '2', '3']);
    const undated = [action('2', { title: 'Uitzoeken', dueDate: null }), action('1', { title: 'Inventariseren', dueDate: null })];
    expect(sorted(undated)).toEqual(['1', '2']);
  });

  it('sorts a mixed list into the order the action list shows', () => {
    const actions = [
      action('done-late', { dueDate: '2027-05-01', status: 'klaar' }),
      action('nobody-undated', { owner: null, dueDate: null }),
      action('done-early', { dueDate: '2027-01-01' }),
      action('nobody-soon', { owner: null, dueDate: '2026-12-15' }),
      action('owned-undated', { dueDate: null }),
    ];
    expect(sorted(actions)).toEqual(['nobody-soon', 'nobody-undated', 'owned-undated', 'done-early', 'done-late']);
  });

  it('treats an action as equal to itself', () => {
    const one = action('a');
    expect(compareActions(one, one)).toBe(0);
  });
});

describe('filterActions', () => {
  const template: Template = structuredClone(defaultTemplate);
  const own = {
    id: 'eigen.kinderopvang',
    title: { nl: 'Kinderopvang', en: 'Childcare' },
    questions: { nl: '', en: '' },
    source: 'eigen' as const,
  };
  template.themes.find((theme) => theme.id === 'maatwerk')!.elements.push(own);

  const actions = [
    action('pool', { teamId: 't-1', owner: { name: 'Мария' }, status: 'bezig', elementIds: ['matching.aanbod'], dueDate: '2027-02-01' }),
    action('opleiding', { teamId: 't-2', owner: { name: 'Bram' }, status: 'open', elementIds: ['maatwerk.opleiding', 'matching.vraag'] }),
    action('opvang', { teamId: 't-1', owner: null, status: 'open', elementIds: ['eigen.kinderopvang'] }),
    action('breed', { owner: { name: 'Bram' }, status: 'klaar', elementIds: [], dueDate: '2026-12-01' }),
  ];
  const filtered = (filter: Partial<ActionFilter>) => ids(filterActions(actions, { ...emptyFilter, ...filter }, template));

  it('shows every action, sorted, when nothing is filtered, without reordering the list it was given', () => {
    const given = ids(actions);
    expect(filtered({})).toEqual(['opvang', 'breed', 'opleiding', 'pool']);
    expect(ids(actions)).toEqual(given);
  });

  it('filters by team; workshop-wide actions belong to no team', () => {
    expect(filtered({ teamId: 't-1' })).toEqual(['opvang', 'pool']);
    expect(filtered({ teamId: 't-2' })).toEqual(['opleiding']);
    expect(filtered({ teamId: 't-unknown' })).toEqual([]);
  });

  it('filters by owner name, and NO_OWNER finds the actions nobody owns', () => {
    expect(filtered({ owner: 'Bram' })).toEqual(['breed', 'opleiding']);
    expect(filtered({ owner: 'Мария' })).toEqual(['pool']);
    expect(filtered({ owner: NO_OWNER })).toEqual(['opvang']);
    expect(filtered({ owner: 'bram' })).toEqual([]);
  });

  it('filters by status', () => {
    expect(filtered({ status: 'open' })).toEqual(['opvang', 'opleiding']);
    expect(filtered({ status: 'bezig' })).toEqual(['pool']);
    expect(filtered({ status: 'klaar' })).toEqual(['breed']);
  });

  it('filters by theme through the elements an action is linked to, the theme’s own elements included', () => {
    expect(filtered({ themeId: 'matching' })).toEqual(['opleiding', 'pool']);
    expect(filtered({ themeId: 'maatwerk' })).toEqual(['opvang', 'opleiding']);
    expect(filtered({ themeId: 'meerwaarde' })).toEqual([]);
  });

  it('finds nothing for a theme the template does not have', () => {
    expect(filtered({ themeId: 'onbekend' })).toEqual([]);
  });

  it('combines filters: an action must pass every one', () => {
    expect(filtered({ teamId: 't-1', status: 'open' })).toEqual(['opvang']);
    expect(filtered({ teamId: 't-2', themeId: 'matching', owner: 'Bram', status: 'open' })).toEqual(['opleiding']);
    expect(filtered({ teamId: 't-2', owner: NO_OWNER })).toEqual([]);
  });
});

describe('ownerNames', () => {
  it('lists every owner once, alphabetically, and skips actions without an owner', () => {
    const actions = [
      action('1', { owner: { name: 'Bram' } }),
      action('2', { owner: null }),
      action('3', { owner: { name: 'anna', organisation: 'GGD' } }),
      action('4', { owner: { name: 'Bram', organisation: 'Defensie' } }),
      action('5', { owner: { name: 'Chris' } }),
    ];
    expect(ownerNames(actions)).toEqual(['anna', 'Bram', 'Chris']);
  });

  it('is empty when nobody owns anything', () => {
    expect(ownerNames([action('1', { owner: null })])).toEqual([]);
    expect(ownerNames([])).toEqual([]);
  });
});
