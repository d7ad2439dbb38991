import type { TFunction } from 'i18next';
import type { ImportProblem } from '../../shared/file/readWorkshopFile';
import type { FileIssue } from '../../shared/file/validateWorkshopFile';

export interface ImportMessage {
  /** What is wrong, in one or two sentences. */
  summary: string;
  /** For an invalid file: its problems in file order, each naming the record and the field, then how many more there are. */
  details: string[];
}

/** A refusal lists this many problems at most; the rest are counted. */
export const MAX_LISTED_ISSUES = 20;

const issueKeys = {
  missing: 'missing',
  empty: 'empty',
  'too-long': 'tooLong',
  'too-short': 'tooShort',
  'too-many': 'tooMany',
  'too-few': 'tooFew',
  'wrong-type': 'wrongType',
  'invalid-date': 'invalidDate',
  invalid: 'invalid',
  'duplicate-id': 'duplicateId',
  'duplicate-element': 'duplicateElement',
  'duplicate-assessment': 'duplicateAssessment',
  'unknown-team': 'unknownTeam',
  'unknown-element': 'unknownElement',
  'unknown-participant': 'unknownParticipant',
} as const;

/** Why a file was refused, in words a facilitator understands, in the app's language. */
export function describeImportProblem(problem: ImportProblem, t: TFunction, formatBytes: (bytes: number) => string): ImportMessage {
  switch (problem.code) {
    case 'empty':
      return only(t('importFile.problem.empty'));
    case 'too-large':
      return only(t('importFile.problem.tooLarge', { size: formatBytes(problem.bytes), limit: formatBytes(problem.limit) }));
    case 'not-text':
      return only(t('importFile.problem.notText'));
    case 'truncated':
      return only(t('importFile.problem.truncated'));
    case 'not-json':
      return only(t('importFile.problem.notJson'));
    case 'not-workshop-file':
      return only(t('importFile.problem.notWorkshopFile'));
    case 'too-deep':
      return only(t('importFile.problem.tooDeep', { limit: problem.limit }));
    case 'too-many-values':
      return only(t('importFile.problem.tooManyValues', { limit: problem.limit }));
    case 'newer-version':
      return only(t('importFile.problem.newerVersion', { fileVersion: problem.fileVersion, appVersion: problem.appVersion }));
    case 'unknown-version':
      return only(t('importFile.problem.unknownVersion', { fileVersion: problem.fileVersion }));
    case 'too-many':
      return only(
        t('importFile.problem.tooMany', {
          count: problem.count,
          limit: problem.limit,
          collection: t(`importFile.collection.${problem.collection}`),
        }),
      );
    case 'invalid': {
      const listed = takingTurns(problem.issues, MAX_LISTED_ISSUES);
      const details = listed.map((issue) => describeIssue(issue, t));
      const more = problem.total - listed.length;
      if (more > 0) details.push(t('importFile.refused.more', { count: more }));
      return { summary: t('importFile.problem.invalid'), details };
    }
  }
}

function only(summary: string): ImportMessage {
  return { summary, details: [] };
}

/**
 * Up to `max` issues, grouped by part of the file (the envelope, the workshop, the template, each
 * collection) in file order; the parts take turns, so that 500 broken notes do not hide the one broken action.
 */
function takingTurns(issues: readonly FileIssue[], max: number): FileIssue[] {
  const parts = new Map<string, FileIssue[]>();
  for (const issue of issues) {
    const part = parts.get(issue.record.collection);
    if (part) part.push(issue);
    else parts.set(issue.record.collection, [issue]);
  }
  const groups = [...parts.values()];
  const taken = groups.map(() => 0);
  for (let left = Math.min(max, issues.length); left > 0;) {
    groups.forEach((group, g) => {
      if (left > 0 && taken[g]! < group.length) {
        taken[g]! += 1;
        left -= 1;
      }
    });
  }
  return groups.flatMap((group, g) => group.slice(0, taken[g]));
}

export function describeIssue(issue: FileIssue, t: TFunction): string {
  const { record } = issue;
  const recordName =
    'position' in record
      ? t(`importFile.record.${record.collection}`, { position: record.position })
      : t(`importFile.record.${record.collection}`);
  const field = issue.field === undefined ? undefined : fieldName(issue.field, t);
  // A limit that is not known is not said: the field is then just invalid.
  const problem = issue.problem.startsWith('too-') && issue.limit === undefined ? 'invalid' : issue.problem;
  const sentence =
    field === undefined && !problem.startsWith('duplicate') && !problem.startsWith('unknown')
      ? t('importFile.issue.record', { record: recordName })
      : t(`importFile.issue.${issueKeys[problem]}`, { record: recordName, field: field ?? '', limit: issue.limit });
  return sentence.charAt(0).toLocaleUpperCase() + sentence.slice(1);
}

function fieldName(field: string, t: TFunction): string {
  const key = `importFile>field>${field}`;
  // Field names with dots are catalog keys of their own, not paths into the catalog.
  const known = t(key, { keySeparator: '>', defaultValue: '' });
  return known || t('importFile.issue.unknownField', { name: field.slice(0, 60) });
}
