// `npm run dist` (after the build): the installers for this platform, or those its arguments ask for
// (`npm run dist -- --linux`), with the publisher's homepage and maintainer from releaseMetadata.ts.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { releaseMetadata } from './releaseMetadata';

const args = process.argv.slice(2);
const packageJson = JSON.parse(readFileSync('package.json', 'utf8')) as { homepage?: unknown; author?: unknown };
const result = releaseMetadata({ env: process.env, packageJson, args, platform: process.platform });
if (!result.ok) {
  console.error(`npm run dist: not building installers, ${result.problems.join('; ')}.`);
  console.error('Example: ACTIEPLAAT_HOMEPAGE=https://… ACTIEPLAAT_MAINTAINER="Name <address>" npm run dist');
  process.exit(1);
}
if (result.metadata) console.log(`Homepage ${result.metadata.homepage}, maintainer ${result.metadata.maintainer}.`);
else console.log('No homepage or maintainer given: this platform’s installers do not need them.');

const cli = createRequire(import.meta.url).resolve('electron-builder/cli.js');
const run = spawnSync(process.execPath, [cli, '--publish', 'never', ...result.overrides, ...args], { stdio: 'inherit' });
process.exit(run.status ?? 1);
