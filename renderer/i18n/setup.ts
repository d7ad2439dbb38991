import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { catalogs } from '../../shared/i18n';
import type { Language } from '../../shared/model/primitives';

/** One i18next instance for the app, started in the remembered language. */
export async function createI18n(language: Language): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'nl',
    supportedLngs: Object.keys(catalogs),
    resources: Object.fromEntries(Object.entries(catalogs).map(([lng, catalog]) => [lng, { translation: catalog }])),
    interpolation: { escapeValue: false }, // React escapes already
    returnNull: false,
  });
  return instance;
}
