// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest';
import { followUpChain } from '../../../shared/export/followUp.fixture';
import { build, layoutProblems, run, type Built } from '../../../tests/fixtures/pdfReader';

/** The text between `start` and the first `end` after it. */
function between(text: string, start: string, end: string): string {
  const from = text.indexOf(start);
  expect(from, start).toBeGreaterThanOrEqual(0);
  const to = text.indexOf(end, from + start.length);
  expect(to, end).toBeGreaterThan(from);
  return text.slice(from, to);
}

describe('the PDF action plan of a follow-up', () => {
  const { first, second, third } = followUpChain();
  const english = structuredClone(third);
  english.workshop.language = 'en';
  const noord = second.teams[0]!;
  let followUp: Built;
  let oneTeam: Built;
  let chain: Built;
  let inEnglish: Built;
  let firstSession: Built;

  beforeAll(async () => {
    followUp = await build('follow-up', second, { includeNotes: true });
    oneTeam = await build('follow-up-one-team', second, { includeNotes: true, teamId: noord.id });
    chain = await build('follow-up-third', third, { includeNotes: true });
    inEnglish = await build('follow-up-english', english, { includeNotes: true });
    firstSession = await build('follow-up-first-session', first, { includeNotes: true });
  }, 60_000);

  it('is a valid PDF with every word inside the margins and off every other word', () => {
    for (const built of [followUp, oneTeam, chain, inEnglish]) {
      expect(() => run('qpdf', ['--check', built.file])).not.toThrow();
      expect(layoutProblems(built.file)).toEqual([]);
    }
  });

  it('shows the progress since the earlier session right after the summary, before the action plan', () => {
    const heading = 'Voortgang sinds Startsessie Brainport, 12 maart 2026';
    const { text } = followUp;
    expect(text.indexOf('Stand van zaken per thema 1 nog niet besproken')).toBeLessThan(text.indexOf(heading));
    expect(text.indexOf(heading)).toBeLessThan(text.indexOf('Actieplan 6 acties, op datum'));
    expect(text.split(heading)).toHaveLength(2);
  });

  it('gives each theme’s mean stand then and now, with the difference signed', () => {
    // Then (Startsessie): Meerwaarde (2 + 3 + 1 + 2) / 4 = 2,0; Maatwerk (1 + 3) / 2 = 2,0; Mogelijkheden 2,0; Matching unscored.
    // Now (Tweede sessie): Meerwaarde (4 + 3 + 2 + 1) / 4 = 2,5; Maatwerk (1 + 2) / 2 = 1,5; Mogelijkheden (4 + 3) / 2 = 3,5; Matching 2,0.
    const themes = between(followUp.text, 'Thema Toen (12 maart 2026) Nu (18 juni 2026) Verschil', 'Elementen die verschoven');
    expect(themes).toContain('1 · Meerwaarde 2,0 2,5 +0,5');
    expect(themes).toContain('2 · Maatwerk 2,0 1,5 \u22120,5');
    expect(themes).toContain('3 · Mogelijkheden 2,0 3,5 +1,5');
    expect(themes).toContain('4 · Matching – 2,0 –');
    // Two sessions only: no table of every session.
    expect(followUp.text).not.toContain('Stand van zaken per sessie');
  });

  it('names the elements that rose and fell: team, element, stand then and now, the difference signed', () => {
    const rose = between(followUp.text, 'Gestegen', 'Gedaald');
    expect(rose).toContain('Noord 1.1 Meer betekenisvol werk 2 · Verkend 4 · Afgesproken +2');
    expect(rose).toContain('Noord 3.1');
    expect(rose).toContain('Zuid 1.1 Meer betekenisvol werk 1 · Nog niet besproken 2 · Verkend +1');
    expect(rose.indexOf('Noord 3.1')).toBeLessThan(rose.indexOf('Zuid 1.1'));
    const fell = between(followUp.text, 'Gedaald', 'Acties sinds de vorige sessie');
    expect(fell).toContain('Zuid 1.2');
    expect(fell).toContain('Zuid 2.1');
    expect(fell.match(/\u22121/g)).toHaveLength(2);
    expect(fell).not.toContain('Noord');
  });

  it('counts the actions since the earlier session and lists the ones done since and dropped', () => {
    // Pilot and Contract done since, Factsheet done before; Ambassadeurs open and past 1 September;
    // Matchingsavond (bezig) and Budget (open) new; Intranetpagina dropped.
    const section = between(followUp.text, 'Acties sinds de vorige sessie', 'Actieplan 6 acties');
    expect(section).toContain('Klaar Klaar sinds toen Bezig Open Verlopen Nieuw sinds toen Vervallen 3 2 1 2 1 2 1');
    const done = between(section, 'Klaar sinds de vorige sessie', 'Vervallen sinds de vorige sessie');
    expect(done).toContain('Pilot hybride docenten opzetten Noord Open');
    expect(done).toContain('Contract voor detachering opstellen Zuid Bezig');
    expect(done).not.toContain('Factsheet');
    expect(section).toContain(
      'Vervallen sinds de vorige sessie Actie Team Status toen Intranetpagina over de samenwerking maken Hele workshop Open',
    );
  });

  it('shows the means of every session when the follow-up follows more than one', () => {
    // Meerwaarde 2,0 → 2,5 → (5 + 4 + 3 + 2) / 4 = 3,5; Maatwerk 2,0 → 1,5 → 2,0; Mogelijkheden 2,0 → 3,5 → 3,5; Matching – → 2,0 → 1,0.
    expect(chain.text).toContain('Voortgang sinds Tweede sessie Brainport, 18 juni 2026');
    const history = between(chain.text, 'Stand van zaken per sessie', 'Elementen die verschoven');
    expect(history).toContain('Startsessie Brainport, 12 maart 2026 2,0 2,0 2,0 –');
    expect(history).toContain('Tweede sessie Brainport, 18 juni 2026 2,5 1,5 3,5 2,0');
    expect(history).toContain('Nu: Derde sessie Brainport, 19 november 2026 3,5 2,0 3,5 1,0');
    const themes = between(chain.text, 'Thema Toen (18 juni 2026) Nu (19 november 2026) Verschil', 'Stand van zaken per sessie');
    expect(themes).toContain('1 · Meerwaarde 2,5 3,5 +1,0');
    expect(themes).toContain('3 · Mogelijkheden 3,5 3,5 0,0');
    expect(themes).toContain('4 · Matching 2,0 1,0 \u22121,0');
    // Nothing dropped since the second session: said in words.
    expect(chain.text).toContain('Sinds de vorige sessie is geen actie vervallen.');
  });

  it('speaks English in an English workshop, numbers included', () => {
    expect(inEnglish.text).toContain('Progress since Tweede sessie Brainport, 18 June 2026');
    expect(inEnglish.text).toContain('1 · Added value 2.5 3.5 +1.0');
    expect(inEnglish.text).toContain('Done Done since then In progress Open Overdue New since then Dropped 5 2 0 2 0 1 0');
  });

  it("for one team, compares only that team's elements and actions", () => {
    // Noord: Meerwaarde (2 + 3) / 2 = 2,5 → (4 + 3) / 2 = 3,5; Maatwerk 1 → 1; Mogelijkheden 2 → 4.
    const section = between(oneTeam.text, 'Voortgang sinds Startsessie Brainport, 12 maart 2026', 'Actieplan ');
    expect(section).toContain('1 · Meerwaarde 2,5 3,5 +1,0');
    expect(section).toContain('2 · Maatwerk 1,0 1,0 0,0');
    expect(section).toContain('3 · Mogelijkheden 2,0 4,0 +2,0');
    expect(section).toContain('Geen element is gedaald.');
    expect(section).toContain('2 1 0 1 0 1 0');
    expect(section).toContain('Pilot hybride docenten opzetten Open');
    for (const other of ['Zuid', 'Contract', 'Intranetpagina', 'Hele workshop']) expect(section).not.toContain(other);
  });

  it('leaves the section out of a workshop that follows none', () => {
    expect(firstSession.text).not.toContain('Voortgang');
    expect(firstSession.text).not.toContain('vorige sessie');
  });
});
