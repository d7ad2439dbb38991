import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { benchmarkWorkshop } from '../../tests/fixtures/benchmarkWorkshop';
import { SCHEMA_PATH, serializeJsonSchema, workshopFileJsonSchema } from './jsonSchema';
import { readWorkshopFile } from './readWorkshopFile';
import { serializeWorkshopFile, toWorkshopFile } from './workshopFile';

describe('the published JSON Schema of the workshop file', () => {
  it('in the repository is the one the validators generate (run `npm run schema` after changing them)', () => {
    expect(readFileSync(SCHEMA_PATH, 'utf8')).toBe(serializeJsonSchema());
  });

  const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });
  const validate = ajv.compile(workshopFileJsonSchema());
  const file = () =>
    JSON.parse(
      serializeWorkshopFile(toWorkshopFile(benchmarkWorkshop(), { name: 'actieplaat', version: '0.1.0' }, '2026-11-22T15:00:00.000Z')),
    );

  it('accepts a file the app exports', () => {
    expect(validate(file()), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  it('allows null wherever a field is optional, as the importer reads it (as absent), and nowhere else', () => {
    const withNulls = file();
    withNulls.actions[0].teamId = null;
    withNulls.actions[0].owner = { name: 'Anouk', organisation: null };
    withNulls.participants[0].role = null;
    withNulls.teams[0].colour = null;
    Object.assign(withNulls.workshop, {
      location: null,
      agenda: { phases: [{ id: 'p', kind: 'welkom', plannedMinutes: 5, startedAt: null }] },
    });
    expect(validate(withNulls), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(readWorkshopFile(new TextEncoder().encode(JSON.stringify(withNulls))).ok).toBe(true);

    const required = file();
    required.notes[0].text = null;
    expect(validate(required)).toBe(false);
    expect(validate.errors!.map((error) => error.instancePath)).toContain('/notes/0/text');
  });

  it('refuses what the importer refuses: a missing title, a wrong status, a newer version, an impossible date', () => {
    const broken = file();
    delete broken.actions[0].title;
    broken.actions[1].status = 'gedaan';
    broken.formatVersion = 2;
    broken.workshop.date = '2026-02-30';
    expect(validate(broken)).toBe(false);
    const paths = validate.errors!.map((error) => error.instancePath);
    expect(paths).toEqual(expect.arrayContaining(['/actions/0', '/actions/1/status', '/formatVersion', '/workshop/date']));
  });
});
