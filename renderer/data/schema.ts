import type Dexie from 'dexie';

/**
 * Every schema version ever shipped stays declared here, each with its upgrade function, so that a
 * database made by any earlier release opens. Add a version; never edit one that has shipped.
 */
export function declareSchema(database: Dexie): void {
  database.version(1).stores({
    workshops: 'id, updatedAt',
    templates: 'workshopId',
    teams: 'id, workshopId',
    participants: 'id, workshopId',
    assessments: '[teamId+elementId], workshopId',
    notes: 'id, workshopId, [teamId+elementId]',
    actions: 'id, workshopId, teamId, dueDate',
    votes: '++seq, workshopId',
    settings: 'key',
  });
}
