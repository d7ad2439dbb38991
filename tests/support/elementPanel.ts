import { expect, type Locator, type Page } from '@playwright/test';
import { actionValue, fieldOf, noteValue, type CanvasEdit, type EditLedger, type FieldValue } from './editLedger';

const maturityNames = ['Nog niet besproken', 'Verkend', 'In voorbereiding', 'Afgesproken', 'Werkt in de praktijk'];
const importanceNames = ['Laag', 'Midden', 'Hoog'];

/** Opens the form for a new action from the open element panel ("Nieuwe actie"), and gives it. */
export async function newActionForm(page: Page): Promise<Locator> {
  await page.getByRole('dialog').getByRole('button', { name: 'Nieuwe actie' }).first().click();
  const form = page.getByRole('dialog', { name: 'Nieuwe actie' });
  await expect(form).toBeVisible();
  return form;
}

/**
 * Makes the scripted edits in the element panel, as a team does (clicks on the score choices, typing
 * in the afspraken, a note or an action title, the "Notitie toevoegen" form and the "Nieuwe actie" dialog),
 * waits for the toolbar's "Opgeslagen", and reads a canvas back from the screen.
 */
export class ElementPanel {
  constructor(
    private readonly page: Page,
    /** Element id → the element's Dutch title, as on the plate. */
    private readonly titles: ReadonlyMap<string, string>,
  ) {}

  private get panel(): Locator {
    return this.page.getByRole('dialog');
  }

  /** The toolbar's save status: "Opgeslagen", "Opslaan…" or "Niet opgeslagen". */
  get saveStatus(): Locator {
    return this.page.getByRole('toolbar', { name: 'Bewerken' }).getByRole('status');
  }

  async open(elementId: string): Promise<void> {
    const title = this.titles.get(elementId)!;
    const heading = this.panel.getByRole('heading', { level: 2, name: title, exact: true });
    if (await heading.isVisible()) return;
    if (await this.panel.isVisible()) await this.page.keyboard.press('Escape');
    await this.page.getByRole('button', { name: title, exact: true }).click();
    await expect(heading).toBeVisible();
    // The title comes at once, the element's scores, notes and actions once they are read: wait for them.
    await expect(this.panel.getByRole('group', { name: 'Stand van zaken' })).toBeVisible();
  }

  /**
   * Everything of the edit up to its decisive step (the panel open, a form filled in, the caret at the end
   * of the text), and that step itself as a function: the click that stores, or the typing.
   */
  async prepare(edit: CanvasEdit, keyDelays: readonly number[]): Promise<() => Promise<void>> {
    await this.open(edit.elementId);
    const panel = this.panel;
    switch (edit.kind) {
      case 'maturity':
        return () =>
          panel
            .getByRole('group', { name: 'Stand van zaken' })
            .getByText(maturityNames[edit.level - 1]!, { exact: true })
            .click();
      case 'importance':
        return () =>
          panel
            .getByRole('group', { name: 'Belang' })
            .getByText(importanceNames[edit.level - 1]!, { exact: true })
            .click();
      case 'addNote':
        await panel.getByPlaceholder(/Nieuwe notitie/).fill(edit.text);
        return () => panel.getByRole('button', { name: 'Notitie toevoegen' }).click();
      case 'addAction': {
        const form = await newActionForm(this.page);
        await form.getByLabel('Wat', { exact: true }).fill(edit.title);
        await form.getByLabel('Wie', { exact: true }).fill(edit.owner);
        await form.getByLabel('Wanneer', { exact: true }).fill(edit.dueDate);
        return () => form.getByRole('button', { name: 'Actie toevoegen' }).click();
      }
      case 'agreements':
        await this.focusAtEnd(panel.getByLabel('Afspraken', { exact: true }), edit.replace);
        return () => this.type(edit.typed, keyDelays);
      case 'typeNote':
        await this.focusAtEnd(await this.noteText(edit.token), false);
        return () => this.type(edit.typed, keyDelays);
      case 'typeActionTitle':
        await this.focusAtEnd((await this.actionCard(edit.token)).getByLabel('Wat', { exact: true }), false);
        return () => this.type(edit.typed, keyDelays);
    }
  }

