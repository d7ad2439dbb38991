import type { Language } from '../model/vocabulary';
import { templateHyphenation } from './templateHyphenation';

/** U+00AD: invisible, unless a line breaks at it; then the line ends in a hyphen. */
export const SOFT_HYPHEN = '\u00AD';

/** One word (letters only) with a soft hyphen at every point where it may break. */
export type WordHyphenator = (word: string) => string;

/** How a word is written in `templateHyphenation`: syllables joined by a middle dot. */
export const SYLLABLE_MARK = '·';

/** Words shorter than this are never broken (TeX's patterns would allow "ge-ld"-like breaks of short words). */
const MIN_WORD_LENGTH = 5;
/** Runs of letters (apostrophes included: "foto's"); everything else (spaces, digits, punctuation, hyphens) separates words. */
const WORD = /[\p{L}\p{M}'’]+/gu;
/** Tokens left as they are: web and e-mail addresses, paths, anything with a digit, and text hyphenated before. */
const UNTOUCHED = /:\/\/|^www\.|@|\/|\\|\d|\u00AD/i;

/**
 * `text` with soft hyphens inserted into its words by `hyphenateWord`; addresses, numbers and
 * words that already carry soft hyphens stay untouched, so hyphenating twice changes nothing.
 */
export function hyphenateText(text: string, hyphenateWord: WordHyphenator): string {
  return text.replace(/\S+/g, (token) =>
    UNTOUCHED.test(token) ? token : token.replace(WORD, (word) => (word.length < MIN_WORD_LENGTH ? word : hyphenateWord(word))),
  );
}

/** Each text with its soft hyphens removed: for comparing, searching and file names. */
export function withoutSoftHyphens(text: string): string {
  return text.replaceAll(SOFT_HYPHEN, '');
}

/**
 * The TeX patterns per language, each in a chunk of its own (nl 48 kB, en 34 kB gzipped) that is
 * loaded when first asked for, never at start-up.
 */
const patterns: Record<Language, () => Promise<{ hyphenateSync(text: string, options?: { minWordLength?: number }): string }>> = {
  nl: () => import('hyphen/nl').then(commonJs),
  en: () => import('hyphen/en-gb').then(commonJs),
};

/** A CommonJS module imported as ESM: its exports are the default export (Node), or the namespace itself (bundlers). */
function commonJs<T>(module: T | { default: T }): T {
  return (module as { default?: T }).default ?? (module as T);
}

const loaded = new Map<Language, WordHyphenator>();
const loading = new Map<Language, Promise<WordHyphenator>>();

/** The patterns of `language`, loaded once; every word they hyphenate is remembered. */
export function loadHyphenator(language: Language): Promise<WordHyphenator> {
  let promise = loading.get(language);
  if (!promise) {
    promise = patterns[language]().then(({ hyphenateSync }) => {
      const cache = new Map<string, string>();
      const hyphenateWord: WordHyphenator = (word) => {
        let hyphenated = cache.get(word);
        if (hyphenated === undefined) cache.set(word, (hyphenated = hyphenateSync(word, { minWordLength: MIN_WORD_LENGTH })));
        return hyphenated;
      };
      loaded.set(language, hyphenateWord);
      return hyphenateWord;
    });
    loading.set(language, promise);
  }
  return promise;
}

const templateHyphenators = new Map<Language, WordHyphenator>();

/**
 * The best hyphenation of `language` available right now, without waiting: the patterns once
 * loaded; before that, the words of the default template, hyphenated ahead of time, so that the
 * plate's first paint already breaks its element titles right (other words stay whole until then).
 */
export function hyphenatorNow(language: Language): WordHyphenator {
  const patternsLoaded = loaded.get(language);
  if (patternsLoaded) return patternsLoaded;
  let fromTemplate = templateHyphenators.get(language);
  if (!fromTemplate) {
    const words = new Map(
      templateHyphenation[language].map((syllables) => [
        syllables.replaceAll(SYLLABLE_MARK, ''),
        syllables.replaceAll(SYLLABLE_MARK, SOFT_HYPHEN),
      ]),
    );
    fromTemplate = (word) => words.get(word) ?? word;
    templateHyphenators.set(language, fromTemplate);
  }
  return fromTemplate;
}
