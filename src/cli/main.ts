// CLI: read a saved page, run the same extraction core as the extension, print the record.
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { extract } from '../extract';
import { citationLocale } from '../format/citation-locale';
import { DEFAULT_SETTINGS } from '../format/settings';
import { todayIso } from '../popup/format';
import { readCorrections, withCorrections } from './corrections';
import { sanitizeHtml } from '../extract/sanitize';
import { parseHtml } from './dom';
import { FORMAT_NAMES, OUTPUTS } from './outputs';
import { readSavedPage } from './read-page';

const USAGE = `usage: npm run --silent extract -- FILE.html [--url URL] [--encoding LABEL] [--format ${FORMAT_NAMES.join('|')}] [--no-copyright] [--accessed YYYY-MM-DD] [--citation-language en|fr|article] [--corrections FILE]`;

function main(argv: string[]): number {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        url: { type: 'string' },
        encoding: { type: 'string' },
        format: { type: 'string', default: 'json' },
        'no-copyright': { type: 'boolean', default: !DEFAULT_SETTINGS.includeCopyright },
        accessed: { type: 'string' },
        'citation-language': { type: 'string', default: 'en' },
        corrections: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (err) {
    process.stderr.write(`extract: ${(err as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (args.values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const file = args.positionals[0];
  if (!file) {
    process.stderr.write(`extract: no file given\n${USAGE}\n`);
    return 1;
  }
  const format = args.values.format;
  if (!FORMAT_NAMES.includes(format)) {
    process.stderr.write(`extract: unknown format "${format}" (${FORMAT_NAMES.join(', ')})\n`);
    return 1;
  }
  const accessed = args.values.accessed ?? todayIso();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(accessed)) {
    process.stderr.write(`extract: --accessed takes a date as YYYY-MM-DD, not "${accessed}"\n`);
    return 1;
  }
  const language = args.values['citation-language'];
  if (!['en', 'fr', 'article'].includes(language)) {
    process.stderr.write(`extract: --citation-language takes en, fr or article, not "${language}"\n`);
    return 1;
  }
  const corrections = args.values.corrections === undefined ? null : readCorrections(args.values.corrections);
  if (corrections && !corrections.ok) {
    process.stderr.write(`extract: ${corrections.error}\n`);
    return 1;
  }
  const saved = readSavedPage(file, args.values.encoding);
  if ('error' in saved) {
    process.stderr.write(`extract: ${saved.error}\n`);
    return 1;
  }
  for (const warning of saved.warnings) process.stderr.write(`extract: warning: ${file}: ${warning}\n`);
  const url = args.values.url ?? pathToFileURL(file).href;
  let doc: Document;
  try {
    doc = parseHtml(saved, url);
  } catch (err) {
    // jsdom's parser recurses: tens of thousands of nested elements exhaust the stack.
    process.stderr.write(`extract: cannot parse ${file}: ${(err as Error).message}\n`);
    return 1;
  }
  // The editor's corrections (title, authors, dates, original source) count for every output.
  const result = withCorrections(extract(doc, url), corrections && corrections.value);
  if (format !== 'json') {
    // Not an article: nothing to export. Said on stderr, exit 0 as in JSON mode (SPEC).
    if (result.kind !== 'article') {
      process.stderr.write(`extract: not an article (${result.reason}): ${result.url}\n`);
      return 0;
    }
    const window = doc.defaultView as (Window & typeof globalThis) | null;
    const locale = language === 'article' ? citationLocale('article', result.lang, null) : language === 'fr' ? 'fr-FR' : 'en-US';
    process.stdout.write(OUTPUTS[format](result, { includeCopyright: !args.values['no-copyright'], accessed, locale, window: window ?? undefined }));
    return 0;
  }
  // The record's article HTML, like every output of it, goes through DOMPurify (sanitize.ts).
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  if (result.kind === 'article' && view) result.content.html = sanitizeHtml(result.content.html, view).html;
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (err) {
  // Whatever went wrong, one line and exit 1, never a stack trace (the message names the cause).
  process.stderr.write(`extract: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
}