  /** Waits until the screen shows the edit done and the toolbar says "Opgeslagen": the edit is acknowledged. */
  async acknowledged(edit: CanvasEdit, ledger: EditLedger): Promise<void> {
    const after = ledger.after(edit);
    const panel = this.panel;
    switch (edit.kind) {
      case 'maturity':
        await expect(panel.getByRole('group', { name: 'Stand van zaken' }).getByRole('radio', { checked: true })).toHaveValue(
          String(edit.level),
        );
        break;
      case 'importance':
        await expect(panel.getByRole('group', { name: 'Belang' }).getByRole('radio', { checked: true })).toHaveValue(String(edit.level));
        break;
      case 'agreements':
        await expect(panel.getByLabel('Afspraken', { exact: true })).toHaveValue(String(after));
        break;
      case 'addNote':
      case 'typeNote':
        await expect.poll(() => this.noteTexts()).toContain(String(after).slice(edit.elementId.length + 3));
        break;
      case 'addAction':
        await expect(panel.getByRole('listitem', { name: edit.title, exact: true })).toBeVisible();
        break;
      case 'typeActionTitle':
        await expect((await this.actionCard(edit.token)).getByLabel('Wat', { exact: true })).toHaveValue(
          (JSON.parse(String(after)) as { title: string }).title,
        );
        break;
    }
    await expect(this.saveStatus).toHaveText('Opgeslagen');
  }

  /** One team's canvas on the given elements as the screen shows it, as fields comparable with the ledger's. */
  async readFields(elementIds: readonly string[]): Promise<Map<string, FieldValue>> {
    const fields = new Map<string, FieldValue>();
    for (const elementId of elementIds) {
      await this.open(elementId);
      const panel = this.panel;
      const checked = async (group: string) => {
        const radio = panel.getByRole('group', { name: group }).getByRole('radio', { checked: true });
        return (await radio.count()) === 0 ? null : Number(await radio.inputValue());
      };
      fields.set(fieldOf({ kind: 'maturity', elementId, level: 0 }), await checked('Stand van zaken'));
      fields.set(fieldOf({ kind: 'importance', elementId, level: 0 }), await checked('Belang'));
      fields.set(`afspraken ${elementId}`, await panel.getByLabel('Afspraken', { exact: true }).inputValue());
      for (const text of await this.noteTexts()) fields.set(`notitie ${text.slice(0, text.indexOf(']') + 1)}`, noteValue(elementId, text));
      const cards = panel.locator('.action-card');
      for (let index = 0; index < (await cards.count()); index += 1) {
        const card = cards.nth(index);
        const title = await card.getByLabel('Wat', { exact: true }).inputValue();
        fields.set(
          `actie ${title.slice(0, title.indexOf(']') + 1)}`,
          actionValue({
            elementId,
            title,
            owner: await card.getByLabel('Wie', { exact: true }).inputValue(),
            dueDate: await card.getByLabel('Wanneer', { exact: true }).inputValue(),
          }),
        );
      }
    }
    return fields;
  }

  private async focusAtEnd(field: Locator, selectAll: boolean): Promise<void> {
    await field.click();
    await this.page.keyboard.press(selectAll ? 'Control+A' : 'Control+End');
  }

  /** Types as a person does: one key at a time, waiting the given time between keys (none after the last). */
  private async type(text: string, keyDelays: readonly number[]): Promise<void> {
    for (const [index, character] of [...text].entries()) {
      if (index > 0) await new Promise((resolve) => setTimeout(resolve, keyDelays[index - 1] ?? 0));
      await this.page.keyboard.type(character);
    }
  }

  private noteTexts(): Promise<string[]> {
    return this.panel.locator('.note textarea').evaluateAll((areas) => areas.map((area) => (area as HTMLTextAreaElement).value));
  }

  private async noteText(token: string): Promise<Locator> {
    const index = (await this.noteTexts()).findIndex((text) => text.startsWith(token));
    if (index < 0) throw new Error(`note ${token} is not in the panel`);
    return this.panel.locator('.note textarea').nth(index);
  }

  private async actionCard(token: string): Promise<Locator> {
    const cards = this.panel.locator('.action-card');
    const titles = await cards.evaluateAll((items) => items.map((item) => item.getAttribute('aria-label') ?? ''));
    const index = titles.findIndex((title) => title.startsWith(token));
    if (index < 0) throw new Error(`action ${token} is not in the panel`);
    return cards.nth(index);
  }
}
