/** What WorkshopEdits describes for the workshop's details and its template. */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Template } from '../../shared/model/template';
import type { Workshop } from '../../shared/model/workshop';
import { workshopDataSchema } from '../../shared/model/workshopData';
import type { RecordFactory } from '../../shared/workshop/newWorkshop';
import { onlyChange, openEditsWorkshop } from '../../tests/support/editsWorkshop';
import type { ChangeWriter } from './changes';
import type { ActieplaatDatabase } from './db';
import { WorkshopEdits } from './edits';
import type { WorkshopRepository } from './workshopRepository';

let database: ActieplaatDatabase;
let factory: RecordFactory;
let repository: WorkshopRepository;
let writer: ChangeWriter;
let edits: WorkshopEdits;
let workshopId: string;

beforeEach(async () => {
  ({ database, factory, repository, writer, edits, workshopId } = await openEditsWorkshop());
});

describe('WorkshopEdits', () => {
  describe('updateDetails', () => {
    it('changes the workshop’s details and removes a field patched with undefined', async () => {
      const stored = await database.workshops.get(workshopId);
      const change = onlyChange(await edits.updateDetails({ title: 'Zorgreserve Noord', goal: 'Pool van 40', location: undefined }));
      expect(change).toMatchObject({ table: 'workshops', key: workshopId, before: stored });
      const after = change.after as Workshop;
      expect(after).toMatchObject({ id: workshopId, title: 'Zorgreserve Noord', goal: 'Pool van 40', date: '2026-12-01' });
      expect(after).not.toHaveProperty('location');
    });

    it('changes nothing when the workshop does not exist', async () => {
      expect(await new WorkshopEdits(database, factory, 'missing').updateDetails({ title: 'x' })).toEqual([]);
    });
  });

  describe('template', () => {
    const elementsOf = (template: object | undefined) => (template as Template).themes.flatMap((theme) => theme.elements);

    it('renames an element in place: same id, same position, its questions kept', async () => {
      const stored = await database.templates.get(workshopId);
      const change = onlyChange(
        await edits.updateElement('matching.aanbod', { title: { nl: 'Aanbod reservisten', en: 'Reservist supply' } }),
      );
      expect(change).toMatchObject({ table: 'templates', key: workshopId, before: stored });

      const before = elementsOf(change.before);
      const after = elementsOf(change.after);
      const index = before.findIndex((element) => element.id === 'matching.aanbod');
      expect(after.map((element) => element.id)).toEqual(before.map((element) => element.id));
      expect(after[index]).toEqual({ ...before[index], title: { nl: 'Aanbod reservisten', en: 'Reservist supply' } });
      expect(after.filter((_, i) => i !== index)).toEqual(before.filter((_, i) => i !== index));
      expect((change.after as { workshopId: string }).workshopId).toBe(workshopId);
    });

    it('does not change the stored template object it read', async () => {
      const change = onlyChange(await edits.updateElement('matching.aanbod', { title: { nl: 'X', en: 'X' } }));
      expect(elementsOf(change.before).find((element) => element.id === 'matching.aanbod')?.title.nl).not.toBe('X');
    });

    it('adds an own element at the end of the right theme, under a new "eigen." id', async () => {
      const first = onlyChange(await edits.addOwnElement('maatwerk', { nl: 'Kinderopvang', en: 'Childcare' }));
      const template = first.after as Template;
      const maatwerk = template.themes.find((theme) => theme.id === 'maatwerk')!;
      const added = maatwerk.elements.at(-1)!;
      expect(maatwerk.elements).toHaveLength(6);
      expect(added).toEqual({
        id: expect.stringMatching(/^eigen\./),
        title: { nl: 'Kinderopvang', en: 'Childcare' },
        questions: { nl: '', en: '' },
        source: 'eigen',
      });
      for (const theme of template.themes.filter((candidate) => candidate.id !== 'maatwerk')) expect(theme.elements).toHaveLength(5);

      await writer.apply(workshopId, [first]);
      const second = onlyChange(await edits.addOwnElement('maatwerk', { nl: 'Vervoer', en: 'Transport' }));
      const ids = elementsOf(second.after).map((element) => element.id);
      expect(new Set(ids).size).toBe(ids.length);
      const titles = (second.after as Template).themes
        .find((theme) => theme.id === 'maatwerk')!
        .elements.map((element) => element.title.nl);
      expect(titles.slice(-2)).toEqual(['Kinderopvang', 'Vervoer']);
      expect(workshopDataSchema.safeParse(await repository.load(workshopId)).success).toBe(true);
    });
  });
});
