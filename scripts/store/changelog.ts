// CHANGELOG.md and the version: `npm version` runs this (package.json's "version" script)
// after it has bumped package.json, so the Unreleased section becomes the new version's and a
// fresh, empty Unreleased section opens above it. WXT writes package.json's version into both
// manifests, so one command versions the stores' packages and the changelog together.
//   node --import tsx scripts/store/changelog.ts release
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const UNRELEASED = '## [Unreleased]';

/** The changelog with its Unreleased section released as `version` on `date`; throws when there is nothing to release. */
export function release(changelog: string, version: string, date: string): string {
  const start = changelog.indexOf(`${UNRELEASED}\n`);
  if (start < 0) throw new Error(`CHANGELOG.md has no "${UNRELEASED}" section`);
  if (changelog.includes(`## [${version}]`)) throw new Error(`CHANGELOG.md already has a ${version} section`);
  const next = changelog.indexOf('\n## [', start + UNRELEASED.length);
  const body = changelog.slice(start + UNRELEASED.length, next < 0 ? undefined : next);
  if (!/^[-*] /m.test(body)) throw new Error(`the Unreleased section of CHANGELOG.md lists no change to release as ${version}`);
  return `${changelog.slice(0, start)}${UNRELEASED}\n\n## [${version}] — ${date}\n${changelog.slice(start + UNRELEASED.length + 1)}`;
}

/** The versions the changelog has a section for, newest first. */
export function changelogVersions(changelog: string): string[] {
  return [...changelog.matchAll(/^## \[(\d[^\]]*)\]/gm)].map((m) => m[1]!);
}

if (process.argv[2] === 'release') {
  const { version } = JSON.parse(readFileSync(resolve('package.json'), 'utf8')) as { version: string };
  const path = resolve('CHANGELOG.md');
  try {
    writeFileSync(path, release(readFileSync(path, 'utf8'), version, new Date().toISOString().slice(0, 10)));
    console.log(`CHANGELOG.md: Unreleased is now ${version}`);
  } catch (err) {
    console.error(`changelog: ${(err as Error).message}`);
    process.exit(1);
  }
}
