import { useEffect, useMemo, useState } from 'react';
import type { Language } from '../../shared/model/vocabulary';
import { hyphenateText, hyphenatorNow, loadHyphenator, type WordHyphenator } from '../../shared/text/hyphenate';

/**
 * Soft hyphens for text in `language`, for elements styled `hyphens: manual`: browsers without a
 * hyphenation dictionary of their own (Chromium on Linux and Windows, so Electron) then break long
 * words at a syllable, with a hyphen, instead of anywhere. The template's words are hyphenated from
 * the first paint; the patterns for other words load in the background and the text follows.
 */
export function useHyphenation(language: Language): (text: string) => string {
  const [loaded, setLoaded] = useState<{ language: Language; hyphenateWord: WordHyphenator } | null>(null);
  useEffect(() => {
    let current = true;
    void loadHyphenator(language).then((hyphenateWord) => {
      if (current) setLoaded({ language, hyphenateWord });
    });
    return () => {
      current = false;
    };
  }, [language]);
  const hyphenateWord = loaded?.language === language ? loaded.hyphenateWord : hyphenatorNow(language);
  return useMemo(() => (text: string) => hyphenateText(text, hyphenateWord), [hyphenateWord]);
}
