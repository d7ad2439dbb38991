import { expect, test, type Page } from '@playwright/test';
import { actionsWorkshop, people } from '../support/actionsWorkshop';
import { seedWorkshop } from '../support/seedWorkshop';

// Owners in four scripts, each with an organisation, as a workshop has them.
const data = actionsWorkshop(
  people.map((person, index) => ({
    title: [
      'Pilot met vier hybride medewerkers op de afdeling interne geneeskunde',
      'Afspraken over verzekering en aansprakelijkheid vastleggen',
      'Inwerkprogramma schrijven',
      'Rooster afstemmen',
    ][index]!,
    owner: { name: person.name, organisation: person.organisation },
    dueDate: `2027-0${index + 1}-15`,
    firstStep: 'Gesprek met HR plannen',
  })),
);

/** Each column's width on screen, by its header. */
function columnWidths(page: Page): Promise<Record<string, number>> {
  return page
    .getByRole('columnheader')
    .evaluateAll((cells) => Object.fromEntries(cells.map((cell) => [cell.textContent?.trim() ?? '', cell.getBoundingClientRect().width])));
}

/** The text fields whose text does not fit: what a person sees cut off. */
function cutFields(page: Page, label: string): Promise<string[]> {
  return page
    .getByRole('table')
    .getByLabel(label, { exact: true })
    .evaluateAll((inputs) =>
      (inputs as HTMLInputElement[]).filter((input) => input.scrollWidth > input.clientWidth).map((input) => input.value),
    );
}

for (const [width, height] of [
  [1280, 800],
  [1920, 1080],
] as const) {
  test(`the action list at ${width}: names and organisations are whole, and "Wat" is the widest column`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await seedWorkshop(page, data);
    await page.goto(`/#/workshop/${data.workshop.id}/actions`);
    await expect(page.getByRole('row')).toHaveCount(people.length + 1);
    await page.screenshot({ path: `test-results/screens/action-list-nl-${width}.png` });

    expect(await cutFields(page, 'Wie')).toEqual([]);
    expect(await cutFields(page, 'Organisatie')).toEqual([]);
    // "Wat", the most important, has the widest field of its row and the widest column.
    const row = page.getByRole('row').nth(1);
    const fieldWidth = async (label: string) => (await row.getByLabel(label, { exact: true }).boundingBox())!.width;
    const title = await fieldWidth('Wat');
    for (const label of ['Wie', 'Organisatie', 'Wanneer', 'Eerste stap', 'Status'])
      expect(title, `Wat wider than ${label}`).toBeGreaterThan(await fieldWidth(label));
    const widths = await columnWidths(page);
    for (const header of Object.keys(widths).filter((header) => header !== 'Wat'))
      expect(widths['Wat'], `Wat wider than ${header}`).toBeGreaterThan(widths[header]!);
    // The table fits the window: nothing to scroll sideways.
    const scroller = page.locator('.table-scroll');
    expect(await scroller.evaluate((node) => node.scrollWidth <= node.clientWidth)).toBe(true);
  });
}
