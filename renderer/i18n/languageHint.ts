import { isLanguage, type Language } from '../../shared/model/vocabulary';

/**
 * The interface language, also kept outside the database: a window whose database cannot be opened
 * (made by a newer version, or an upgrade waiting for another window) still speaks the user's language.
 */
const KEY = 'actieplaat.language';

export function rememberLanguage(language: Language): void {
  try {
    localStorage.setItem(KEY, language);
  } catch {
    // Without it the startup messages are in the default language.
  }
}

export function rememberedLanguage(): Language | undefined {
  try {
    const language = localStorage.getItem(KEY);
    return isLanguage(language) ? language : undefined;
  } catch {
    return undefined;
  }
}
