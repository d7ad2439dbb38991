import { expect, test, type Page } from '@playwright/test';
import { newActionForm } from '../support/elementPanel';
import { boxesOf, overlaps, textFitProblems } from '../support/layout';
import { wordsBrokenWithoutHyphen } from '../support/wordBreaks';
import { createWorkshop } from '../support/library';

const screens = 'test-results/screens';
const themes = ['Meerwaarde', 'Maatwerk', 'Mogelijkheden', 'Matching'];
/** The screens a workshop meets: a small laptop, the usual 1280 × 800 laptop, a larger one, a full-HD monitor or projector. */
const widths = [
  { width: 1024, height: 768 },
  { width: 1280, height: 800 },
  { width: 1440, height: 900 },
  { width: 1920, height: 1080 },
];

/** A workshop whose panel shows every kind of part: a participant with a long name, a note and an action. */
async function workshopWithAFullPanel(page: Page) {
  await page.goto('/');
  await createWorkshop(page, { title: 'Past op elk scherm' });
  await page.getByRole('link', { name: 'Voorbereiding', exact: true }).click();
  const form = page.getByRole('form', { name: 'Deelnemer toevoegen' });
  await form.getByLabel('Naam').fill('Ζωή Παπαδοπούλου-Ñúñez');
  await form.getByRole('button', { name: 'Deelnemer toevoegen' }).click();
  await expect(form.getByLabel('Naam')).toHaveValue('');
  await page.getByRole('link', { name: 'Plaat', exact: true }).click();
  await page.getByRole('button', { name: 'Minder verlies van kwaliteit van diensten', exact: true }).click();
  const panel = page.getByRole('dialog');
  await panel.getByPlaceholder(/Nieuwe notitie/).fill('Wachtlijsten in de thuiszorg eerst in beeld brengen');
  await panel.getByRole('button', { name: 'Notitie toevoegen' }).click();
  const actionForm = await newActionForm(page);
  await actionForm.getByLabel('Wat', { exact: true }).fill('Overzicht van de diensten onder druk');
  await actionForm.getByRole('button', { name: 'Actie toevoegen' }).click();
  await expect(actionForm).toBeHidden();
  await expect(panel.getByRole('listitem', { name: 'Overzicht van de diensten onder druk' })).toBeVisible();
  await panel.getByRole('group', { name: 'Stand van zaken' }).getByText('In voorbereiding', { exact: true }).click();
  return panel;
}

test('every label of the element panel fits inside its box, from 1024 to 1920 px wide, in Dutch and English', async ({ page }) => {
  test.setTimeout(240_000);
  const panel = await workshopWithAFullPanel(page);
  for (const language of ['nl', 'en'] as const) {
    if (language === 'en') await page.getByRole('group', { name: 'Taal' }).getByRole('button', { name: 'English' }).click();
    const maturity = panel.getByRole('group', { name: language === 'nl' ? 'Stand van zaken' : 'State of affairs' });
    for (const size of widths) {
      await page.setViewportSize(size);
      await expect(maturity.getByRole('radio')).toHaveCount(5);
      // The score choices: their text at least 2 px inside the button's edges, no two buttons on top of each other.
      expect(await textFitProblems(panel, '.choice', 2), `${language} ${size.width}`).toEqual([]);
      expect(overlaps(await boxesOf(panel.locator('.choice'))), `${language} ${size.width}`).toEqual([]);
      // Everything else that carries a word: no text wider than its box, nothing sticking out of the panel.
      expect(
        await textFitProblems(panel, 'button, label, legend, h2, h3, p, select, .section-count', 0),
        `${language} ${size.width}`,
      ).toEqual([]);
      expect(overlaps(await boxesOf(page.locator('.theme-column, .element-panel'))), `${language} ${size.width}`).toEqual([]);
      if (language === 'nl') {
        await panel.evaluate((element) => element.scrollTo(0, 0));
        await page.screenshot({ path: `${screens}/element-panel-${size.width}.png` });
      }
    }
  }
});

test('on a 1280 × 800 laptop the plate keeps its four themes beside the open panel, also with Regie and agenda open', async ({ page }) => {
  test.setTimeout(240_000);
  await workshopWithAFullPanel(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.getByRole('dialog').evaluate((panel) => panel.scrollTo(0, 0));
  const headers = page.locator('.theme-header');

  const themesSideBySide = async () => {
    for (const theme of themes)
      await expect(page.getByRole('heading', { level: 2, name: theme, exact: true })).toBeInViewport({ ratio: 1 });
    const boxes = await boxesOf(headers);
    expect(new Set(boxes.map((box) => Math.round(box.top))).size, 'one row of four themes').toBe(1);
    expect(overlaps([...boxes, ...(await boxesOf(page.getByRole('dialog')))])).toEqual([]);
    expect(await textFitProblems(page.locator('.plate'), '.theme-header, .element-title', 0)).toEqual([]);
    // Long words break only where Dutch hyphenation allows, with a hyphen at the line's end.
    expect(await wordsBrokenWithoutHyphen(page.locator('.plate'))).toEqual([]);
  };
  await page.screenshot({ path: `${screens}/plate-with-panel-1280.png` });
  await themesSideBySide();

  // The facilitator unfolds Regie, the agenda open inside it: the plate moves down, but its four theme headers (number,
  // name, question) and each theme's whole first element stay on the first screen: the facilitator sees four themes
  // of a plate, not four coloured bars. (The workshop's heading takes one line, Regie two, the agenda's phases one.)
  await page.getByRole('button', { name: 'Regie: projector, timer, stemronde en agenda' }).click();
  await expect(page.getByRole('region', { name: 'Regie voor de projector' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Agenda', exact: true })).toHaveAttribute('aria-expanded', 'true');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${screens}/plate-with-panel-and-regie-1280.png` });
  await themesSideBySide();
  const plateTop = (await boxesOf(page.locator('.plate')))[0]!.top;
  const firstCards = await boxesOf(page.locator('.theme-elements > :first-child'));
  test.info().annotations.push({ type: 'plate top with Regie and agenda open', description: `${Math.round(plateTop)} px` });
  expect(plateTop).toBeLessThanOrEqual(480);
  expect(firstCards).toHaveLength(4);
  for (const card of firstCards) expect(card.bottom).toBeLessThanOrEqual(800);
  // The agenda's eight phases on one row, each name on one line.
  const phases = await boxesOf(page.locator('.agenda-phase'));
  expect(new Set(phases.map((phase) => Math.round(phase.top))).size, 'one row of phases').toBe(1);
  expect(await textFitProblems(page.locator('.agenda-phases'), '.agenda-name, button, input', 0)).toEqual([]);
  for (const name of await boxesOf(page.locator('.agenda-name'))) expect(name.bottom - name.top).toBeLessThan(24);
});
