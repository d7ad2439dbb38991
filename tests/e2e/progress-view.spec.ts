import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoSeriousAxeViolations } from '../support/axe';
import { followUpChain, seedFollowUp } from '../support/followUpWorkshop';
import { boxesOf, overlaps, textFitProblems } from '../support/layout';

const screens = 'test-results/screens';

/*
 * Three sessions of one partnership, two tables (Tafel Zorg, Tafel Techniek); the third is the open follow-up.
 * Stands (n.v.t. and unscored do not count):
 *
 *                                 S1 zorg/techniek   S2 zorg/techniek   now zorg/techniek
 * 1.1 Meer betekenisvol werk          2 / 3              3 / 3              4 / 3
 * 1.3 Terugdringen personeelstek.     1 / –              2 / –              2 / –
 * 2.1 Beschikbaarheid                 1 / 2              2 / 3              4 / 2
 * 3.1 Detacheren en uitlenen          – / –              – / –              – / 3
 * 3.2 Hybride of combinatiebaan       1 / –              2 / –              4 / –
 * 3.3 Reservepool                     – / n.v.t.         – / –              – / –
 * 4.1 Vraag in beeld                  2 / 1              3 / 2              2 / 1
 * 4.2 Aanbod in beeld                 – / 1              – / 1              – / 1
 *
 * Mean stand per theme:  S1                S2                 now
 *   Meerwaarde     (2+1+3)/3 = 2,0   (3+2+3)/3 = 2,67   (4+2+3)/3 = 3,0    then→now 2,7 → 3,0  +0,3
 *   Maatwerk       (1+2)/2   = 1,5   (2+3)/2   = 2,5    (4+2)/2   = 3,0          2,5 → 3,0  +0,5
 *   Mogelijkheden  1/1       = 1,0   2/1       = 2,0    (4+3)/2   = 3,5          2,0 → 3,5  +1,5
 *   Matching       (2+1+1)/3 = 1,33  (3+2+1)/3 = 2,0    (2+1+1)/3 = 1,33         2,0 → 1,3  −0,7
 * Up since S2: zorg Beschikbaarheid +2, zorg Hybride +2, zorg Betekenisvol +1 (equal rises in team and template order).
 * Down since S2: zorg Vraag −1, techniek Beschikbaarheid −1, techniek Vraag −1.
 *
 * Actions: S1 agrees Vacatures (due 1 May), Rooster, Pilot (bezig). S2: Vacatures → bezig, Rooster → klaar, adds
 * Inwerkprogramma (due 1 September). Now: Vacatures → klaar, Pilot deleted, adds Reservepool (due 1 December) and
 * Kwalificaties (bezig). Today is 1 October 2026.
 *   klaar: Vacatures, Rooster = 2; klaar since S2: Vacatures = 1; bezig: Kwalificaties = 1;
 *   open: Inwerkprogramma, Reservepool = 2; verlopen: Inwerkprogramma = 1 (Vacatures' date passed, but it is done);
 *   new since S2: Reservepool, Kwalificaties = 2; dropped: Pilot = 1.
 */
const data = followUpChain([
  {
    title: 'Zorgreserve Noord, startsessie',
    date: '2026-03-12',
    zorg: {
      'meerwaarde.betekenisvol-werk': 2,
      'meerwaarde.personeelstekorten': 1,
      'maatwerk.beschikbaarheid': 1,
      'mogelijkheden.hybride-baan': 1,
      'matching.vraag': 2,
    },
    techniek: {
      'meerwaarde.betekenisvol-werk': 3,
      'maatwerk.beschikbaarheid': 2,
      'mogelijkheden.reservepool': 'nvt',
      'matching.vraag': 1,
      'matching.aanbod': 1,
    },
    add: [
      { title: 'Vacatures van de ziekenhuizen bundelen', dueDate: '2026-05-01' },
      { title: 'Rooster afstemmen' },
      { title: 'Pilot hybride docenten', status: 'bezig' },
    ],
  },
  {
    title: 'Zorgreserve Noord, tweede sessie',
    date: '2026-06-18',
    zorg: {
      'meerwaarde.betekenisvol-werk': 3,
      'meerwaarde.personeelstekorten': 2,
      'maatwerk.beschikbaarheid': 2,
      'mogelijkheden.hybride-baan': 2,
      'matching.vraag': 3,
    },
    techniek: { 'meerwaarde.betekenisvol-werk': 3, 'maatwerk.beschikbaarheid': 3, 'matching.vraag': 2, 'matching.aanbod': 1 },
    status: { 'Vacatures van de ziekenhuizen bundelen': 'bezig', 'Rooster afstemmen': 'klaar' },
    add: [{ title: 'Inwerkprogramma schrijven', dueDate: '2026-09-01' }],
  },
  {
    title: 'Zorgreserve Noord, derde sessie',
    date: '2026-10-01',
    zorg: {
      'meerwaarde.betekenisvol-werk': 4,
      'meerwaarde.personeelstekorten': 2,
      'maatwerk.beschikbaarheid': 4,
      'mogelijkheden.hybride-baan': 4,
      'matching.vraag': 2,
    },
    techniek: {
      'meerwaarde.betekenisvol-werk': 3,
      'maatwerk.beschikbaarheid': 2,
      'mogelijkheden.detachering': 3,
      'matching.vraag': 1,
      'matching.aanbod': 1,
    },
    status: { 'Vacatures van de ziekenhuizen bundelen': 'klaar' },
    remove: ['Pilot hybride docenten'],
    add: [
      { title: 'Reservepool oprichten', dueDate: '2026-12-01' },
      { title: 'Kwalificaties inventariseren', status: 'bezig' },
    ],
  },
]);

