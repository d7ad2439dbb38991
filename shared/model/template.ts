import { z } from 'zod';
import { idSchema, localizedTextSchema } from './primitives';
import { TEMPLATE_NAME_MAX, THEME_ELEMENTS_MAX, THEMES_MAX } from './vocabulary';

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
  elements: z.array(canvasElementSchema).min(1).max(THEME_ELEMENTS_MAX),
});
export type Theme = z.infer<typeof themeSchema>;

/** Element ids are unique across the template's themes: the workshop's rules check that (`crossRecordProblems`). */
export const templateSchema = z.looseObject({
  id: idSchema,
  name: z.string().min(1).max(TEMPLATE_NAME_MAX),
  themes: z.array(themeSchema).min(1).max(THEMES_MAX),
});
export type Template = z.infer<typeof templateSchema>;
