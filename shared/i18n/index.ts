import type { Language } from '../model/primitives';
import type { Catalog } from './catalog';
import { en } from './en';
import { nl } from './nl';

export type { Catalog } from './catalog';

/** All catalogs by language, in the shape i18next takes as `resources`. */
export const catalogs: Record<Language, Catalog> = { nl, en };
