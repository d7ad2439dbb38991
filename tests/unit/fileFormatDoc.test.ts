import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { workshopFileJsonSchema } from '../../shared/file/jsonSchema';
import { MAX_CONTAINERS, MAX_IMPORT_BYTES, MAX_NESTING_DEPTH, MAX_VALUES } from '../../shared/file/readWorkshopFile';
import { workshopLimits, type WorkshopCollection } from '../../shared/model/vocabulary';
import { MAX_LISTED_ISSUES } from '../../renderer/file/importMessages';

/**
 * Keeps docs/file-format.md true: its field tables against the JSON Schema the validators generate
 * (every field, optionality, limits, vocabularies, kinds of value), its limits against the constants.
 */
const doc = readFileSync('docs/file-format.md', 'utf8');

interface SchemaNode {
  type?: string;
  properties?: Record<string, SchemaNode>;
  required?: string[];
  items?: SchemaNode;
  anyOf?: SchemaNode[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  minimum?: number;
  maximum?: number;
}

const number = (value: number) => value.toLocaleString('en');
const withoutNull = (node: SchemaNode): SchemaNode => node.anyOf?.find((option) => option.type !== 'null') ?? node;
const allowsNull = (node: SchemaNode) => node.anyOf?.some((option) => option.type === 'null') ?? false;
const root = workshopFileJsonSchema() as SchemaNode;
/** The schema at a path of field names, `[]` stepping into a list's items. */
const at = (...path: string[]) =>
  path.reduce((node, key) => withoutNull(key === '[]' ? withoutNull(node).items! : withoutNull(node).properties![key]!), root);

const records: [heading: string, node: SchemaNode][] = [
  ['Envelope fields', root],
  ['`app`', at('app')],
  ['`workshop`', at('workshop')],
  ['organisation', at('workshop', 'organisations', '[]')],
  ['agenda', at('workshop', 'agenda')],
  ['agenda phase', at('workshop', 'agenda', 'phases', '[]')],
  ['`template`', at('template')],
  ['theme', at('template', 'themes', '[]')],
  ['element', at('template', 'themes', '[]', 'elements', '[]')],
  ['text', at('template', 'themes', '[]', 'title')],
  ['`teams`', at('teams', '[]')],
  ['`participants`', at('participants', '[]')],
  ['`assessments`', at('assessments', '[]')],
  ['`notes`', at('notes', '[]')],
  ['`actions`', at('actions', '[]')],
  ['owner', at('actions', '[]', 'owner')],
  ['`votes`', at('votes', '[]')],
  ['`earlierSessions`', at('earlierSessions', '[]')],
  ['session workshop', at('earlierSessions', '[]', 'workshop')],
  ['session team', at('earlierSessions', '[]', 'teams', '[]')],
  ['session score', at('earlierSessions', '[]', 'assessments', '[]')],
  ['session action', at('earlierSessions', '[]', 'actions', '[]')],
];

/** The field table under a heading: field → its type, required and rule columns. */
function fieldTable(heading: string): Map<string, { type: string; required: string; rule: string }> {
  const start = doc.indexOf(`\n### ${heading}\n`);
  if (start < 0) throw new Error(`no heading "### ${heading}" in docs/file-format.md`);
  const end = doc.indexOf('\n#', start + 1);
  const rows = new Map<string, { type: string; required: string; rule: string }>();
  for (const line of doc.slice(start, end < 0 ? undefined : end).split('\n')) {
    const cells = /^\| `([^`]+)` +\|(.*)\|$/.exec(line);
    if (!cells) continue;
    const [type = '', required = '', rule = ''] = cells[2]!.split(' | ').map((cell) => cell.trim());
    rows.set(cells[1]!, { type, required, rule });
  }
  return rows;
}

describe('docs/file-format.md', () => {
  it.each(records)('lists every field of %s as the validators have it', (heading, node) => {
    const table = fieldTable(heading);
    expect([...table.keys()].sort()).toEqual(Object.keys(node.properties!).sort());
    for (const [field, schema] of Object.entries(node.properties!)) {
      const { type, required, rule } = table.get(field)!;
      const where = `${heading}.${field}`;
      const required_ = node.required?.includes(field) ?? false;
      expect(required, where).toBe(required_ ? 'yes' : 'optional');
      const value = withoutNull(schema);
      if (required_ && allowsNull(schema)) expect(rule, `${where}: may be null`).toContain('`null`');
      if (value.format === 'date-time') expect(type, where).toBe('timestamp');
      if (value.format === 'date') expect(type, where).toBe('date');
      if (value.type === 'boolean' || value.type === 'integer') expect(type, where).toBe(value.type);
      if (type === 'id') {
        expect([value.type, value.minLength, value.maxLength], `${where} is an id`).toEqual(['string', 1, 200]);
        continue;
      }
      const numbers = [value.maxLength, value.maxItems, value.maximum, value.minimum, value.minItems || undefined];
      for (const limit of numbers) if (limit !== undefined) expect(rule, where).toContain(number(limit));
      for (const word of value.enum ?? []) {
        if (typeof word === 'string') expect(rule, where).toContain(`\`${word}\``);
      }
      const levels = (value.enum ?? []).filter((word): word is number => typeof word === 'number');
      if (levels.length > 0) expect(rule, where).toContain(`${Math.min(...levels)}–${Math.max(...levels)}`);
      if (value.const !== undefined) expect(rule, where).toContain(JSON.stringify(value.const));
    }
  });

  it('names the limits the importer has', () => {
    const limits = doc.slice(doc.indexOf('\n## Limits\n'), doc.indexOf('\n## Tolerant loading\n'));
    expect(limits).toContain(`| file size `);
    expect(limits).toContain(`${MAX_IMPORT_BYTES / (1024 * 1024)} MiB`);
    expect(limits).toContain(`${number(MAX_NESTING_DEPTH)} levels`);
    expect(limits).toContain(`${number(MAX_VALUES)} values`);
    expect(limits).toContain(`${number(MAX_CONTAINERS)} objects and lists`);
    for (const [collection, limit] of Object.entries(workshopLimits) as [WorkshopCollection, number][]) {
      expect(limits, collection).toContain(`${number(limit)} ${collection}`);
    }
    expect(doc).toContain(`at most ${MAX_LISTED_ISSUES} lines`);
  });
});
