import { basename } from 'node:path';

/** Under this many bytes (UTF-8), with the extension: every file system takes it. */
const MAX_NAME_BYTES = 199;
/** Control characters (a line break in a name becomes a space). */
const CONTROL = /\p{Cc}/gu;
/** The marks that turn text around: a name "…fdp.exe" that a dialog shows as "…exe.pdf". */
const DIRECTION = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

/**
 * The name a save dialog suggests for a file the renderer asked to save: only a base name (no folder
 * the renderer could point the dialog at), without control and direction characters, under 200 bytes,
 * ending in the extension of its filter.
 */
export function safeSaveName(suggested: string, extension: string): string {
  const dotted = `.${extension}`;
  const name = basename(suggested.replace(/\\/g, '/')).replace(DIRECTION, '').replace(CONTROL, ' ').replace(/\s+/g, ' ').trim();
  let stem = name.toLowerCase().endsWith(dotted) ? name.slice(0, -dotted.length).trim() : name;
  const encoder = new TextEncoder();
  while (encoder.encode(`${stem}${dotted}`).byteLength > MAX_NAME_BYTES) stem = [...stem].slice(0, -1).join('');
  stem = stem.replace(/^[.\s]+|[.\s]+$/g, '');
  return `${stem || 'Actieplaat'}${dotted}`;
}
