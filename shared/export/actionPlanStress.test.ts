/** The action plan at the limits: the stress workshop, in English where its texts are Dutch only. */
import { describe, expect, it } from 'vitest';
import { PLAN_DAY } from '../../tests/support/actionPlanWorkshop';
import { workshopDataSchema } from '../model/workshopData';
import { buildActionPlanDocument } from './actionPlan';
import { stressNames, stressWorkshop } from './actionPlanStress.fixture';

describe('texts in the language of the plan', () => {
  it('takes titles in English, or in Dutch where the English one was left empty', () => {
    const plan = buildActionPlanDocument(stressWorkshop(), { includeNotes: true, language: 'en', today: PLAN_DAY });
    expect(plan.themes[0]!.title).toBe('Added value');
    const own = plan.themes[3]!.elements.at(-1)!;
    expect(own.source).toBe('eigen');
    expect(own.ref.title).toBe('Eigen element zonder Engelse titel');
  });
});

describe('the stress workshop', () => {
  it('is a valid workshop that pushes the limits', () => {
    const data = stressWorkshop();
    expect(workshopDataSchema.safeParse(data).success).toBe(true);
    expect(data.workshop.title).toHaveLength(200);
    expect(data.assessments.some((assessment) => assessment.agreements.length === 2000)).toBe(true);
    expect(data.actions.filter((action) => action.title.length >= 499)).toHaveLength(3);
    for (const name of stressNames) {
      expect(data.participants.some((participant) => participant.name.normalize('NFC') === name)).toBe(true);
      expect(data.actions.some((action) => action.owner?.name.normalize('NFC') === name)).toBe(true);
    }
  });
});
