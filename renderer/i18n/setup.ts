import i18next, { type i18n } from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';
import type { Catalog } from '../../shared/i18n/catalog';
import { whenIdleAfterFirstPaint } from '../components/lazyWhenIdle';
import { isLanguage, languages, type Language } from '../../shared/model/vocabulary';

/**
 * Each language's catalog is a chunk of its own, loaded when that language is first needed: the one the
 * app starts in, another when the user switches or an export is written in the workshop's language.
 */
const loadCatalog: Record<Language, () => Promise<Catalog>> = {
  nl: () => import('../../shared/i18n/nl').then(({ nl }) => nl),
  en: () => import('../../shared/i18n/en').then(({ en }) => en),
};

/** Starts fetching a language's catalog, so that it is there when i18next asks (while the database opens). */
export function preloadCatalog(language: Language): void {
  void loadCatalog[language]();
}

/** One i18next instance for the app, started in the remembered language. */
export async function createI18n(language: Language): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance
    .use(initReactI18next)
    .use(resourcesToBackend((lng: string) => (isLanguage(lng) ? loadCatalog[lng]() : Promise.reject(new Error(`no catalog for ${lng}`)))))
    .init({
      lng: language,
      // Every catalog has every key (the Catalog type says so): nothing falls back to another language.
      fallbackLng: false,
      supportedLngs: [...languages],
      interpolation: { escapeValue: false }, // React escapes already
      returnNull: false,
    });
  // The other languages follow in the background: a switch, or an export in another language, is then at once.
  whenIdleAfterFirstPaint(() => void instance.loadLanguages([...languages]));
  return instance;
}

/** The texts of a language that may not be loaded yet: an export writes in the workshop's language. */
export async function textsIn(instance: i18n, language: Language) {
  await instance.loadLanguages(language);
  return instance.getFixedT(language);
}
