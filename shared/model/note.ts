import { z } from 'zod';
import { idSchema, timestampSchema } from './primitives';
import { NOTE_COLOUR_MAX, NOTE_TEXT_MAX, noteColours, type NoteColour } from './vocabulary';

export { NOTE_TEXT_MAX, noteColours, type NoteColour };

export const noteSchema = z.looseObject({
  id: idSchema,
  teamId: idSchema,
  elementId: idSchema,
  text: z.string().trim().min(1).max(NOTE_TEXT_MAX),
  /** One of `noteColours` when made by this app; other tools' values are kept and shown as yellow. */
  colour: z.string().min(1).max(NOTE_COLOUR_MAX),
  authorId: idSchema.optional(),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type Note = z.infer<typeof noteSchema>;
