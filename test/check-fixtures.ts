// `npm run check:fixtures`: runs the CLI on every fixture page, as a user would, and scores
// the output with the same comparison as the fixture test; then on every saved and archived
// copy of test/fixtures/saved/ (Wayback, SingleFile, Save Page As, print view: the record with
// its capture) and on the 2015 and 2019 pages saved as windows-1252. Exit 1 on any failing check.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compareWithExpected } from './helpers/compare';
import { declare, encodeSingleByte } from './helpers/encode';
import { FIXTURE_DIR, loadFixtures } from './helpers/fixtures';
import { writeCopies } from './helpers/saved-copies';

interface Run {
  name: string;
  file: string;
  url?: string;
  expected: Record<string, unknown>;
}

const fixtures = loadFixtures();
const dir = mkdtempSync(join(tmpdir(), 'gr-check-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));

const runs: Run[] = [
  ...fixtures.map((fx) => ({ name: fx.name, file: `${FIXTURE_DIR}${fx.name}.html`, url: fx.expected.url, expected: fx.expected })),
  ...writeCopies(fixtures, dir),
  ...fixtures
    .filter((fx) => ['2015-syria-strategic-culture', '2019-mondialisation-fr'].includes(fx.name))
    .map((fx) => {
      const file = join(dir, `windows-1252--${fx.name}.html`);
      writeFileSync(file, encodeSingleByte(declare(fx.html, 'windows-1252'), 'windows-1252'));
      return { name: `windows-1252--${fx.name}`, file, url: fx.expected.url, expected: fx.expected };
    }),
];

let failed = 0;
for (const run of runs) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', run.file, ...(run.url ? ['--url', run.url] : [])], {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  let failures: string[];
  try {
    failures = compareWithExpected(run.expected, JSON.parse(r.stdout));
  } catch {
    failures = [`no JSON (exit ${r.status}): ${r.stderr.trim().split('\n').pop()}`];
  }
  if (r.stderr.trim()) failures.push(`stderr: ${r.stderr.trim()}`);
  if (failures.length) failed++;
  console.log(`${failures.length ? 'FAIL' : 'ok  '} ${run.name}`);
  for (const f of failures) console.log(`       ${f}`);
}
console.log(`fixtures: ${runs.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
