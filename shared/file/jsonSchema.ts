import { z } from 'zod';
import { workshopDataSchema } from '../model/workshopData';
import { WORKSHOP_FILE_VERSION, workshopFileSchema } from './workshopFile';

/** Where the published schema lives in the repository, and its `$id`. */
export const SCHEMA_PATH = `schema/actieplaat.workshop.v${WORKSHOP_FILE_VERSION}.schema.json`;

/**
 * The JSON Schema (draft 2020-12) of the workshop file, generated from the validators the app itself
 * uses, so the published format and the importer cannot drift apart. Cross-record rules (unique ids,
 * references between records) are beyond JSON Schema; the description says so.
 */
export function workshopFileJsonSchema(): Record<string, unknown> {
  const file = workshopFileSchema.extend(workshopDataSchema.shape);
  const generated = z.toJSONSchema(file, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: `https://actieplaat.nl/${SCHEMA_PATH}`,
    title: 'Actieplaat workshop file',
    description:
      'One whole workshop of the action canvas "Werken in Breder Belang" (shared/docs/FILE-FORMAT.md). ' +
      'Generated from the app’s validators by `npm run schema`; do not edit by hand. Beyond this schema, the app checks that ids are ' +
      'unique within each collection, that every reference (teamId, elementId, authorId, participantId) points at a record of the file, ' +
      'and that there is at most one assessment per team and element.',
    ...rest,
  };
}

export function serializeJsonSchema(): string {
  return `${JSON.stringify(workshopFileJsonSchema(), null, 2)}\n`;
}
