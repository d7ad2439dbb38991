import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage, type Language } from '../../shared/model/vocabulary';
import { settingsRepository } from '../data';
import { rememberLanguage } from './languageHint';

/** The interface language and a setter that also remembers the choice on this computer. */
export function useLanguage(): [Language, (language: Language) => Promise<void>] {
  const { i18n } = useTranslation();
  const resolved = i18n.resolvedLanguage;
  const language: Language = isLanguage(resolved) ? resolved : 'nl';
  const setLanguage = useCallback(
    async (next: Language) => {
      await settingsRepository.setLanguage(next);
      rememberLanguage(next);
      await i18n.changeLanguage(next);
      document.documentElement.lang = next;
    },
    [i18n],
  );
  return [language, setLanguage];
}
