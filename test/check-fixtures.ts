// `npm run check:fixtures`: runs the CLI on every fixture page, as a user would, and scores
// the output with the same comparison as the fixture test. Exit 1 on any failing check.
import { spawnSync } from 'node:child_process';
import { compareWithExpected } from './helpers/compare';
import { FIXTURE_DIR, loadFixtures } from './helpers/fixtures';

let failedPages = 0;
const fixtures = loadFixtures();
for (const fx of fixtures) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', `${FIXTURE_DIR}${fx.name}.html`, '--url', fx.expected.url], {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  let failures: string[];
  try {
    failures = compareWithExpected(fx.expected, JSON.parse(r.stdout));
  } catch {
    failures = [`no JSON (exit ${r.status}): ${r.stderr.trim().split('\n').pop()}`];
  }
  if (failures.length) failedPages++;
  console.log(`${failures.length ? 'FAIL' : 'ok  '} ${fx.name}`);
  for (const f of failures) console.log(`       ${f}`);
}
console.log(`fixtures: ${fixtures.length - failedPages} passed, ${failedPages} failed`);
process.exit(failedPages ? 1 : 0);
