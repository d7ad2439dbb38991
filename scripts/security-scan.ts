// `npm run security` (and a step of `npm test`, after the build): Electronegativity on the built desktop
// app in out/, all of it (main, preload, the renderer's pages with their Content-Security-Policy, and every
// renderer chunk), and on the libraries main loads from node_modules that electron-builder.yml packs with
// it (every script and page of those packages), assuming the pinned Electron version. Prints what it analysed and one row per finding,
// and fails when a shipped script or page went unanalysed, on any HIGH finding, and on any MEDIUM finding
// that security/electronegativity-allow.json does not list with a reason (scripts/electronegativity/).
//
// The scanner runs through its programmatic entry (the package's `main`) with the options its CLI flags
// `-e <version> -o <report>` set, because the CLI with `-o` does not say which files it failed to parse —
// and a scan that silently skipped a file proves nothing about it. Two network look-ups of the scanner are
// left out so that `npm test` stays offline and repeatable: its translations (replaced by the English texts
// it ships) and the AvailableSecurityFixes check (the Electron release list from GitHub; for a devDependency
// it only ever reports INFORMATIONAL, and keeping Electron current is the dependency review's job).
//
// It scans a copy of those scripts and pages in a temporary folder, byte for byte, because the scanner
// lists only names ending in .js, .jsx, .ts, .tsx, .html or .htm (the preload's index.cjs is copied as
// index.cjs.js) and passes over every path containing `node_modules` (the libraries are copied under
// libraries/; coverage.ts). Findings and errors name the shipped files, with their own line numbers.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire, Module } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import {
  checkScannedNames,
  coverage,
  coverageProblems,
  coverageTable,
  inventory,
  libraryInventory,
  packedLibraries,
  type CoverageRow,
  type ScanError,
  type ShippedCode,
} from './electronegativity/coverage';
import {
  inlineDisables,
  isSeverity,
  parseAllowList,
  reviewScan,
  summaryTable,
  type Finding,
  type ReviewedFinding,
} from './electronegativity/gate';

const scannedFolder = 'out';
const librariesFolder = 'node_modules';
const builderConfigFile = 'electron-builder.yml';
const allowListFile = 'security/electronegativity-allow.json';
const reportFolder = join('test-results', 'security');
const reportFile = join(reportFolder, 'electronegativity.csv');
const analysedFile = join(reportFolder, 'analysed.csv');
const sarifFile = join(reportFolder, 'electronegativity.sarif');

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

/**
 * The scanner walks the syntax tree with estraverse, which knows only the node types its tables list; the
 * Babel parser it falls back on for modern code emits three more for class features that Vite's output
 * keeps (a class static block, a private field and its name), and estraverse stops at the first with
 * "Unknown node type". estraverse-fb, the scanner's own extension of those tables (for JSX), is extended
 * the same way, with the child keys of Babel's nodes, so that the checks also see the code inside them.
 */
function teachTraverserClassFeatures(): void {
  const estraverse = createRequire(scannerRequire.resolve('estraverse-fb'))('estraverse') as {
    Syntax: Record<string, string>;
    VisitorKeys: Record<string, string[]>;
  };
  const babelClassFeatures: Record<string, string[]> = {
    StaticBlock: ['body'],
    ClassPrivateProperty: ['key', 'value'],
    PrivateName: ['id'],
  };
  for (const [type, keys] of Object.entries(babelClassFeatures)) {
    estraverse.Syntax[type] ??= type;
    estraverse.VisitorKeys[type] ??= keys;
  }
}

/** Records which files the scanner's parser returned a syntax tree for, relative to `folder`. */
function recordParsedFiles(folder: string): Set<string> {
  const parsed = new Set<string>();
  const { Parser } = scannerRequire('./dist/parser/parser.js') as {
    Parser: { prototype: { parse(filename: string, content: unknown): [unknown, unknown, ...unknown[]] } };
  };
  const parse = Parser.prototype.parse;
  Parser.prototype.parse = function (this: unknown, filename, content) {
    const result = parse.call(this, filename, content);
    if (result[1] !== null && result[1] !== undefined) parsed.add(relative(folder, filename).split('\\').join('/'));
    return result;
  };
  return parsed;
}

