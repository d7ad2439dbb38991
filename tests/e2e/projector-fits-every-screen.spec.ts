import { expect, test, type Page } from '@playwright/test';
import { projectorVotingRound, projectorWorkshop } from '../fixtures/projectorWorkshop';
import { cardLayoutProblems } from '../support/layout';
import { seedDatabase, seedWorkshop } from '../support/seedWorkshop';
import { wordsBrokenWithoutHyphen } from '../support/wordBreaks';

const screens = [
  { width: 1280, height: 720 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
  { width: 3840, height: 2160 },
];
const views = [
  { key: 'Home', name: 'plate', regions: 4 },
  { key: '1', name: 'theme1', regions: 1 },
  { key: '4', name: 'theme4', regions: 1 },
];
/** Themes 1 and 4: the longest titles and the longest questions. Pictures for a person to look at: the whole plate and theme 4. */
const pictured = new Set(['plate', 'theme4']);

/** What the control window would have set: the voting round revealed or none, a paused round timer on show. */
async function openProjector(page: Page, workshopId: string, voting: boolean): Promise<void> {
  await page.evaluate(seedDatabase, {
    facilitation: [
      {
        workshopId,
        focus: 'all',
        scoresShown: false,
        blank: false,
        timer: { durationMs: 600_000, startedAt: null, elapsedMs: 125_000, sound: false },
        voting: voting ? projectorVotingRound : null,
        joinSlide: false,
      },
    ],
  });
  await page.goto(`/#/present/${workshopId}`);
  // The same address again only changes the hash: load the page anew, so that it reads the state.
  await page.reload();
  await expect(page.getByRole('main', { name: 'Presentatie van de actieplaat' }).getByRole('listitem')).toHaveCount(20);
}

test('the projector fits every screen: whole plate and each theme, scores and vote result on and off, no overlap, no clipped text, no word broken without a hyphen', async ({
  page,
}) => {
  test.setTimeout(360_000);
  const data = projectorWorkshop();
  await seedWorkshop(page, data);
  const presentation = page.getByRole('main', { name: 'Presentatie van de actieplaat' });

  for (const screen of screens) {
    await page.setViewportSize(screen);
    for (const voting of [false, true]) {
      await openProjector(page, data.workshop.id, voting);
      for (const scores of [false, true]) {
        if (scores) await page.keyboard.press('s');
        await expect(presentation).toContainText(scores ? 'Gemiddelde van 8 teams' : 'Scores verborgen');
        for (const view of views) {
          await page.keyboard.press(view.key);
          await expect(presentation.getByRole('region')).toHaveCount(view.regions);
          if (scores) await expect(presentation.getByRole('listitem').first()).toContainText('Aandacht');
          if (voting) await expect(presentation.getByRole('listitem').first()).toContainText('stippen');
          await page.evaluate(() => document.fonts.ready);
          const combination = `${view.name} ${screen.width}×${screen.height} scores ${scores ? 'on' : 'off'} vote ${voting ? 'on' : 'off'}`;
          if (pictured.has(view.name)) {
            await page.screenshot({
              path: `test-results/screens/projector-${view.name}-${screen.width}x${screen.height}${scores ? '-scores' : ''}${voting ? '-vote' : ''}.png`,
            });
          }
          expect.soft(await cardLayoutProblems(presentation, { cards: 'li', apart: 'header' }), combination).toEqual([]);
          expect.soft(await wordsBrokenWithoutHyphen(presentation), combination).toEqual([]);
          const titleSizes = await presentation
            .getByRole('heading', { level: 3 })
            .evaluateAll((titles) => titles.map((title) => parseFloat(getComputedStyle(title).fontSize)));
          expect.soft(Math.min(...titleSizes), `smallest element title, ${combination}`).toBeGreaterThanOrEqual(28);
        }
      }
    }
  }
});
