import type { TFunction } from 'i18next';
import type { FileIssue, ImportProblem } from '../../shared/file/readWorkshopFile';

export interface ImportMessage {
  /** What is wrong, in one or two sentences. */
  summary: string;
  /** For an invalid file: the first problems, each naming the record and the field. */
  details: string[];
}

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
      const details = problem.issues.map((issue) => describeIssue(issue, t));
      const more = problem.total - problem.issues.length;
      if (more > 0) details.push(t('importFile.refused.more', { count: more }));
      return { summary: t('importFile.problem.invalid'), details };
    }
  }
}

function only(summary: string): ImportMessage {
  return { summary, details: [] };
}

export function describeIssue(issue: FileIssue, t: TFunction): string {
  const { record } = issue;
  const recordName =
    'position' in record
      ? t(`importFile.record.${record.collection}`, { position: record.position })
      : t(`importFile.record.${record.collection}`);
  const field = issue.field === undefined ? undefined : fieldName(issue.field, t);
  const sentence =
    field === undefined && !issue.problem.startsWith('duplicate') && !issue.problem.startsWith('unknown')
      ? t('importFile.issue.record', { record: recordName })
      : t(`importFile.issue.${issueKeys[issue.problem]}`, { record: recordName, field: field ?? '', limit: issue.limit ?? '' });
  return sentence.charAt(0).toLocaleUpperCase() + sentence.slice(1);
}

function fieldName(field: string, t: TFunction): string {
  const key = `importFile>field>${field}`;
  // Field names with dots are catalog keys of their own, not paths into the catalog.
  const known = t(key, { keySeparator: '>', defaultValue: '' });
  return known || t('importFile.issue.unknownField', { name: field.slice(0, 60) });
}
