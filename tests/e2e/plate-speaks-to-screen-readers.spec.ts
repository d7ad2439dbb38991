import { expect, test } from '@playwright/test';
import { expectNoSeriousAxeViolations } from '../support/axe';
import { createWorkshop, openFacilitation } from '../support/library';

test('the plate names what each button does and for which element; Regie is a disclosure button; the timer says what its buttons do', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await page.goto('/');
  await createWorkshop(page, { title: 'Voor het oor' });

  // Twenty help buttons, each naming its element.
  const helpNames = await page
    .getByRole('button', { name: /^Hulpvragen/ })
    .evaluateAll((buttons) => buttons.map((button) => button.getAttribute('aria-label')));
  expect(helpNames).toHaveLength(20);
  expect(new Set(helpNames).size).toBe(20);
  const help = page.getByRole('button', { name: 'Hulpvragen tonen bij Vraag in beeld', exact: true });
  await expect(help).toHaveAttribute('aria-expanded', 'false');
  await help.click();
  await expect(page.getByRole('button', { name: 'Hulpvragen verbergen bij Vraag in beeld', exact: true })).toHaveAttribute(
    'aria-expanded',
    'true',
  );

  // Regie: a button that says whether it is open, its name free of the triangle drawn beside it.
  const regie = page.getByRole('button', { name: 'Regie: projector, timer, stemronde en agenda', exact: true });
  await expect(regie).toHaveAttribute('aria-expanded', 'false');
  await regie.click();
  await expect(regie).toHaveAttribute('aria-expanded', 'true');
  const controls = page.getByRole('region', { name: 'Regie voor de projector' });
  await expect(controls).toBeVisible();

  // The timer's buttons: a name for the screen reader, and words or a tooltip for the eye.
  const timer = controls.getByRole('group', { name: 'Rondetimer' });
  for (const name of ['Timer starten', 'Eén minuut erbij', 'Timer terugzetten', 'Geluid bij nul'])
    await expect(timer.getByRole('button', { name, exact: true })).toBeVisible();
  const unexplained = await timer
    .getByRole('button')
    .evaluateAll((buttons) =>
      buttons
        .filter((button) => !(button as HTMLElement).innerText.trim() && !button.getAttribute('title'))
        .map((button) => button.getAttribute('aria-label')),
    );
  expect(unexplained).toEqual([]);
  await timer.getByRole('button', { name: 'Timer starten', exact: true }).click();
  await expect(timer.getByRole('button', { name: 'Timer pauzeren', exact: true })).toBeVisible();

  // A note without an author is a note, not one "by no author".
  await page.getByRole('button', { name: 'Vraag in beeld', exact: true }).click();
  const panel = page.getByRole('dialog');
  await panel.getByPlaceholder(/Nieuwe notitie/).fill('Roosters van drie afdelingen naast elkaar');
  await panel.getByRole('button', { name: 'Notitie toevoegen' }).click();
  await expect(panel.getByRole('textbox', { name: 'Notitie', exact: true })).toHaveValue('Roosters van drie afdelingen naast elkaar');
  await expect(page.getByRole('textbox', { name: /Geen auteur/ })).toHaveCount(0);
  await expectNoSeriousAxeViolations(page);
});

test('during a voting round each card says whose dots its numbers are: all teams’ total and this team’s own', async ({ page }) => {
  await page.goto('/');
  await createWorkshop(page, { title: 'Wiens stippen' });
  await openFacilitation(page);
  const controls = page.getByRole('region', { name: 'Regie voor de projector' });
  await controls.getByRole('button', { name: 'Stemronde starten' }).click();

  const card = page.getByRole('article', { name: 'Vraag in beeld' });
  await card.getByRole('button', { name: 'Stip plakken op Vraag in beeld' }).click();
  await card.getByRole('button', { name: 'Stip plakken op Vraag in beeld' }).click();
  await expect(card.getByText('Team 1: 2', { exact: true })).toBeVisible();
  await controls.getByLabel('Uitslag tonen').check();
  await expect(card.getByText('2 stippen in totaal', { exact: true })).toBeVisible();
  await expect(card.getByText('Team 1: 2', { exact: true })).toBeVisible();
  await card.getByRole('button', { name: 'Stip weghalen van Vraag in beeld' }).click();
  await expect(card.getByText('1 stip in totaal', { exact: true })).toBeVisible();
  await expect(card.getByText('Team 1: 1', { exact: true })).toBeVisible();
});