function listFiles(folder: string): string[] {
  return (readdirSync(folder, { recursive: true, encoding: 'utf8' }) as string[])
    .map((name) => join(folder, name).split('\\').join('/'))
    .filter((path) => statSync(path).isFile());
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

function writeAnalysed(rows: readonly CoverageRow[], assets: readonly string[], libraryOther: readonly string[]): void {
  mkdirSync(reportFolder, { recursive: true });
  const lines = [
    ...rows.map((row) => [row.path, row.group, row.analysed ? 'analysed' : 'NOT analysed', row.scannedAs, row.reason ?? '']),
    ...assets.map((path) => [path, 'not code', 'not scanned', '', '']),
    ...libraryOther.map((path) => [path, "main's libraries", 'not scanned', '', 'not run by main (no script or page)']),
  ].map((cells) => cells.map(csvCell).join(','));
  writeFileSync(analysedFile, ['file,group,status,scanned as,reason', ...lines].join('\n') + '\n');
}

/** What ships: out/, and main's libraries, the packages electron-builder.yml packs that are installed. */
interface Shipped {
  code: ShippedCode[];
  assets: string[];
  unknown: string[];
  libraryOther: string[];
  /** Packages electron-builder.yml packs that are not installed, so ship nothing. */
  absent: string[];
}

function shippedFiles(): Shipped {
  const out = inventory(scannedFolder, statSync(scannedFolder, { throwIfNoEntry: false })?.isDirectory() ? listFiles(scannedFolder) : []);
  const packed = packedLibraries(readFileSync(builderConfigFile, 'utf8'));
  const installed = packed.filter((name) => statSync(join(librariesFolder, name), { throwIfNoEntry: false })?.isDirectory());
  const libraries = libraryInventory(installed.flatMap((name) => listFiles(`${librariesFolder}/${name}`)));
  const code = [...out.code, ...libraries.code];
  checkScannedNames(code);
  return {
    code,
    assets: out.assets,
    unknown: [...out.unknown, ...libraries.unknown],
    libraryOther: libraries.other,
    absent: packed.filter((name) => !installed.includes(name)),
  };
}

async function main(): Promise<boolean> {
  const shipped = shippedFiles();
  if (!shipped.code.some((file) => file.group === 'main')) {
    console.error(`Nothing to scan in ${scannedFolder}/main: run \`npm run build\` first.`);
    return false;
  }
  const copies = mkdtempSync(join(tmpdir(), 'actieplaat-security-scan-'));
  try {
    for (const file of shipped.code) {
      mkdirSync(dirname(join(copies, file.scannedAs)), { recursive: true });
      copyFileSync(file.path, join(copies, file.scannedAs));
    }
    return await scan(shipped, copies);
  } finally {
    rmSync(copies, { recursive: true, force: true });
  }
}

async function scan(shipped: Shipped, copies: string): Promise<boolean> {
  mkdirSync(reportFolder, { recursive: true });
  useBundledTranslations();
  teachTraverserClassFeatures();
  const parsed = recordParsedFiles(copies);
  const runScanner = scannerRequire('./dist/runner.js') as RunScanner;
  const result = await runScanner(
    {
      input: copies,
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

  // The scanner names a file relative to the copies (issues) or in full (errors); the report names the shipped file.
  const original = new Map(shipped.code.map((file) => [file.scannedAs, file.path]));
  const strays: string[] = [];
  const inOut = (scannedAs: string) => {
    const path = original.get(scannedAs);
    if (path === undefined) strays.push(scannedAs);
    return path ?? scannedAs;
  };
  const findings: Finding[] = result.issues.map((issue) => {
    const severity = issue.severity.name;
    if (!isSeverity(severity)) throw new Error(`Unknown severity ${severity} of ${issue.id}`);
    return {
      check: issue.id,
      severity,
      confidence: issue.confidence.name,
      file: issue.file === 'N/A' ? 'N/A' : inOut(issue.file.split('\\').join('/')),
      line: issue.location.line,
      column: issue.location.column,
      description: issue.description,
      manualReview: Boolean(issue.manualReview),
    };
  });
  const errors: ScanError[] = result.errors.map((error) => ({ ...error, file: relative(copies, error.file).split('\\').join('/') }));
  const rows = coverage(shipped.code, parsed, errors);
  for (const error of errors) inOut(error.file);

  const allowList = parseAllowList(JSON.parse(readFileSync(allowListFile, 'utf8')));
  const verdict = reviewScan(findings, allowList.entries);
  const disabled = inlineDisables(shipped.code.map((file) => ({ path: file.path, text: readFileSync(file.path, 'utf8') })));
  const problems = [
    ...coverageProblems(rows, shipped.unknown),
    ...strays.map((file) => `The scanner reported on ${file}, which is no copy of a shipped file.`),
    ...allowList.problems,
    ...verdict.problems,
    ...disabled.map((where) => `${where}: an eng-disable comment hides findings from the reviewed allow-list; use ${allowListFile}.`),
  ];
  writeReport(verdict.findings);
  writeAnalysed(rows, shipped.assets, shipped.libraryOther);

  const analysed = rows.filter((row) => row.analysed).length;
  console.log(
    `Electronegativity ${scannerVersion} on ${scannedFolder}/ and main's libraries in ${librariesFolder}/ as Electron ${electronVersion}: ${result.atomicChecks} checks per file, ${result.globalChecks} app-wide; ` +
      `${analysed} of ${rows.length} shipped scripts and pages analysed (list: ${analysedFile}).`,
  );
  for (const line of coverageTable(rows, shipped.assets, shipped.libraryOther)) console.log(`  ${line}`);
  if (shipped.absent.length > 0) {
    console.log(`  packed by ${builderConfigFile} but not installed, so not shipped: ${shipped.absent.join(', ')}`);
  }
  for (const error of errors.filter((item) => item.tolerable)) {
    console.log(`  read despite a warning: ${original.get(error.file) ?? error.file} (${error.message})`);
  }
  if (verdict.findings.length > 0) for (const line of summaryTable(verdict.findings)) console.log(`  ${line}`);
  for (const finding of verdict.findings.filter((item) => item.outcome === 'allowed')) {
    console.log(`  allow-listed ${finding.check} (${finding.file}): ${finding.reason}`);
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
