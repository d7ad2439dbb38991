import type { nl } from './nl';

type Widen<T> = T extends string ? string : { [K in keyof T]: Widen<T[K]> };

/** The shape every language's catalog must have: the Dutch catalog's keys, any strings. */
export type Catalog = Widen<typeof nl>;
