import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { HYPHENATION_TABLE_PATH, serializeHyphenationTable } from './hyphenationTable';
import { hyphenateText, loadHyphenator, SOFT_HYPHEN, withoutSoftHyphens } from './hyphenate';

/** Soft hyphens shown as "|", for readable expectations. */
const shown = (text: string) => text.replaceAll(SOFT_HYPHEN, '|');

describe('hyphenateText', async () => {
  const dutch = await loadHyphenator('nl');
  const english = await loadHyphenator('en');

  it('puts soft hyphens into Dutch words at the syllables the TeX patterns allow', () => {
    expect(shown(hyphenateText('Betere ontwikkelingsmogelijkheden', dutch))).toBe('Be|te|re ont|wik|ke|lings|mo|ge|lijk|he|den');
    expect(shown(hyphenateText('Terugdringen van personeelstekorten.', dutch))).toBe('Te|rug|drin|gen van per|so|neels|te|kor|ten.');
    expect(shown(hyphenateText('Salaris en arbeidsvoorwaarden', dutch))).toBe('Sa|la|ris en ar|beids|voor|waar|den');
  });

  it('puts soft hyphens into English words with the (British) English patterns', () => {
    expect(shown(hyphenateText('Better development opportunities', english))).toBe('Bet|ter de|vel|op|ment op|por|tun|it|ies');
    expect(shown(hyphenateText('Scheduling around availability', english))).toBe('Schedul|ing around avail|ab|il|ity');
  });

  it('leaves short words, numbers, addresses and hard hyphens alone', () => {
    expect(shown(hyphenateText('4–8 uur per week, 2026-11-22, € 1.250', dutch))).toBe('4–8 uur per week, 2026-11-22, € 1.250');
    expect(hyphenateText('zie https://www.werkeninbrederbelang.nl/ontwikkelingsmogelijkheden', dutch)).toBe(
      'zie https://www.werkeninbrederbelang.nl/ontwikkelingsmogelijkheden',
    );
    expect(hyphenateText('mail coordinatie@zorgreserve.nl of www.zorgreserve.nl', dutch)).toBe(
      'mail coordinatie@zorgreserve.nl of www.zorgreserve.nl',
    );
    expect(shown(hyphenateText('HR-regels, Oost-Brabant', dutch))).toBe('HR-re|gels, Oost-Bra|bant');
  });

  it('changes nothing in text it hyphenated before', () => {
    const once = hyphenateText('Welke wet-, cao- of HR-regels staan in de weg? Wie kan de kaders oprekken?', dutch);
    expect(hyphenateText(once, dutch)).toBe(once);
    expect(withoutSoftHyphens(once)).toBe('Welke wet-, cao- of HR-regels staan in de weg? Wie kan de kaders oprekken?');
  });

  it('keeps letters with diacritics in their word', () => {
    expect(shown(hyphenateText('geïnteresseerde coördinatoren', dutch))).toBe('ge|ïn|te|res|seer|de co|ör|di|na|to|ren');
  });
});

describe('hyphenatorNow', () => {
  it("knows the template's words before the patterns load, and every word after", async () => {
    vi.resetModules();
    const fresh = await import('./hyphenate');
    expect(shown(fresh.hyphenatorNow('nl')('ontwikkelingsmogelijkheden'))).toBe('ont|wik|ke|lings|mo|ge|lijk|he|den');
    expect(shown(fresh.hyphenatorNow('en')('opportunities'))).toBe('op|por|tun|it|ies');
    expect(fresh.hyphenatorNow('nl')('samenwerkingsverband')).toBe('samenwerkingsverband');
    await fresh.loadHyphenator('nl');
    expect(shown(fresh.hyphenatorNow('nl')('samenwerkingsverband'))).toBe('sa|men|wer|kings|ver|band');
  });

  it('knows the template table is what the patterns make of the default template today (npm run hyphenation)', async () => {
    expect(readFileSync(HYPHENATION_TABLE_PATH, 'utf8')).toBe(await serializeHyphenationTable());
  });
});
