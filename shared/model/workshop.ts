import { z } from 'zod';
import { phaseKinds } from '../facilitation/agenda';
import { calendarDateSchema, idSchema, languageSchema, timestampSchema } from './primitives';
import {
  AGENDA_PHASES_MAX,
  FACILITATOR_MAX,
  GOAL_MAX,
  LOCATION_MAX,
  ORGANISATION_NAME_MAX,
  ORGANISATIONS_MAX,
  organisationKinds,
  PHASE_MINUTES_MAX,
  WORKSHOP_TITLE_MAX,
  type OrganisationKind,
} from './vocabulary';

/** Regular employer, socially crucial sector (care, education, defence, safety), or something else. */
export const organisationKindSchema = z.enum(organisationKinds);
export type { OrganisationKind };

export const organisationSchema = z.looseObject({
  name: z.string().trim().min(1).max(ORGANISATION_NAME_MAX),
  kind: organisationKindSchema,
});
export type Organisation = z.infer<typeof organisationSchema>;

export { WORKSHOP_TITLE_MAX };

const agendaPhaseSchema = z.looseObject({
  id: idSchema,
  kind: z.enum(phaseKinds),
  themeId: idSchema.optional(),
  plannedMinutes: z.number().int().min(0).max(PHASE_MINUTES_MAX),
  startedAt: timestampSchema.optional(),
  endedAt: timestampSchema.optional(),
});

export const workshopSchema = z.looseObject({
  id: idSchema,
  title: z.string().trim().min(1).max(WORKSHOP_TITLE_MAX),
  /** The day the workshop takes place. */
  date: calendarDateSchema,
  location: z.string().max(LOCATION_MAX).optional(),
  /** Language of the workshop's exports; the interface language is a separate, per-user setting. */
  language: languageSchema,
  goal: z.string().max(GOAL_MAX).optional(),
  facilitator: z.string().max(FACILITATOR_MAX).optional(),
  /** The partnership: who takes part, regular employers and crucial sectors alike. */
  organisations: z.array(organisationSchema).max(ORGANISATIONS_MAX),
  /** The facilitator's plan of phases with planned and actual times (an addition to format version 1). */
  agenda: z.looseObject({ phases: z.array(agendaPhaseSchema).max(AGENDA_PHASES_MAX) }).optional(),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type Workshop = z.infer<typeof workshopSchema>;
