// `npm run security` (and a step of `npm test`, after the build): Electronegativity on the built desktop
// app in out/ (main, preload, and the renderer's index.html with its Content-Security-Policy), assuming the
// pinned Electron version. Prints one row per finding and fails on any HIGH finding and on any MEDIUM
// finding that security/electronegativity-allow.json does not list with a reason (scripts/electronegativity/gate.ts).
//
// The scanner runs through its programmatic entry (the package's `main`) with the options its CLI flags
// `-e <version> -o <report>` set, because the CLI with `-o` does not say which files it failed to parse —
// and a scan that silently skipped out/main proves nothing. Two network look-ups of the scanner are left
// out so that `npm test` stays offline and repeatable: its translations (replaced by the English texts it
// ships) and the AvailableSecurityFixes check (the Electron release list from GitHub; for a devDependency
// it only ever reports INFORMATIONAL, and keeping Electron current is the dependency review's job).
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire, Module } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import {
  inlineDisables,
  isSeverity,
  parseAllowList,
  reviewScan,
  summaryTable,
  type Finding,
  type ReviewedFinding,
  type ScanError,
} from './electronegativity/gate';

const scannedFolder = 'out';
const allowListFile = 'security/electronegativity-allow.json';
const reportFolder = join('test-results', 'security');
const reportFile = join(reportFolder, 'electronegativity.csv');
const sarifFile = join(reportFolder, 'electronegativity.sarif');

/** What the scan is for: the main process, the preload and the pages. The renderer's scripts run sandboxed without Node. */
const mustAnalyse = (file: string) => file.startsWith('out/main/') || file.startsWith('out/preload/') || file.endsWith('.html');

interface ScannerIssue {
  id: string;
  severity: { name: string };
  confidence: { name: string };
  file: string;
  location: { line: number; column: number };
  description: string;
  manualReview?: boolean;
}

type RunScanner = (
  options: {
    input: string;
    output: string;
    isSarif: boolean;
    customScan: string[];
    excludeFromScan: string[];
    isRelative: boolean;
    isVerbose: boolean;
    electronVersionOverride: string;
    parserPlugins: string[];
  },
  forCli: false,
) => Promise<{ globalChecks: number; atomicChecks: number; errors: ScanError[]; issues: ScannerIssue[] }>;

