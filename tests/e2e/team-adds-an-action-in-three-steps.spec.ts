import { expect, test, type Locator, type Page } from '@playwright/test';
import { actionsWorkshop, people } from '../support/actionsWorkshop';
import { seedWorkshop } from '../support/seedWorkshop';

const data = actionsWorkshop();
const maria = people.find((person) => person.name === 'Мария Иванова')!;

/**
 * Counts what a person does besides typing: clicks and key presses. Typing is the text of each field
 * and Tab from one field of the form to the next (a date field takes a Tab for each of its parts).
 */
class Interactions {
  readonly done: string[] = [];
  constructor(private readonly page: Page) {}
  async click(target: Locator, what: string): Promise<void> {
    this.done.push(`click ${what}`);
    await target.click();
  }
  async press(key: string): Promise<void> {
    this.done.push(`key ${key}`);
    await this.page.keyboard.press(key);
  }
  /**
   * Fills the form's fields in order, from the focused one: types each text (a date as the browser
   * takes it, whatever order of day and month its language shows), then Tab to the next field.
   */
  async typeFields(fields: ReadonlyArray<string | { date: string }>): Promise<void> {
    for (const [index, field] of fields.entries()) {
      if (index > 0) await this.nextField();
      if (typeof field === 'string') await this.page.keyboard.type(field);
      else await this.page.locator(':focus').fill(field.date);
    }
  }
  private async nextField(): Promise<void> {
    const focused = () => this.page.evaluate(() => document.activeElement?.id);
    const from = await focused();
    for (let part = 0; part < 5 && (await focused()) === from; part += 1) await this.page.keyboard.press('Tab');
    expect(await focused()).not.toBe(from);
  }
}

/** The whole box lies in the window. */
async function expectInViewport(page: Page, target: Locator): Promise<void> {
  const box = (await target.boundingBox())!;
  const { width, height } = page.viewportSize()!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(width);
  expect(box.y + box.height).toBeLessThanOrEqual(height);
}

async function openPlate(page: Page): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 800 });
  await seedWorkshop(page, data);
  await page.goto(`/#/workshop/${data.workshop.id}?team=${data.teams[0]!.id}`);
  await expect(page.getByRole('button', { name: 'Vraag in beeld', exact: true })).toBeVisible();
}

/** The form shows every field of an action in the window, suggests the participants for "Wie" and fills in their organisation. */
async function checkForm(page: Page, form: Locator): Promise<void> {
  await expect(form).toBeVisible();
  await expect(form.getByRole('textbox', { name: 'Wat' })).toBeFocused();
  for (const field of ['Wat', 'Organisatie', 'Eerste stap']) await expectInViewport(page, form.getByRole('textbox', { name: field }));
  await expectInViewport(page, form.getByRole('combobox', { name: 'Wie' }));
  await expectInViewport(page, form.getByLabel('Wanneer'));
  await expectInViewport(page, form.getByRole('button', { name: 'Actie toevoegen' }));
  const suggested = await form
    .getByRole('combobox', { name: 'Wie' })
    .evaluate((input) => [...((input as HTMLInputElement).list?.options ?? [])].map((option) => [option.value, option.label]));
  expect(suggested).toEqual([...people].sort((a, b) => a.name.localeCompare(b.name)).map((person) => [person.name, person.organisation]));
}

/** The action as its card in the panel shows it: every field filled in. */
async function expectAction(page: Page, title: string, firstStep: string): Promise<void> {
  const card = page.getByRole('dialog').getByRole('listitem', { name: title });
  await expect(card.getByLabel('Wie', { exact: true })).toHaveValue(maria.name);
  await expect(card.getByLabel('Organisatie', { exact: true })).toHaveValue(maria.organisation);
  await expect(card.getByLabel('Wanneer', { exact: true })).toHaveValue('2027-01-15');
  await expect(card.getByLabel('Eerste stap', { exact: true })).toHaveValue(firstStep);
  await expect(card).not.toContainText('ontbreekt');
}

test('from an element, a complete action (wat, wie, organisatie, wanneer, eerste stap) takes three clicks plus typing, in a form that fits the window at 1280×800', async ({
  page,
}) => {
  await openPlate(page);
  const steps = new Interactions(page);
  await steps.click(page.getByRole('button', { name: 'Vraag in beeld', exact: true }), 'the element');
  await steps.click(page.getByRole('dialog').getByRole('button', { name: 'Nieuwe actie' }).first(), 'Nieuwe actie');
  const form = page.getByRole('dialog', { name: 'Nieuwe actie' });
  await checkForm(page, form);
  await page.screenshot({ path: 'test-results/screens/new-action-nl-1280.png' });

  // "Wie" takes a participant's name and brings their organisation.
  await steps.typeFields(['Vraag van de afdelingen in kaart brengen', maria.name]);
  await expect(form.getByRole('textbox', { name: 'Organisatie' })).toHaveValue(maria.organisation);
  await steps.typeFields(['', '', { date: '2027-01-15' }, 'Rondgang langs de teamleiders']);
  await expect(form.getByLabel('Wanneer')).toHaveValue('2027-01-15');
  await page.screenshot({ path: 'test-results/screens/new-action-filled-nl-1280.png' });
  await steps.click(form.getByRole('button', { name: 'Actie toevoegen' }), 'Actie toevoegen');

  await expect(form).toBeHidden();
  await expectAction(page, 'Vraag van de afdelingen in kaart brengen', 'Rondgang langs de teamleiders');
  expect(steps.done).toEqual(['click the element', 'click Nieuwe actie', 'click Actie toevoegen']);
  await page.screenshot({ path: 'test-results/screens/new-action-added-nl-1280.png' });

  // On a projector-sized screen the form fits as well.
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.getByRole('dialog').getByRole('button', { name: 'Nieuwe actie' }).first().click();
  await checkForm(page, form);
  await page.screenshot({ path: 'test-results/screens/new-action-nl-1920.png' });
});

test('by keyboard: Enter on the element, A, and Enter to add, plus typing', async ({ page }) => {
  await openPlate(page);
  await page.getByRole('button', { name: 'Vraag in beeld', exact: true }).focus();
  const steps = new Interactions(page);
  await steps.press('Enter');
  await expect(page.getByRole('dialog').getByRole('heading', { level: 2, name: 'Vraag in beeld' })).toBeFocused();
  await steps.press('a');
  const form = page.getByRole('dialog', { name: 'Nieuwe actie' });
  await checkForm(page, form);

  await steps.typeFields(['Werving starten bij de gemeente', maria.name, '', { date: '2027-01-15' }, 'Vacaturetekst schrijven']);
  await steps.press('Enter');

  await expect(form).toBeHidden();
  await expectAction(page, 'Werving starten bij de gemeente', 'Vacaturetekst schrijven');
  expect(steps.done).toEqual(['key Enter', 'key a', 'key Enter']);
  // Back where the keyboard was: the panel, where "a" adds the next action.
  await expect(page.getByRole('dialog').getByRole('heading', { level: 2, name: 'Vraag in beeld' })).toBeFocused();
});
