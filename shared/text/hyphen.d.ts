/** The parts of the `hyphen` package (TeX hyphenation patterns, Liang's algorithm) this app uses; it ships no types. */
declare module 'hyphen/nl' {
  export function hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number }): string;
}
declare module 'hyphen/en-gb' {
  export function hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number }): string;
}
