// Saved pages in the encodings old pages were saved in read as browsers read them: the same
// record as the UTF-8 page, and a mislabelled page garbled exactly as a browser garbles it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/cli/dom';
import { chooseEncoding, firstInvalidByte, type ChosenEncoding } from '../../src/cli/encoding';
import { extract, type ArticleRecord } from '../../src/extract';
import { declare, encodeSingleByte, misread, withBom } from '../helpers/encode';
import { extractFixture, loadFixtures } from '../helpers/fixtures';

const articles = loadFixtures().filter((f) => f.expected.kind === 'article');
const fixture = (prefix: string) => articles.find((f) => f.name.startsWith(prefix))!;

function read(bytes: Uint8Array, url: string, label?: string) {
  const chosen = chooseEncoding(bytes, label) as ChosenEncoding;
  const doc = parseHtml({ bytes, encoding: chosen.encoding }, url);
  return { chosen, doc, record: extract(doc, url) };
}

const SAVED_AS: [string, (html: string) => Uint8Array, string, string][] = [
  ['windows-1252', (h) => encodeSingleByte(declare(h, 'windows-1252'), 'windows-1252'), 'windows-1252', '<meta> tag'],
  ['ISO-8859-1 (read as windows-1252)', (h) => encodeSingleByte(declare(h, 'ISO-8859-1'), 'iso-8859-1'), 'windows-1252', '<meta> tag'],
  ['UTF-16 LE with a BOM', withBom.utf16le, 'UTF-16LE', 'byte-order mark'],
  ['UTF-8 with a BOM', withBom.utf8, 'UTF-8', 'byte-order mark'],
  ['UTF-8 without any declaration', (h) => new TextEncoder().encode(h.replace(/<meta\s+charset=["']?utf-8["']?\s*\/?>/i, '')), 'UTF-8', 'UTF-8 detected'],
];

describe.each(SAVED_AS)('a page saved as %s', (_, save, encoding, source) => {
  it.each(articles.map((f) => [f.name, f] as const))('%s gives the record of its UTF-8 twin', (_, fx) => {
    const { chosen, record } = read(save(fx.html), fx.expected.url);
    expect(chosen).toEqual({ encoding, source, warnings: [] });
    expect(record).toEqual(extractFixture(fx));
  });
});

describe('UTF-8 mislabelled as windows-1252', () => {
  // Browsers follow the label: "é" shows as "Ã©", "’" as "â€™". The CLI does the same.
  const fx = fixture('2019-');
  const bytes = new TextEncoder().encode(declare(fx.html, 'windows-1252'));

  it('is read in the declared encoding, garbled as a browser garbles it', () => {
    const { chosen, doc, record } = read(bytes, fx.expected.url);
    expect(chosen.encoding).toBe('windows-1252');
    expect(doc.characterSet).toBe('windows-1252');
    const r = record as ArticleRecord;
    expect(r.title).toBe('DÃ©serts mÃ©dicaux : quand la rentabilitÃ© redessine la carte des soins');
    expect(r.copyright?.text).toBe('Copyright Â© Claire Vautrin-Morel, Mondialisation.ca, 2019');
    expect(r.content.text).toContain('mÃ©decin');
    expect(r.content.text).not.toContain('é');
    // The same record as the page's text decoded that way by hand and read as a string.
    expect(record).toEqual(extract(parseHtml(misread(declare(fx.html, 'windows-1252')), fx.expected.url), fx.expected.url));
    // What the page holds in ASCII is untouched.
    const utf8 = extractFixture(fx) as ArticleRecord;
    expect([r.canonicalUrl, r.postId, r.authors, r.publishedAt, r.originalSource]).toEqual([utf8.canonicalUrl, utf8.postId, utf8.authors, utf8.publishedAt, utf8.originalSource]);
  });

  it('reads as UTF-8 with --encoding utf-8, which overrides the <meta> tag', () => {
    const { chosen, record } = read(bytes, fx.expected.url, 'utf-8');
    expect(chosen).toEqual({ encoding: 'UTF-8', source: '--encoding', warnings: [] });
    expect(record).toEqual(extractFixture(fx));
  });
});

describe('chooseEncoding', () => {
  const bytes = (s: string) => new TextEncoder().encode(s);

  it('falls back on windows-1252 for undeclared bytes that are not UTF-8, as browsers do', () => {
    const chosen = chooseEncoding(Uint8Array.from([...bytes('<p>'), 0x93, 0x41, 0x94, ...bytes('</p>')])) as ChosenEncoding;
    expect(chosen).toEqual({ encoding: 'windows-1252', source: 'HTML fallback', warnings: [] });
    // 0x93 is “ in windows-1252 (Node's own TextDecoder would give U+0093).
    const doc = parseHtml({ bytes: Uint8Array.from([...bytes('<p>'), 0x93, 0x41, 0x94]), encoding: chosen.encoding }, 'https://www.globalresearch.ca/');
    expect(doc.body.textContent).toBe('“A”');
  });

  it('keeps UTF-8 for an undeclared UTF-8 page with a stray byte (as Chromium does), with a warning', () => {
    const page = bytes('<p>Déserts médicaux, rentabilité ');
    const chosen = chooseEncoding(Uint8Array.from([...page, 0x93])) as ChosenEncoding;
    expect(chosen.encoding).toBe('UTF-8');
    expect(chosen.source).toBe('UTF-8 detected');
    expect(chosen.warnings).toHaveLength(1);
  });

  it('reads the <meta> only within the first 1,024 bytes', () => {
    const late = `${' '.repeat(1024)}<meta charset="iso-8859-2"><p>é</p>`;
    expect((chooseEncoding(bytes(late)) as ChosenEncoding).source).toBe('UTF-8 detected');
    expect((chooseEncoding(bytes(`<meta charset="iso-8859-2">${late}`)) as ChosenEncoding).encoding).toBe('ISO-8859-2');
  });

  it('follows a byte-order mark over --encoding, and says so', () => {
    const chosen = chooseEncoding(withBom.utf8('<p>é</p>'), 'windows-1252') as ChosenEncoding;
    expect(chosen.encoding).toBe('UTF-8');
    expect(chosen.warnings).toEqual(['the file starts with a UTF-8 byte-order mark, which browsers follow: --encoding windows-1252 is ignored']);
  });

  it('refuses an unknown label', () => {
    expect(chooseEncoding(bytes('<p>'), 'klingon')).toEqual({ error: expect.stringMatching(/^unknown encoding "klingon"/) });
  });

  it('warns about bytes invalid in the declared encoding, naming where the first one is', () => {
    const page = bytes('<meta charset="utf-8"><p>caf\u00e9 ');
    const broken = Uint8Array.from([...page, 0xff, ...bytes(' ok</p>')]);
    expect(firstInvalidByte(broken, 'UTF-8')).toBe(page.length);
    expect(firstInvalidByte(page, 'UTF-8')).toBeNull();
    // A sequence cut short by the end of the file counts too.
    expect(firstInvalidByte(Uint8Array.from([...page, 0xe2, 0x80]), 'UTF-8')).toBe(page.length + 1);
    const chosen = chooseEncoding(broken) as ChosenEncoding;
    expect(chosen.encoding).toBe('UTF-8');
    expect(chosen.warnings).toEqual([`bytes that are not valid UTF-8 (the first near byte ${page.length}) were replaced with U+FFFD, as browsers do`]);
    expect(parseHtml({ bytes: broken, encoding: chosen.encoding }, 'https://www.globalresearch.ca/').body.textContent).toBe('café \uFFFD ok');
  });
});

// The acceptance of issue 19, through the CLI as a user runs it.
describe('npm run extract on the 2015 and 2019 pages saved as windows-1252', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gr-enc-'));
  it.each([fixture('2015-'), fixture('2019-')].map((f) => [f.name, f] as const))('%s: the record of the UTF-8 page', (name, fx) => {
    const file = join(dir, `${name}.html`);
    writeFileSync(file, encodeSingleByte(declare(fx.html, 'windows-1252'), 'windows-1252'));
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', file, '--url', fx.expected.url], { encoding: 'utf8', maxBuffer: 64 << 20 });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(JSON.stringify(extractFixture(fx))));
  });
});
