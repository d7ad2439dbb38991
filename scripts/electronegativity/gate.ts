/**
 * The verdict on an Electronegativity scan: any HIGH finding fails, a MEDIUM finding fails unless the
 * reviewed allow-list names its check and file with a reason, LOW and INFORMATIONAL are reported only.
 * Pure, so that the rules are unit-tested without running the scanner.
 */

export type Severity = 'HIGH' | 'MEDIUM' | 'LOW' | 'INFORMATIONAL';

export interface Finding {
  /** Electronegativity's check id, e.g. `SANDBOX_JS_CHECK`. */
  check: string;
  severity: Severity;
  /** `CERTAIN`, `FIRM` or `TENTATIVE`: how sure the scanner is. */
  confidence: string;
  /** Relative to the project, e.g. `out/main/index.js`; `N/A` for app-wide checks. */
  file: string;
  line: number;
  column: number;
  description: string;
  /** The scanner asks a person to look, rather than asserting a problem. */
  manualReview: boolean;
}

export interface AllowListEntry {
  check: string;
  file: string;
  /** One line a security reviewer would accept. */
  reason: string;
}

export type Outcome = 'fails' | 'allowed' | 'reported';

export interface ReviewedFinding extends Finding {
  outcome: Outcome;
  /** The allow-list's reason, for an allowed finding. */
  reason?: string;
}

export interface GateResult {
  findings: ReviewedFinding[];
  /** Allow-list entries no finding matches any more: the list must be brought up to date. */
  stale: AllowListEntry[];
  /** Everything else that fails the gate, in words. */
  problems: string[];
  passed: boolean;
}

const severities: readonly Severity[] = ['HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL'];

export function isSeverity(value: string): value is Severity {
  return (severities as readonly string[]).includes(value);
}

/** Reads the allow-list file's JSON; anything malformed is a problem, never silently ignored. */
export function parseAllowList(json: unknown): { entries: AllowListEntry[]; problems: string[] } {
  const list = typeof json === 'object' && json !== null && 'allow' in json ? (json as { allow: unknown }).allow : undefined;
  if (!Array.isArray(list)) return { entries: [], problems: ['The allow-list needs an "allow" array.'] };
  const entries: AllowListEntry[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  list.forEach((item: unknown, index) => {
    const entry = item as Partial<Record<keyof AllowListEntry, unknown>> | null;
    const check = typeof entry?.check === 'string' ? entry.check.trim() : '';
    const file = typeof entry?.file === 'string' ? entry.file.trim() : '';
    const reason = typeof entry?.reason === 'string' ? entry.reason.trim() : '';
    const label = `Allow-list entry ${index + 1}`;
    if (!/^[A-Z0-9_]+_CHECK$/.test(check))
      problems.push(`${label}: "check" must be an Electronegativity check id such as SANDBOX_JS_CHECK.`);
    else if (!file) problems.push(`${label} (${check}): "file" is missing.`);
    else if (!reason || /[\r\n]/.test(reason))
      problems.push(`${label} (${check}): "reason" must be one line that says why the finding is acceptable.`);
    else if (seen.has(`${check} ${file}`)) problems.push(`${label}: ${check} in ${file} is listed twice.`);
    else {
      seen.add(`${check} ${file}`);
      entries.push({ check, file, reason });
    }
  });
  return { entries, problems };
}

/** Applies the rules to a scan's findings; which files the scan analysed is coverage.ts's part. */
export function reviewScan(findings: readonly Finding[], allowList: readonly AllowListEntry[]): GateResult {
  const problems: string[] = [];
  const used = new Set<AllowListEntry>();
  const entryFor = (finding: Finding) => allowList.find((entry) => entry.check === finding.check && sameFile(entry.file, finding.file));

  const reviewed = findings.map((finding): ReviewedFinding => {
    const entry = entryFor(finding);
    if (entry) used.add(entry);
    if (finding.severity === 'HIGH') {
      if (entry) problems.push(`${finding.check} in ${finding.file} is HIGH: a HIGH finding is fixed, never allow-listed.`);
      return { ...finding, outcome: 'fails' };
    }
    if (finding.severity === 'MEDIUM')
      return entry ? { ...finding, outcome: 'allowed', reason: entry.reason } : { ...finding, outcome: 'fails' };
    return { ...finding, outcome: 'reported' };
  });

  const stale = allowList.filter((entry) => !used.has(entry));
  for (const entry of stale) {
    problems.push(`Allow-list entry ${entry.check} in ${entry.file} matches no finding any more: remove it (or correct its file).`);
  }
  for (const finding of reviewed.filter((item) => item.outcome === 'fails')) {
    const where = finding.file === 'N/A' ? 'the app as a whole' : `${finding.file}:${finding.line}`;
    const hint = finding.severity === 'MEDIUM' ? ' (fix it, or add it to the allow-list with a reason)' : '';
    problems.push(`${finding.severity} ${finding.check} in ${where}: ${finding.description}${hint}`);
  }

  return { findings: reviewed, stale, problems, passed: problems.length === 0 };
}

/** Comments such as `// eng-disable SANDBOX_JS_CHECK` hide findings from the scanner and so from the reviewed allow-list. */
export function inlineDisables(files: readonly { path: string; text: string }[]): string[] {
  return files.flatMap(({ path, text }) =>
    text.split('\n').flatMap((line, index) => (/(\/\*|\/\/|<!--)[ \t]*eng-disable\b/.test(line) ? [`${path}:${index + 1}`] : [])),
  );
}

const outcomeLabel: Record<Outcome, string> = { fails: 'FAILS', allowed: 'allow-listed', reported: 'reported' };

/** The summary `npm test` prints: one row per finding, most severe first. */
export function summaryTable(findings: readonly ReviewedFinding[]): string[] {
  const rows = [...findings]
    .sort((a, b) => severities.indexOf(a.severity) - severities.indexOf(b.severity) || a.check.localeCompare(b.check))
    .map((finding) => [
      finding.check,
      finding.severity,
      finding.confidence,
      finding.file === 'N/A' ? 'app-wide' : `${finding.file}:${finding.line}`,
      outcomeLabel[finding.outcome],
    ]);
  const header = ['check', 'severity', 'confidence', 'where', 'verdict'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => cell.padEnd(widths[column]!))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((width) => '─'.repeat(width))), ...rows.map(line)];
}

/**
 * An entry's file is a shipped file's path (in out/, or node_modules/ for main's libraries), where `[hash]` stands for the content hash Vite puts in a chunk's
 * name (`out/renderer/assets/actionsWorkbook-[hash].js`), so that an entry survives a rebuild.
 */
export function sameFile(pattern: string, file: string): boolean {
  if (!pattern.includes('[hash]')) return pattern === file;
  const [before, after] = pattern.split('[hash]', 2) as [string, string];
  return file.startsWith(before) && file.endsWith(after) && /^[\w-]{6,12}$/.test(file.slice(before.length, file.length - after.length));
}
