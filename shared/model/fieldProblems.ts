import type { z } from 'zod';

/** What is wrong with one field of a record, in the terms a person is told (the file's import, a refused write). */
export type FieldProblem =
  'missing' | 'empty' | 'too-long' | 'too-short' | 'too-many' | 'too-few' | 'wrong-type' | 'invalid-date' | 'invalid';

export interface FieldFinding {
  problem: FieldProblem;
  /** The limit that was crossed, for too-long, too-short, too-many and too-few. */
  limit?: number;
}

/**
 * A validator's finding as a field's problem. `value` is what the record holds at the issue's path:
 * `undefined` tells a missing field from one of the wrong type.
 */
export function fieldFinding(issue: z.core.$ZodIssue, value: unknown): FieldFinding {
  switch (issue.code) {
    case 'invalid_type':
      return { problem: value === undefined ? 'missing' : 'wrong-type' };
    case 'too_big':
      return { problem: issue.origin === 'array' ? 'too-many' : 'too-long', limit: Number(issue.maximum) };
    case 'too_small':
      if (issue.origin === 'array') return { problem: 'too-few', limit: Number(issue.minimum) };
      return Number(issue.minimum) <= 1 && issue.origin === 'string'
        ? { problem: 'empty' }
        : { problem: 'too-short', limit: Number(issue.minimum) };
    case 'invalid_value':
      // A closed vocabulary (`status`, `language`) reports an absent field as a wrong value.
      return { problem: value === undefined ? 'missing' : 'invalid' };
    case 'invalid_format':
      return { problem: issue.format === 'date' || issue.format === 'datetime' ? 'invalid-date' : 'invalid' };
    default:
      return { problem: 'invalid' };
  }
}

/** The value at a path of a record or file, `undefined` where the path leads nowhere. */
export function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}
