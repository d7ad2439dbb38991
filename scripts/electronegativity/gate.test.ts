import { describe, expect, it } from 'vitest';
import { inlineDisables, parseAllowList, reviewScan, sameFile, summaryTable, type AllowListEntry, type Finding } from './gate';

function finding(check: string, severity: Finding['severity'], file = 'out/main/index.js'): Finding {
  return { check, severity, confidence: 'FIRM', file, line: 12, column: 2, description: `${check} description`, manualReview: false };
}

const preloadReason: AllowListEntry = {
  check: 'PRELOAD_JS_CHECK',
  file: 'out/main/index.js',
  reason: 'The preload is the reviewed bridge.',
};

describe('the Electronegativity gate', () => {
  it('fails on a HIGH finding, and an allow-list entry cannot excuse it', () => {
    const high = finding('CONTEXT_ISOLATION_JS_CHECK', 'HIGH');
    const plain = reviewScan([high], []);
    expect(plain.passed).toBe(false);
    expect(plain.findings[0]?.outcome).toBe('fails');
    expect(plain.problems[0]).toContain('HIGH CONTEXT_ISOLATION_JS_CHECK in out/main/index.js:12');

    const listed = reviewScan([high], [{ check: high.check, file: high.file, reason: 'We like it.' }]);
    expect(listed.passed).toBe(false);
    expect(listed.findings[0]?.outcome).toBe('fails');
    expect(listed.problems).toContain(
      'CONTEXT_ISOLATION_JS_CHECK in out/main/index.js is HIGH: a HIGH finding is fixed, never allow-listed.',
    );
  });

  it('passes a MEDIUM finding the allow-list names with its reason', () => {
    const result = reviewScan([finding('PRELOAD_JS_CHECK', 'MEDIUM')], [preloadReason]);
    expect(result.passed).toBe(true);
    expect(result.findings[0]).toMatchObject({ outcome: 'allowed', reason: 'The preload is the reviewed bridge.' });
    expect(result.stale).toEqual([]);
  });

  it('takes [hash] in an entry’s file for the content hash of a chunk’s name, and nothing else', () => {
    expect(sameFile('out/renderer/assets/actionsWorkbook-[hash].js', 'out/renderer/assets/actionsWorkbook-DDy-oKDn.js')).toBe(true);
    expect(sameFile('out/renderer/assets/actionsWorkbook-[hash].js', 'out/renderer/assets/actionsWorkbook-x/../../main.js')).toBe(false);
    expect(sameFile('out/renderer/assets/actionsWorkbook-[hash].js', 'out/renderer/assets/other-DDy-oKDn.js')).toBe(false);
    expect(sameFile('out/main/index.js', 'out/main/index.js')).toBe(true);
  });

  it('fails a MEDIUM finding the allow-list does not name, also when only its file differs', () => {
    const unlisted = reviewScan([finding('SANDBOX_JS_CHECK', 'MEDIUM')], [preloadReason]);
    expect(unlisted.passed).toBe(false);
    expect(unlisted.problems.some((problem) => problem.startsWith('MEDIUM SANDBOX_JS_CHECK in out/main/index.js:12'))).toBe(true);

    const otherFile = reviewScan([finding('PRELOAD_JS_CHECK', 'MEDIUM', 'out/preload/index.cjs')], [preloadReason]);
    expect(otherFile.passed).toBe(false);
    expect(otherFile.findings[0]?.outcome).toBe('fails');
  });

  it('reports an allow-list entry that matches no finding any more, and fails until it is removed', () => {
    const result = reviewScan([], [preloadReason]);
    expect(result.stale).toEqual([preloadReason]);
    expect(result.passed).toBe(false);
    expect(result.problems).toEqual([
      'Allow-list entry PRELOAD_JS_CHECK in out/main/index.js matches no finding any more: remove it (or correct its file).',
    ]);
  });

  it('reports LOW and INFORMATIONAL findings without failing', () => {
    const result = reviewScan([finding('CSP_GLOBAL_CHECK', 'LOW', 'out/renderer/index.html'), finding('X_CHECK', 'INFORMATIONAL')], []);
    expect(result.passed).toBe(true);
    expect(result.findings.map((item) => item.outcome)).toEqual(['reported', 'reported']);
  });
});

describe('the allow-list file', () => {
  it('reads well-formed entries', () => {
    expect(parseAllowList({ allow: [preloadReason] })).toEqual({ entries: [preloadReason], problems: [] });
  });

  it('refuses entries without a check id, a file or a one-line reason, and duplicates', () => {
    const { entries, problems } = parseAllowList({
      allow: [
        { check: 'sandbox', file: 'out/main/index.js', reason: 'x' },
        { check: 'SANDBOX_JS_CHECK', reason: 'x' },
        { check: 'SANDBOX_JS_CHECK', file: 'out/main/index.js', reason: '' },
        { check: 'SANDBOX_JS_CHECK', file: 'out/main/index.js', reason: 'first line\nsecond line' },
        preloadReason,
        preloadReason,
      ],
    });
    expect(entries).toEqual([preloadReason]);
    expect(problems).toHaveLength(5);
    expect(problems[4]).toBe('Allow-list entry 6: PRELOAD_JS_CHECK in out/main/index.js is listed twice.');
  });

  it('refuses a file without an allow array', () => {
    expect(parseAllowList([]).problems).toEqual(['The allow-list needs an "allow" array.']);
  });
});

describe('inline eng-disable comments', () => {
  it('are found in scripts and pages, since they would bypass the reviewed allow-list', () => {
    const files = [
      { path: 'out/main/index.js', text: 'const a = 1;\nnew BrowserWindow({}); // eng-disable SANDBOX_JS_CHECK\n' },
      { path: 'out/renderer/index.html', text: '<!-- eng-disable CSP_GLOBAL_CHECK -->' },
      { path: 'out/preload/index.cjs', text: 'const engine = "eng-disable is mentioned but not a comment";' },
    ];
    expect(inlineDisables(files)).toEqual(['out/main/index.js:2', 'out/renderer/index.html:1']);
  });
});

describe('the summary table', () => {
  it('lists the most severe findings first, with where and the verdict', () => {
    const { findings } = reviewScan([finding('CSP_GLOBAL_CHECK', 'LOW', 'N/A'), finding('PRELOAD_JS_CHECK', 'MEDIUM')], [preloadReason]);
    const [header, , first, second] = summaryTable(findings);
    expect(header).toMatch(/^check\s+severity\s+confidence\s+where\s+verdict$/);
    expect(first).toMatch(/^PRELOAD_JS_CHECK\s+MEDIUM\s+FIRM\s+out\/main\/index\.js:12\s+allow-listed$/);
    expect(second).toMatch(/^CSP_GLOBAL_CHECK\s+LOW\s+FIRM\s+app-wide\s+reported$/);
  });
});
