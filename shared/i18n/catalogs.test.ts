import { describe, expect, it } from 'vitest';
import { catalogs } from './index';

function leaves(value: unknown, prefix = ''): [string, string][] {
  if (typeof value === 'string') return [[prefix, value]];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) => leaves(child, prefix ? `${prefix}.${key}` : key));
}

describe('i18n catalogs', () => {
  const nl = new Map(leaves(catalogs.nl));
  const en = new Map(leaves(catalogs.en));

  it('have the same keys in Dutch and English', () => {
    expect([...en.keys()].sort()).toEqual([...nl.keys()].sort());
  });
  it('have no empty texts', () => {
    for (const [key, text] of [...nl, ...en]) expect(text.trim(), key).not.toBe('');
  });
  it('use the same placeholders in both languages', () => {
    // `{{count, number}}`: the value and its format, both the same in every language.
    const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+(?:, *\w+)?)\}\}/g)].map((match) => match[1]).sort();
    for (const [key, text] of nl) expect(placeholders(en.get(key)!), key).toEqual(placeholders(text));
  });
  it('give every plural a one and an other form', () => {
    for (const key of nl.keys()) {
      if (key.endsWith('_one')) expect(nl.has(key.replace(/_one$/, '_other')), key).toBe(true);
    }
  });
});
