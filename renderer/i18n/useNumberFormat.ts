import { useMemo } from 'react';
import { localeOf } from './format';
import { useLanguage } from './useLanguage';

/** "1,5" in Dutch, "1.5" in English, one decimal at most; a dash when there is nothing to show. */
export function useNumberFormat(): (value: number | null | undefined) => string {
  const [language] = useLanguage();
  return useMemo(() => {
    const format = new Intl.NumberFormat(localeOf(language), { maximumFractionDigits: 1 });
    return (value: number | null | undefined) => (value === null || value === undefined ? '–' : format.format(value));
  }, [language]);
}
