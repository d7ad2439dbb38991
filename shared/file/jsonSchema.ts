import { z } from 'zod';
import '../zodConfig';
import { workshopDataSchema } from '../model/workshopData';
import { MAX_NESTING_DEPTH } from './readWorkshopFile';
import { WORKSHOP_FILE_VERSION, workshopFileSchema } from './workshopFile';

/** Where the published schema lives in the repository, and its `$id`. */
export const SCHEMA_PATH = `schema/actieplaat.workshop.v${WORKSHOP_FILE_VERSION}.schema.json`;

/**
 * The JSON Schema (draft 2020-12) of the workshop file, generated from the validators the app itself
 * uses, so the published format and the importer cannot drift apart. Cross-record rules (unique ids,
 * references between records) and the nesting limit are beyond JSON Schema; the description says so.
 */
export function workshopFileJsonSchema(): Record<string, unknown> {
  const file = workshopFileSchema.extend(workshopDataSchema.shape);
  const generated = z.toJSONSchema(file, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  allowNullWhereOptional(generated);
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: `https://actieplaat.nl/${SCHEMA_PATH}`,
    title: 'Actieplaat workshop file',
    description:
      'One whole workshop of the action canvas "Werken in Breder Belang", documented in docs/file-format.md. ' +
      'Generated from the app’s validators by `npm run schema`; do not edit by hand. An optional field may be absent or null ' +
      '(null is read as absent). Beyond this schema, the app checks that ids are unique within each collection and element ids ' +
      'within the template, that every reference (teamId, elementId, elementIds, authorId, participantId) points at a record of the ' +
      'file, that there is at most one assessment per team and element, and that values nest at most ' +
      `${MAX_NESTING_DEPTH} levels deep.`,
    ...rest,
  };
}

/**
 * Tolerant loading, published: wherever an object's property is optional, `null` is allowed too (the
 * importer reads it as absent). Changes the generated schema in place.
 */
function allowNullWhereOptional(node: unknown): void {
  if (typeof node !== 'object' || node === null) return;
  for (const child of Object.values(node)) allowNullWhereOptional(child);
  const schema = node as { type?: unknown; properties?: Record<string, unknown>; required?: string[] };
  if (schema.type !== 'object' || typeof schema.properties !== 'object') return;
  const required = new Set(schema.required ?? []);
  for (const [name, property] of Object.entries(schema.properties)) {
    if (!required.has(name) && !allowsNull(property)) schema.properties[name] = { anyOf: [property, { type: 'null' }] };
  }
}

function allowsNull(property: unknown): boolean {
  const anyOf = (property as { anyOf?: unknown }).anyOf;
  return Array.isArray(anyOf) && anyOf.some((option) => (option as { type?: unknown }).type === 'null');
}

export function serializeJsonSchema(): string {
  return `${JSON.stringify(workshopFileJsonSchema(), null, 2)}\n`;
}
