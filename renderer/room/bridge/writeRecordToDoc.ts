// Writing one record's room form into a table document, or deleting it there.
import * as Y from 'yjs';
import {
  deleteRecord,
  deleteScores,
  parseVoteKey,
  scoreFields,
  scoreKey,
  tableMaps,
  writeRecord,
  writeScores,
  writeVote,
  type ScoreField,
} from '../../../shared/room/tableDoc';
import { canonical, parseRoomKey, scoreDefaults, type Fields, type RoomKey } from './roomForms';

/** `value` undefined deletes the record; `origin` marks the transaction as the bridge's own. */
export function writeRecordToDoc(doc: Y.Doc, key: RoomKey, value: Fields | undefined, origin: object): void {
  const { collection, id } = parseRoomKey(key);
  const maps = tableMaps(doc);
  switch (collection) {
    case 'notes':
    case 'actions':
    case 'people': {
      if (!value) return deleteRecord(doc, collection, id, origin);
      writeRecord(doc, collection, { id, ...value }, origin);
      // `writeRecord` keeps keys an object has by inheritance (`constructor`, `__proto__`): gone here.
      const entry = maps[collection].get(id);
      if (entry instanceof Y.Map) for (const field of [...entry.keys()]) if (!Object.hasOwn(value, field)) entry.delete(field);
      return;
    }
    case 'scores': {
      if (!value) return deleteScores(doc, id, origin);
      const patch: Partial<Record<ScoreField, unknown>> = {};
      for (const field of scoreFields) {
        const present = maps.scores.has(scoreKey(field, id));
        if (!Object.hasOwn(value, field)) {
          if (present) patch[field] = undefined;
        } else if (present || canonical(value[field]) !== canonical(scoreDefaults[field])) {
          // A field the document leaves out reads as its default: not written, so as not to race a phone setting it.
          patch[field] = value[field];
        }
      }
      return writeScores(doc, id, patch, origin);
    }
    case 'votes': {
      const parts = parseVoteKey(id);
      if (!parts) return;
      if (!value && maps.votes.has(id)) maps.votes.delete(id);
      else if (value) writeVote(doc, { ...parts, dots: value['dots'] as number }, origin);
      return;
    }
  }
}
