/**
 * Globals that every runtime of this app has (browsers, Electron's renderer and Node ≥ 17), declared
 * here because `shared/` compiles without the DOM and Node type libraries on purpose.
 */
declare function structuredClone<T>(value: T): T;
