/**
 * Larger than any real workshop file (the benchmark's is about 1 MB); a bigger one is refused unread.
 * A module of its own, so that what only checks a file's size does not load the whole import.
 */
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024;
