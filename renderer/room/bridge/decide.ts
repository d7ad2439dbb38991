import type { RoomShadow } from '../../data/roomShadows';
import { canonical, hashText, hashValue, type DocValue, type Fields } from './roomForms';

/**
 * What to do with one record, given the database's room form of it (`D`), the document's (`Y`) and the
 * shadow of the last value both agreed on (`S`); "not there" is a value like any other.
 *
 * - `agree`: D and Y are equal (the shadow follows).
 * - `clean`: equal, but the document holds keys beyond the room form: write D over them.
 * - `toDoc`: the host changed it (Y is still S), or a deletion on the host wins: write D into the document.
 * - `toDexie`: a device changed it (D is still S), or both did and `value` is the merge: check and store it.
 * - `refuse`: the document's record cannot be stored at all (`problem`): bring the document back to D.
 */
export type Decision =
  | { kind: 'agree' }
  | { kind: 'clean' }
  | { kind: 'toDoc' }
  | { kind: 'toDexie'; value: Fields | undefined }
  | { kind: 'refuse'; problem: string };

export function decide(
  d: Fields | undefined,
  y: DocValue | undefined,
  s: RoomShadow | undefined,
  /** `canonical(d)` and `canonical(y.fields)`, when the caller has them already. */
  dText = d && canonical(d),
  yText = y && canonical(y.fields),
): Decision {
  if (y?.problem) return { kind: 'refuse', problem: y.problem };
  if (dText === yText) return y?.extra ? { kind: 'clean' } : { kind: 'agree' };
  const yIsShadow = yText === undefined ? s === undefined : s !== undefined && hashText(yText) === s.h;
  if (yIsShadow) return { kind: 'toDoc' };
  const dIsShadow = dText === undefined ? s === undefined : s !== undefined && hashText(dText) === s.h;
  if (dIsShadow) return { kind: 'toDexie', value: y?.fields };
  // Both changed. A deletion wins over an edit (as in Yjs, where removing a record drops concurrent
  // edits of its fields): the record goes on the side that still has it.
  if (!d) return { kind: 'toDoc' };
  if (!y) return { kind: 'toDexie', value: undefined };
  const merged = mergeFields(d, y.fields, s);
  return canonical(merged) === dText ? { kind: 'toDoc' } : { kind: 'toDexie', value: merged };
}

/**
 * A three-way merge field by field: a field only one side changed since the shadow takes that side's
 * value, so edits of different fields are both kept; a field both changed takes the value of the side
 * whose record was edited last (`updatedAt`; a tie, or no stamps, goes to the document), and
 * `updatedAt` itself becomes the later of the two.
 */
export function mergeFields(d: Fields, y: Fields, s: RoomShadow | undefined): Fields {
  const documentNewer = !(stamp(d['updatedAt']) > stamp(y['updatedAt']));
  const merged: Fields = {};
  for (const field of new Set([...Object.keys(d), ...Object.keys(y)])) {
    const inD = Object.hasOwn(d, field);
    const inY = Object.hasOwn(y, field);
    const dHash = inD ? hashValue(d[field]) : undefined;
    const yHash = inY ? hashValue(y[field]) : undefined;
    const sHash = s?.f[field];
    let fromDocument: boolean;
    if (dHash === yHash || yHash === sHash) fromDocument = false;
    else if (dHash === sHash) fromDocument = true;
    else if (field === 'updatedAt') fromDocument = stamp(y[field]) > stamp(d[field]);
    else fromDocument = documentNewer;
    const [present, value] = fromDocument ? [inY, y[field]] : [inD, d[field]];
    if (present) merged[field] = value;
  }
  return merged;
}

function stamp(value: unknown): number {
  const time = typeof value === 'string' ? Date.parse(value) : NaN;
  return Number.isFinite(time) ? time : -Infinity;
}
