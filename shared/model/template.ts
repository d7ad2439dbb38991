import { z } from 'zod';
import { idSchema, localizedTextSchema } from './primitives';

/**
 * Where an element's text comes from: the published plate, this product's working formulation
 * (to be replaced by the official text), or the facilitator's own addition.
 */
export const elementSourceSchema = z.enum(['plaat', 'werkversie', 'eigen']);
export type ElementSource = z.infer<typeof elementSourceSchema>;

export const canvasElementSchema = z.looseObject({
  id: idSchema,
  title: localizedTextSchema,
  /** Guiding questions shown on demand. */
  questions: localizedTextSchema,
  source: elementSourceSchema,
});
export type CanvasElement = z.infer<typeof canvasElementSchema>;

export const themeSchema = z.looseObject({
  id: idSchema,
  title: localizedTextSchema,
  /** The theme's leading question. */
  question: localizedTextSchema,
  elements: z.array(canvasElementSchema).min(1).max(50),
});
export type Theme = z.infer<typeof themeSchema>;

/** Element ids are unique across the template's themes: the workshop's rules check that (`crossRecordProblems`). */
export const templateSchema = z.looseObject({
  id: idSchema,
  name: z.string().min(1).max(200),
  themes: z.array(themeSchema).min(1).max(20),
});
export type Template = z.infer<typeof templateSchema>;
