import { z } from 'zod';
import { actionSchema } from './action';
import { assessmentSchema } from './assessment';
import { noteSchema } from './note';
import { participantSchema } from './participant';
import { teamSchema } from './team';
import { templateElements, templateSchema } from './template';
import { voteSchema } from './vote';
import { workshopSchema } from './workshop';

/**
 * One whole workshop: what the database holds for it and what a workshop file carries.
 * Cross-record rules (unique ids, known references) are checked here, once, for every way in.
 */
export const workshopDataSchema = z
  .object({
    workshop: workshopSchema,
    template: templateSchema,
    teams: z.array(teamSchema).min(1).max(100),
    participants: z.array(participantSchema).max(10000),
    assessments: z.array(assessmentSchema).max(1000000),
    notes: z.array(noteSchema).max(1000000),
    actions: z.array(actionSchema).max(1000000),
    votes: z.array(voteSchema).max(1000000),
  })
  .superRefine((data, ctx) => {
    const elementIds = new Set(templateElements(data.template).map((element) => element.id));
    const teamIds = uniqueIds(data.teams, 'teams', ctx);
    const participantIds = uniqueIds(data.participants, 'participants', ctx);
    uniqueIds(data.notes, 'notes', ctx);
    uniqueIds(data.actions, 'actions', ctx);

    const reference = (ok: boolean, message: string, path: (string | number)[]) => {
      if (!ok) ctx.addIssue({ code: 'custom', message, path });
    };
    data.participants.forEach((participant, i) =>
      reference(participant.teamId === undefined || teamIds.has(participant.teamId), `unknown team "${participant.teamId}"`, [
        'participants',
        i,
        'teamId',
      ]),
    );
    const assessed = new Set<string>();
    data.assessments.forEach((assessment, i) => {
      reference(teamIds.has(assessment.teamId), `unknown team "${assessment.teamId}"`, ['assessments', i, 'teamId']);
      reference(elementIds.has(assessment.elementId), `unknown element "${assessment.elementId}"`, ['assessments', i, 'elementId']);
      const key = `${assessment.teamId}\u0000${assessment.elementId}`;
      reference(!assessed.has(key), 'second assessment of the same team and element', ['assessments', i]);
      assessed.add(key);
    });
    data.notes.forEach((note, i) => {
      reference(teamIds.has(note.teamId), `unknown team "${note.teamId}"`, ['notes', i, 'teamId']);
      reference(elementIds.has(note.elementId), `unknown element "${note.elementId}"`, ['notes', i, 'elementId']);
      reference(note.authorId === undefined || participantIds.has(note.authorId), `unknown participant "${note.authorId}"`, [
        'notes',
        i,
        'authorId',
      ]);
    });
    data.actions.forEach((action, i) => {
      reference(action.teamId === undefined || teamIds.has(action.teamId), `unknown team "${action.teamId}"`, ['actions', i, 'teamId']);
      action.elementIds.forEach((elementId, j) =>
        reference(elementIds.has(elementId), `unknown element "${elementId}"`, ['actions', i, 'elementIds', j]),
      );
    });
    data.votes.forEach((vote, i) => {
      reference(elementIds.has(vote.elementId), `unknown element "${vote.elementId}"`, ['votes', i, 'elementId']);
      reference(vote.teamId === undefined || teamIds.has(vote.teamId), `unknown team "${vote.teamId}"`, ['votes', i, 'teamId']);
      reference(vote.participantId === undefined || participantIds.has(vote.participantId), `unknown participant "${vote.participantId}"`, [
        'votes',
        i,
        'participantId',
      ]);
    });
  });
export type WorkshopData = z.infer<typeof workshopDataSchema>;

function uniqueIds(records: readonly { id: string }[], collection: string, ctx: z.RefinementCtx): Set<string> {
  const ids = new Set<string>();
  records.forEach((record, i) => {
    if (ids.has(record.id)) {
      ctx.addIssue({ code: 'custom', message: `duplicate id "${record.id}"`, path: [collection, i, 'id'] });
    }
    ids.add(record.id);
  });
  return ids;
}
