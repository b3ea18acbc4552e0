// Files that are not a saved page get one line on stderr and exit 1, never a stack trace or a
// half-made record; bytes a browser would replace are replaced, with a warning.
import { spawnSync } from 'node:child_process';
import { closeSync, ftruncateSync, mkdirSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/cli/dom';
import { MAX_BYTES, readSavedPage } from '../../src/cli/read-page';
import { extract } from '../../src/extract';
import { FIXTURE_DIR } from '../helpers/fixtures';

const run = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });

const dir = mkdtempSync(join(tmpdir(), 'gr-bad-'));
const file = (name: string, bytes: Uint8Array | string) => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};
const PAGE = `${FIXTURE_DIR}2024-crosspost-linked-source.html`;
const URL_OF_PAGE = 'https://www.globalresearch.ca/the-empty-antibiotic-pipeline-a-market-failure-hiding-in-plain-sight/5851234';

function sparse(name: string, size: number) {
  const path = join(dir, name);
  const fd = openSync(path, 'w');
  ftruncateSync(fd, size); // no bytes written
  closeSync(fd);
  return path;
}

const BAD: [string, () => [string, ...string[]], RegExp][] = [
  ['an empty file', () => [file('empty.html', '')], /empty\.html is empty$/],
  ['a file of white space', () => [file('blank.html', ' \n\t\n')], /blank\.html is empty$/],
  ['a PNG image', () => [file('photo.html', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))], /photo\.html is a PNG image, not an HTML page$/],
  ['a JPEG image', () => [file('photo.jpg', Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46]))], /photo\.jpg is a JPEG image, not an HTML page$/],
  ['a PDF document', () => [file('article.pdf', '%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\n')], /article\.pdf is a PDF document, not an HTML page$/],
  ['an unknown binary file', () => [file('data.bin', Uint8Array.from([0x3c, 0x70, 0x3e, 0x00, 0x01, 0x02, 0x9c, 0xff]))], /data\.bin is a binary file, not an HTML page$/],
  ['UTF-16 LE without a byte order mark', () => [file('le.html', Buffer.from('<!DOCTYPE html><html><body><p>Bonjour</p></body></html>', 'utf16le'))], /le\.html looks like UTF-16 text without a byte order mark: try --encoding utf-16le$/],
  ['UTF-16 BE without a byte order mark', () => [file('be.html', Buffer.from('<!DOCTYPE html><html><body><p>Bonjour</p></body></html>', 'utf16le').swap16())], /be\.html looks like UTF-16 text without a byte order mark: try --encoding utf-16be$/],
  ['a directory', () => [(mkdirSync(join(dir, 'saved'), { recursive: true }), join(dir, 'saved'))], /saved is a directory, not a saved page$/],
  ['a file over 50 MB', () => [sparse('huge.html', MAX_BYTES + 1)], /huge\.html is 50\.0 MB, over the 50\.0 MB limit for a saved page$/],
  ['a corrupt gzip file', () => [file('cut.html.gz', Uint8Array.from([0x1f, 0x8b, 0x08, 0x00, 0x01, 0x02, 0x03]))], /cut\.html\.gz is not a valid gzip file$/],
  ['a gzip file that decompresses past 50 MB', () => [file('bomb.html.gz', gzipSync(Buffer.alloc(MAX_BYTES + 1, 0x20)))], /bomb\.html\.gz decompresses to over 50\.0 MB/],
  ['a gzip-compressed image', () => [file('photo.png.gz', gzipSync(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))], /photo\.png\.gz \(decompressed\) is a PNG image/],
  ['a missing file', () => [join(dir, 'nowhere.html')], /cannot read .*nowhere\.html \(ENOENT\)$/],
  ['an unknown --encoding label', () => [PAGE, 'ebcdic-ish'], /^unknown encoding "ebcdic-ish"/],
];

describe('a file that is not a saved page is refused in one sentence', () => {
  it.each(BAD)('%s', (_, make, message) => {
    const [path, label] = make();
    const r = readSavedPage(path, label);
    expect(r).toEqual({ error: expect.stringMatching(message) });
    expect((r as { error: string }).error).not.toContain('\n');
  });
});

describe('npm run extract on each of them: the one line on stderr and exit 1, never a stack trace or a record', () => {
  it.each(BAD)('%s', (_, make, message) => {
    const [path, label] = make();
    const r = run(path, ...(label ? ['--encoding', label] : []));
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^extract: [^\n]+\n$/);
    expect(r.stderr.trimEnd().replace(/^extract: /, '')).toMatch(message);
  });
});

describe('npm run extract reads what a browser reads', () => {
  it('decompresses a gzip-compressed page (page.html.gz) and reads it', () => {
    const gz = readSavedPage(file('page.html.gz', gzipSync(readFileSync(PAGE))));
    const plain = readSavedPage(PAGE);
    if ('error' in gz || 'error' in plain) throw new Error('not read');
    expect(gz.gzip).toBe(true);
    expect(Buffer.from(gz.bytes).equals(Buffer.from(plain.bytes))).toBe(true);
    expect(extract(parseHtml(gz, URL_OF_PAGE), URL_OF_PAGE)).toEqual(extract(parseHtml(plain, URL_OF_PAGE), URL_OF_PAGE));
  });

  it('replaces bytes invalid in the declared encoding with U+FFFD and warns in one line', () => {
    const html = readFileSync(PAGE);
    const at = html.indexOf('Every few years') + 'Every few'.length;
    const broken = Buffer.concat([html.subarray(0, at), Buffer.from([0xff, 0xfe, 0x41]), html.subarray(at)]);
    const r = run(file('broken.html', broken), '--url', URL_OF_PAGE);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe(`extract: warning: ${join(dir, 'broken.html')}: bytes that are not valid UTF-8 (the first near byte ${at}) were replaced with U+FFFD, as browsers do\n`);
    expect(JSON.parse(r.stdout).content.text).toMatch(/^Every few\uFFFD\uFFFDA years a report/);
  });
});