const rowOf = (scope: Locator, header: string | RegExp) =>
  scope.getByRole('row').filter({ has: scope.page().getByRole('rowheader', { name: header }) });

/** Nothing in the view cut off or sticking out, and its blocks side by side or stacked without touching. */
async function expectTidyLayout(page: Page) {
  const view = page.locator('.progress-view');
  // Cells and cards keep their text off their edges; headings and lines of text may start at theirs. The
  // charts' texts are SVG, which has no box to overflow: they are checked against each other and their chart.
  expect(await textFitProblems(view, 'th, td, .mover, .action-count')).toEqual([]);
  expect(await textFitProblems(view, 'h2, .lead, .setup-title, .setup-hint, .trajectory-title, .action-change-list li', 0)).toEqual([]);
  for (const selector of [
    '.progress-view > *',
    '.progress-chart-and-table > *',
    '.trajectory-card',
    '.mover-column',
    '.mover',
    '.action-count',
    '.progress-chart text',
  ])
    expect(overlaps(await boxesOf(page.locator(selector))), selector).toEqual([]);
  for (const chart of await page.locator('.trajectory-chart').all())
    expect(overlaps(await boxesOf(chart.locator('text'))), 'texts of a small chart').toEqual([]);
  for (const chart of await page.locator('.progress-chart, .trajectory-chart').all()) {
    const [frame] = await boxesOf(chart);
    const outside = (await boxesOf(chart.locator('text'))).filter(
      (text) => text.left < frame!.left || text.right > frame!.right || text.top < frame!.top || text.bottom > frame!.bottom,
    );
    expect(outside, 'texts outside their chart').toEqual([]);
  }
}

