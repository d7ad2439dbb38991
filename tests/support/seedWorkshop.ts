import type { Page } from '@playwright/test';
import type { WorkshopData } from '../../shared/model/workshopData';

/** The rows as the app stores them: every record tagged with its workshop, teams with their place (renderer/data/workshopRepository.ts). */
export function storedRows(data: WorkshopData): Record<string, object[]> {
  const workshopId = data.workshop.id;
  const tag = (record: object) => ({ ...record, workshopId });
  return {
    workshops: [data.workshop],
    templates: [tag(data.template)],
    teams: data.teams.map((team, position) => ({ ...tag(team), position })),
    participants: data.participants.map(tag),
    assessments: data.assessments.map(tag),
    notes: data.notes.map(tag),
    actions: data.actions.map(tag),
    votes: data.votes.map(tag),
    sessions: (data.earlierSessions ?? []).map((session, position) => ({ ...tag(session), position })),
  };
}

/** Writes the rows with the browser's own IndexedDB API in one transaction; runs in the page. */
export async function seedDatabase(rows: Record<string, object[]>): Promise<void> {
  const database = await new Promise<IDBDatabase>((done, fail) => {
    const request = indexedDB.open('actieplaat');
    request.onsuccess = () => done(request.result);
    request.onerror = () => fail(request.error);
  });
  const transaction = database.transaction(Object.keys(rows), 'readwrite');
  for (const [store, records] of Object.entries(rows)) for (const record of records) transaction.objectStore(store).put(record);
  await new Promise<void>((done, fail) => {
    transaction.oncomplete = () => done();
    transaction.onabort = () => fail(transaction.error);
  });
  database.close();
}

/** Puts a whole workshop into the app's database without importing it: the app opens first, so that its schema exists. */
export async function seedWorkshop(page: Page, data: WorkshopData): Promise<void> {
  await page.goto('/');
  await page.locator('#main').waitFor();
  await page.evaluate(seedDatabase, storedRows(data));
}
