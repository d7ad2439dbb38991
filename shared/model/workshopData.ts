import { z } from 'zod';
import { actionSchema } from './action';
import { assessmentSchema } from './assessment';
import { noteSchema } from './note';
import { participantSchema } from './participant';
import { teamSchema } from './team';
import { templateElements, templateSchema } from './template';
import { voteSchema } from './vote';
import { workshopLimits, type ReferenceProblem } from './vocabulary';
import { workshopSchema } from './workshop';

/**
 * One whole workshop: what the database holds for it and what a workshop file carries.
 * Cross-record rules (unique ids, known references) are checked here, once, for every way in.
 */
export const workshopDataSchema = z
  .object({
    workshop: workshopSchema,
    template: templateSchema,
    teams: z.array(teamSchema).min(1).max(workshopLimits.teams),
    participants: z.array(participantSchema).max(workshopLimits.participants),
    assessments: z.array(assessmentSchema).max(workshopLimits.assessments),
    notes: z.array(noteSchema).max(workshopLimits.notes),
    actions: z.array(actionSchema).max(workshopLimits.actions),
    votes: z.array(voteSchema).max(workshopLimits.votes),
  })
  .superRefine((data, ctx) => {
    const elementIds = new Set(templateElements(data.template).map((element) => element.id));
    const teamIds = uniqueIds(data.teams, 'teams', ctx);
    const participantIds = uniqueIds(data.participants, 'participants', ctx);
    uniqueIds(data.notes, 'notes', ctx);
    uniqueIds(data.actions, 'actions', ctx);

    const check = (ok: boolean, problem: ReferenceProblem, value: string | undefined, path: (string | number)[]) => {
      if (!ok) ctx.addIssue({ code: 'custom', message: `${problem} "${value ?? ''}"`, path, params: { problem } });
    };
    const team = (id: string | undefined, path: (string | number)[]) =>
      check(id === undefined || teamIds.has(id), 'unknown-team', id, path);
    const element = (id: string, path: (string | number)[]) => check(elementIds.has(id), 'unknown-element', id, path);
    const participant = (id: string | undefined, path: (string | number)[]) =>
      check(id === undefined || participantIds.has(id), 'unknown-participant', id, path);

    data.participants.forEach((record, i) => team(record.teamId, ['participants', i, 'teamId']));
    const assessed = new Set<string>();
    data.assessments.forEach((record, i) => {
      team(record.teamId, ['assessments', i, 'teamId']);
      element(record.elementId, ['assessments', i, 'elementId']);
      const key = `${record.teamId}\u0000${record.elementId}`;
      check(!assessed.has(key), 'duplicate-assessment', record.elementId, ['assessments', i]);
      assessed.add(key);
    });
    data.notes.forEach((record, i) => {
      team(record.teamId, ['notes', i, 'teamId']);
      element(record.elementId, ['notes', i, 'elementId']);
      participant(record.authorId, ['notes', i, 'authorId']);
    });
    data.actions.forEach((record, i) => {
      team(record.teamId, ['actions', i, 'teamId']);
      record.elementIds.forEach((elementId, j) => element(elementId, ['actions', i, 'elementIds', j]));
    });
    data.votes.forEach((record, i) => {
      element(record.elementId, ['votes', i, 'elementId']);
      team(record.teamId, ['votes', i, 'teamId']);
      participant(record.participantId, ['votes', i, 'participantId']);
    });
  });
export type WorkshopData = z.infer<typeof workshopDataSchema>;

function uniqueIds(records: readonly { id: string }[], collection: string, ctx: z.RefinementCtx): Set<string> {
  const ids = new Set<string>();
  records.forEach((record, i) => {
    if (ids.has(record.id)) {
      ctx.addIssue({
        code: 'custom',
        message: `duplicate id "${record.id}"`,
        path: [collection, i, 'id'],
        params: { problem: 'duplicate-id' },
      });
    }
    ids.add(record.id);
  });
  return ids;
}