test('the Voortgang of a third session shows the figures computed by hand, fits 1280 and 1920, and the list shows earlier statuses', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.clock.install({ time: new Date('2026-10-01T10:00:00+02:00') });
  await seedFollowUp(page, data);
  await page.goto(`/#/workshop/${data.workshop.id}`);
  await page.getByRole('link', { name: 'Voortgang', exact: true }).click();
  await expect(
    page.getByRole('heading', { level: 2, name: 'Voortgang sinds Zorgreserve Noord, tweede sessie, 18 juni 2026' }),
  ).toBeVisible();

  const themes = page.getByRole('table', { name: /per thema \(1–5\): toen, nu en het verschil/ });
  await expect.soft(rowOf(themes, '1. Meerwaarde').getByRole('cell')).toHaveText(['2,7', '3,0', '+0,3']);
  await expect.soft(rowOf(themes, '2. Maatwerk').getByRole('cell')).toHaveText(['2,5', '3,0', '+0,5']);
  await expect.soft(rowOf(themes, '3. Mogelijkheden').getByRole('cell')).toHaveText(['2,0', '3,5', '+1,5']);
  await expect.soft(rowOf(themes, '4. Matching').getByRole('cell')).toHaveText(['2,0', '1,3', '−0,7']);
  await expect.soft(page.getByRole('img', { name: 'Gemiddelde stand per thema, toen en nu' })).toBeVisible();

  await expect(page.getByRole('heading', { level: 3, name: 'Verloop per thema over 3 sessies' })).toBeVisible();
  const course = page.getByRole('table', { name: /per thema en sessie/ });
  await expect.soft(course.getByRole('columnheader')).toHaveText(['Thema', '12 maart 2026', '18 juni 2026', 'Nu (1 oktober 2026)']);
  await expect.soft(rowOf(course, '1. Meerwaarde').getByRole('cell')).toHaveText(['2,0', '2,7', '3,0']);
  await expect.soft(rowOf(course, '2. Maatwerk').getByRole('cell')).toHaveText(['1,5', '2,5', '3,0']);
  await expect.soft(rowOf(course, '3. Mogelijkheden').getByRole('cell')).toHaveText(['1,0', '2,0', '3,5']);
  await expect.soft(rowOf(course, '4. Matching').getByRole('cell')).toHaveText(['1,3', '2,0', '1,3']);
  await expect
    .soft(
      page.getByRole('img', {
        name: /^4\. Matching: gemiddelde stand per sessie, 12 maart 2026 1,3; 18 juni 2026 2,0; 1 oktober 2026 1,3$/,
      }),
    )
    .toBeVisible();

  const up = page.getByRole('list', { name: 'Meest gestegen' }).getByRole('listitem');
  await expect
    .soft(up)
    .toHaveText([
      /^gestegen \+2\s*2\.1 Beschikbaarheid en betrokkenheid\s*Tafel Zorg\s*2 → 4$/,
      /^gestegen \+2\s*3\.2 Hybride of combinatiebaan\s*Tafel Zorg\s*2 → 4$/,
      /^gestegen \+1\s*1\.1 Meer betekenisvol werk\s*Tafel Zorg\s*3 → 4$/,
    ]);
  const down = page.getByRole('list', { name: 'Meest gedaald' }).getByRole('listitem');
  await expect
    .soft(down)
    .toHaveText([
      /^gedaald −1\s*4\.1 Vraag in beeld\s*Tafel Zorg\s*3 → 2$/,
      /^gedaald −1\s*2\.1 Beschikbaarheid en betrokkenheid\s*Tafel Techniek\s*3 → 2$/,
      /^gedaald −1\s*4\.1 Vraag in beeld\s*Tafel Techniek\s*2 → 1$/,
    ]);

  const elements = page.getByRole('table', { name: 'Stand van zaken per element en team, toen en nu' });
  await expect.soft(elements.getByRole('columnheader')).toHaveText(['Element', 'Tafel Zorg', 'Tafel Techniek']);
  await expect.soft(rowOf(elements, /Meer betekenisvol werk$/).getByRole('cell')).toHaveText(['3 → 4 (+1)', '3 → 3 (0)']);
  await expect.soft(rowOf(elements, /Beschikbaarheid en betrokkenheid$/).getByRole('cell')).toHaveText(['2 → 4 (+2)', '3 → 2 (−1)']);
  await expect.soft(rowOf(elements, /Detacheren en uitlenen$/).getByRole('cell')).toHaveText(['–', '– → 3']);
  await expect.soft(rowOf(elements, /Reservepool voor piekmomenten$/).getByRole('cell')).toHaveText(['–', '–']);
  await expect.soft(rowOf(elements, /Vraag in beeld$/).getByRole('cell')).toHaveText(['3 → 2 (−1)', '2 → 1 (−1)']);
  await expect.soft(rowOf(elements, /Aanbod in beeld$/).getByRole('cell')).toHaveText(['–', '1 → 1 (0)']);

  const counts = page.getByRole('region', { name: 'Acties sinds toen' }).locator('.action-count');
  await expect
    .soft(counts.locator('dt'))
    .toHaveText(['Klaar', 'Klaar sinds toen', 'Bezig', 'Open', 'Verlopen datum voorbij, niet klaar', 'Nieuw sinds toen', 'Vervallen']);
  await expect.soft(counts.locator('dd')).toHaveText(['2', '1', '1', '2', '1', '2', '1']);
  await expect.soft(page.getByRole('list', { name: 'Vervallen acties' }).getByRole('listitem')).toHaveText(['Pilot hybride docenten']);
  await expect
    .soft(page.getByRole('list', { name: 'Nieuwe acties' }).getByRole('listitem'))
    .toHaveText(['Reservepool oprichten', 'Kwalificaties inventariseren']);

  await expectTidyLayout(page);
  await page.screenshot({ path: `${screens}/progress-nl-1280.png`, fullPage: true });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await expectTidyLayout(page);
  await page.screenshot({ path: `${screens}/progress-nl-1920.png`, fullPage: true });
  await expectNoSeriousAxeViolations(page);

  // Each carried-over action says where it stood at the second session; the two agreed since say "nieuw".
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.getByRole('link', { name: 'Acties', exact: true }).click();
  const row = (title: string) => page.getByRole('row').filter({ has: page.locator(`input[value="${title}"]`) });
  await expect.soft(row('Vacatures van de ziekenhuizen bundelen')).toContainText('toen: bezig');
  await expect.soft(row('Rooster afstemmen')).toContainText('toen: klaar');
  await expect.soft(row('Inwerkprogramma schrijven')).toContainText('toen: open');
  for (const title of ['Reservepool oprichten', 'Kwalificaties inventariseren']) {
    await expect.soft(row(title)).toContainText('nieuw');
    await expect.soft(row(title)).not.toContainText('toen:');
  }
  expect(await textFitProblems(page.locator('.action-table'), '.cell-title')).toEqual([]);
  await page.screenshot({ path: `${screens}/progress-action-list-nl-1280.png` });

  // In English the same figures read in English: a decimal point, the month's English name.
  await page.getByRole('group', { name: 'Taal' }).getByRole('button', { name: 'English' }).click();
  await expect(row('Inwerkprogramma schrijven')).toContainText('then: open');
  await expect(row('Reservepool oprichten')).toContainText('new');
  await page.getByRole('link', { name: 'Progress', exact: true }).click();
  await expect(
    page.getByRole('heading', { level: 2, name: 'Progress since Zorgreserve Noord, tweede sessie, 18 June 2026' }),
  ).toBeVisible();
  await expect(rowOf(page.getByRole('table', { name: /then, now and the difference/ }), '4. Matching').getByRole('cell')).toHaveText([
    '2.0',
    '1.3',
    '−0.7',
  ]);
  await expectTidyLayout(page);
  await page.screenshot({ path: `${screens}/progress-en-1280.png`, fullPage: true });
});
