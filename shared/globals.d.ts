/**
 * Globals that every runtime of this app has (browsers, Electron's renderer and Node ≥ 17), declared
 * here because `shared/` compiles without the DOM and Node type libraries on purpose.
 */
declare function structuredClone<T>(value: T): T;

/** The WHATWG text codecs, in every runtime the app has. */
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
  decode(input?: Uint8Array, options?: { stream?: boolean }): string;
}
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