const require = createRequire(import.meta.url);
const electronVersion = (JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')) as { version: string }).version;
const scannerPackage = require.resolve('@doyensec/electronegativity/package.json');
const scannerVersion = (JSON.parse(readFileSync(scannerPackage, 'utf8')) as { version: string }).version;
const scannerRequire = createRequire(scannerPackage);

/** The scanner's own translation loader, minus its download: the English texts it ships, as the global `__` it expects. */
function useBundledTranslations(): void {
  const loaderPath = scannerRequire.resolve('./dist/locales/i18n.js');
  const i18n = scannerRequire('i18n') as { configure(options: object): void; setLocale(locale: string): void };
  const loader = new Module(loaderPath);
  loader.filename = loaderPath;
  loader.loaded = true;
  loader.exports = async () => {
    i18n.configure({
      locales: ['en-US'],
      defaultLocale: 'en-US',
      directory: dirname(loaderPath),
      updateFiles: false,
      objectNotation: true,
      retryInDefaultLocale: true,
      register: globalThis,
    });
    i18n.setLocale('en-US');
  };
  scannerRequire.cache[loaderPath] = loader;
}

function readScanned(folder: string): { path: string; text: string }[] {
  return (readdirSync(folder, { recursive: true, encoding: 'utf8' }) as string[])
    .map((name) => join(folder, name).split('\\').join('/'))
    .filter((path) => mustAnalyse(path) && /\.(c?js|mjs|html)$/.test(path))
    .map((path) => ({ path, text: readFileSync(path, 'utf8') }));
}

function csvCell(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function writeReport(findings: readonly ReviewedFinding[]): void {
  // Again: a Playwright run started meanwhile empties test-results/.
  mkdirSync(reportFolder, { recursive: true });
  const header = ['check', 'severity', 'confidence', 'file', 'line', 'column', 'verdict', 'reason', 'description'];
  const rows = findings.map((finding) =>
    [
      finding.check,
      finding.severity,
      finding.confidence,
      finding.file,
      finding.line,
      finding.column,
      finding.outcome,
      finding.reason ?? '',
      finding.description,
    ]
      .map(csvCell)
      .join(','),
  );
  writeFileSync(reportFile, [header.join(','), ...rows].join('\n') + '\n');
}

async function main(): Promise<boolean> {
  const scanned = readScanned(scannedFolder);
  if (!scanned.some((file) => file.path.startsWith('out/main/'))) {
    console.error(`Nothing to scan in ${scannedFolder}/main: run \`npm run build\` first.`);
    return false;
  }
  mkdirSync(reportFolder, { recursive: true });
  useBundledTranslations();
  const runScanner = scannerRequire('./dist/runner.js') as RunScanner;
  const input = resolve(scannedFolder);
  const result = await runScanner(
    {
      input,
      output: sarifFile,
      isSarif: true,
      customScan: [],
      excludeFromScan: ['availablesecurityfixesglobalcheck'],
      isRelative: true,
      isVerbose: true,
      electronVersionOverride: electronVersion,
      parserPlugins: [],
    },
    false,
  );

  const findings: Finding[] = result.issues.map((issue) => {
    const severity = issue.severity.name;
    if (!isSeverity(severity)) throw new Error(`Unknown severity ${severity} of ${issue.id}`);
    return {
      check: issue.id,
      severity,
      confidence: issue.confidence.name,
      file: issue.file === 'N/A' ? 'N/A' : `${scannedFolder}/${issue.file.split('\\').join('/')}`,
      line: issue.location.line,
      column: issue.location.column,
      description: issue.description,
      manualReview: Boolean(issue.manualReview),
    };
  });
  const errors = result.errors.map((error) => ({ ...error, file: relative(process.cwd(), error.file).split('\\').join('/') }));
  const allowList = parseAllowList(JSON.parse(readFileSync(allowListFile, 'utf8')));
  const verdict = reviewScan(findings, allowList.entries, errors, mustAnalyse);
  const disabled = inlineDisables(scanned);
  const problems = [
    ...allowList.problems,
    ...verdict.problems,
    ...disabled.map((where) => `${where}: an eng-disable comment hides findings from the reviewed allow-list; use ${allowListFile}.`),
  ];
  writeReport(verdict.findings);

  console.log(
    `Electronegativity ${scannerVersion} on ${scannedFolder}/ as Electron ${electronVersion}: ${result.atomicChecks} checks per file, ${result.globalChecks} app-wide.`,
  );
  if (verdict.findings.length > 0) for (const line of summaryTable(verdict.findings)) console.log(`  ${line}`);
  for (const finding of verdict.findings.filter((item) => item.outcome === 'allowed')) {
    console.log(`  allow-listed ${finding.check} (${finding.file}): ${finding.reason}`);
  }
  for (const error of verdict.notAnalysed) {
    console.log(`  not analysed: ${error.file} (${error.message}); renderer code, which runs sandboxed without Node.`);
  }
  for (const problem of problems) console.log(`  ✗ ${problem}`);
  const count = (severity: string) => verdict.findings.filter((finding) => finding.severity === severity).length;
  const allowed = verdict.findings.filter((finding) => finding.outcome === 'allowed').length;
  const passed = problems.length === 0;
  console.log(
    `Electronegativity: ${count('HIGH')} HIGH, ${count('MEDIUM')} MEDIUM (${allowed} allow-listed), ${count('LOW')} LOW, ` +
      `${count('INFORMATIONAL')} INFORMATIONAL: ${passed ? 'passed' : 'FAILED'}. Report: ${reportFile}`,
  );
  return passed;
}

main().then(
  (passed) => {
    process.exitCode = passed ? 0 : 1;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
