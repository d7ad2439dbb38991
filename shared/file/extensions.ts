/**
 * What the app saves, and what it opens: no other extension reaches a file dialog. A module without
 * zod, so that the library screen's import button does not load the validators before they are needed.
 */
export const SAVE_EXTENSIONS = ['pdf', 'csv', 'xlsx', 'actieplaat'] as const;
export const OPEN_EXTENSIONS = ['actieplaat', 'json'] as const;
