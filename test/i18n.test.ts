// Every string of the UI exists in English and in French, with the same substitutions, and
// every key the code and the pages ask for is in the locale files (a missing key would show
// an empty string in the browser).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../wxt.config';
import { getMessage, LOCALES, messages, parsedLocale } from './helpers/i18n';

const ROOT = join(__dirname, '..');
const keyOf = (m: { key: string[] }) => m.key.join('.');
/** The locale file's own messages (the parser adds the browser's predefined @@ ones). */
const own = (lang: (typeof LOCALES)[number]) => parsedLocale(lang).filter((m) => !keyOf(m).startsWith('@@'));

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    return statSync(join(ROOT, path)).isDirectory() ? files(path, ext) : ext.test(name) ? [path] : [];
  });
}
const sources = [...files('src', /\.ts$/), ...files('entrypoints', /\.(?:ts|html)$/), 'wxt.config.ts'].map((f) => ({ file: f, text: readFileSync(join(ROOT, f), 'utf8') }));

describe('locales', () => {
  const [en, fr] = LOCALES.map((l) => new Map(own(l).map((m) => [keyOf(m), m])));

  it('English and French have the same keys', () => {
    expect([...fr.keys()].filter((k) => !en.has(k)), 'only in fr.yml').toEqual([]);
    expect([...en.keys()].filter((k) => !fr.has(k)), 'only in en.yml').toEqual([]);
    expect(en.size).toBeGreaterThan(100);
  });

  it.each([...LOCALES])('%s: every message has text, the same $n substitutions as English, and no stray "$"', (lang) => {
    for (const [key, m] of new Map(own(lang).map((x) => [keyOf(x), x]))) {
      const ref = en.get(key)!;
      expect(m.substitutions, `${lang} ${key}`).toBe(ref.substitutions);
      expect(m.type, `${lang} ${key}`).toBe(ref.type);
      const text = m.type === 'plural' ? Object.values(m.plurals).join(' | ') : m.message;
      expect(text.trim(), `${lang} ${key}`).not.toBe('');
      expect(text.replace(/\$[1-9$]/g, ''), `${lang} ${key}`).not.toContain('$');
    }
  });

  it('each locale says its own language (the pages’ lang attribute)', () => {
    for (const lang of LOCALES) expect(getMessage(lang, 'lang')).toBe(lang);
  });

  it('every key the code and the pages use is in the locale files, and every key is used', () => {
    const used = new Set<string>();
    for (const { text } of sources) {
      for (const m of text.matchAll(/\bt\(\s*'([\w.@]+)'/g)) used.add(m[1]);
      for (const m of text.matchAll(/data-i18n(?:-[\w-]+)?="([\w.]+)"/g)) used.add(m[1]);
      for (const m of text.matchAll(/__MSG_(\w+)__/g)) used.add(m[1]);
      // Keys kept in tables: 'state.homePage', 'kind.topNote', 'options.markdownHint', …
      for (const m of text.matchAll(/'((?:badge|popup|kind|actions|clipboard|state|options|reader|correct|evidence|report)\.\w+)'/g)) used.add(m[1]);
    }
    const missing = [...used].filter((k) => !k.startsWith('@@') && !en.has(k));
    expect(missing, 'used but not in en.yml').toEqual([]);
    expect([...en.keys()].filter((k) => !used.has(k)), 'in en.yml but used nowhere').toEqual([]);
  });

  it.each([...LOCALES])('%s: the manifest’s __MSG_…__ strings resolve, the description fits the stores (132 characters)', (lang) => {
    for (const browser of ['chrome', 'firefox']) {
      const manifest = JSON.stringify((config.manifest as (env: { browser: string }) => object)({ browser }));
      for (const [, key] of manifest.matchAll(/__MSG_(\w+)__/g)) expect(messages(lang)[key]?.message, `${lang} ${key}`).toBeTruthy();
    }
    expect(getMessage(lang, 'extDescription').length).toBeLessThanOrEqual(132);
  });
});
