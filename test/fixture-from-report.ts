// `npm run fixture -- report.json [--name NAME] [--dir DIR] [--force]`: a problem report saved
// from the popup becomes a fixture draft, test/fixtures/<name>.html and <name>.expected.json,
// for a developer to review (see test/helpers/fixture-draft.ts). Exit 1 with one line on
// stderr for a file that cannot be read or is not a report, or a draft that would overwrite.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { checkReport, fixtureDraft } from './helpers/fixture-draft';
import { FIXTURE_DIR } from './helpers/fixtures';

const USAGE = 'usage: npm run fixture -- REPORT.json [--name NAME] [--dir DIR] [--force]';

function main(argv: string[]): number {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { name: { type: 'string' }, dir: { type: 'string', default: FIXTURE_DIR }, force: { type: 'boolean', default: false } },
    });
  } catch (err) {
    process.stderr.write(`fixture: ${(err as Error).message}\n${USAGE}\n`);
    return 1;
  }
  const file = args.positionals[0];
  if (!file) {
    process.stderr.write(`fixture: no report given\n${USAGE}\n`);
    return 1;
  }
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    process.stderr.write(`fixture: cannot read ${file}: ${code ?? 'not JSON'}\n`);
    return 1;
  }
  const report = checkReport(data);
  if (!report.ok) {
    process.stderr.write(`fixture: ${file}: ${report.error}\n`);
    return 1;
  }
  const draft = fixtureDraft(report.value);
  const name = args.values.name ?? draft.name;
  if (!/^[a-z0-9][a-z0-9-]{0,80}$/.test(name)) {
    process.stderr.write(`fixture: --name takes lower-case letters, digits and hyphens, not "${name}"\n`);
    return 1;
  }
  const dir = args.values.dir;
  const html = join(dir, `${name}.html`);
  const expected = join(dir, `${name}.expected.json`);
  if (!args.values.force && (existsSync(html) || existsSync(expected))) {
    process.stderr.write(`fixture: ${relative('.', html)} exists: choose another --name, or --force\n`);
    return 1;
  }
  mkdirSync(dir, { recursive: true });
  writeFileSync(html, draft.html);
  writeFileSync(expected, `${JSON.stringify(draft.expected, null, 2)}\n`);
  const r = report.value;
  process.stdout.write(
    [
      `Wrote ${relative('.', html)} and ${relative('.', expected)}`,
      `from a report made ${r.createdAt} by ${r.extension.name} ${r.extension.version} in ${r.browser}.`,
      'Review before committing:',
      ...draft.review.map((line) => `  - ${line}`),
      'Then: npx vitest run test/extract/fixtures.test.ts',
      '',
    ].join('\n'),
  );
  return 0;
}

process.exitCode = main(process.argv.slice(2));
