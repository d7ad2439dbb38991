import { z } from 'zod';
import { idSchema, timestampSchema } from './primitives';

export const noteColours = ['geel', 'roze', 'blauw', 'groen', 'oranje', 'paars'] as const;
export type NoteColour = (typeof noteColours)[number];

export const NOTE_TEXT_MAX = 2000;

export const noteSchema = z.looseObject({
  id: idSchema,
  teamId: idSchema,
  elementId: idSchema,
  text: z.string().trim().min(1).max(NOTE_TEXT_MAX),
  /** One of `noteColours` when made by this app; other tools' values are kept and shown as yellow. */
  colour: z.string().min(1).max(40),
  authorId: idSchema.optional(),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type Note = z.infer<typeof noteSchema>;
