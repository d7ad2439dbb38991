import { catalogs } from '../../shared/i18n';
import type { Catalog } from '../../shared/i18n/catalog';
import type { Language } from '../../shared/model/vocabulary';

export type MenuText = keyof Catalog['menu'];

/** The main process's texts (menu, dialogs, window titles) in the renderer's language, from the same catalogs. */
export function mainText(language: Language, key: MenuText, values: Record<string, string> = {}): string {
  const template = catalogs[language].menu[key];
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => values[name] ?? whole);
}
