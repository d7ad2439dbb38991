import { z } from 'zod';
import { calendarDateSchema, idSchema, timestampSchema } from './primitives';
import {
  ACTION_ELEMENTS_MAX,
  ACTION_TITLE_MAX,
  actionStatuses,
  FIRST_STEP_MAX,
  isActionIncomplete,
  ORGANISATION_NAME_MAX,
  PERSON_NAME_MAX,
  type ActionStatus,
} from './vocabulary';

export const actionStatusSchema = z.enum(actionStatuses);
export type { ActionStatus };

export const actionOwnerSchema = z.looseObject({
  name: z.string().trim().min(1).max(PERSON_NAME_MAX),
  organisation: z.string().max(ORGANISATION_NAME_MAX).optional(),
});
export type ActionOwner = z.infer<typeof actionOwnerSchema>;

export { ACTION_TITLE_MAX, isActionIncomplete };

/** "Wie staat er aan de lat?": what will be done, by whom, by when. */
export const actionSchema = z.looseObject({
  id: idSchema,
  title: z.string().trim().min(1).max(ACTION_TITLE_MAX),
  teamId: idSchema.optional(),
  elementIds: z.array(idSchema).max(ACTION_ELEMENTS_MAX),
  owner: actionOwnerSchema.nullable(),
  dueDate: calendarDateSchema.nullable(),
  firstStep: z.string().max(FIRST_STEP_MAX).optional(),
  status: actionStatusSchema,
  /** The participant who wrote the action (from their device in the live room), when known. */
  authorId: idSchema.optional(),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type Action = z.infer<typeof actionSchema>;
