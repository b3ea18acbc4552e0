// The store policy on manifests that a store would refuse: each rule fails on its bad case and
// passes on the good one. (test/build-policy.test.ts runs the same policy on the real builds.)
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../scripts/store/limits';
import { geckoIdProblem, pngSize, resolveMessage, storePolicyProblems, versionProblems, type BuiltExtension, type Manifest, type Needs } from '../../scripts/store/manifest-policy';

/** The first 24 bytes of a PNG of that size: all the policy reads. */
function png(w: number, h: number): Buffer {
  const b = Buffer.alloc(24);
  b.writeUInt32BE(0x89504e47, 0);
  b.writeUInt32BE(0x0d0a1a0a, 4);
  b.writeUInt32BE(13, 8);
  b.write('IHDR', 12, 'latin1');
  b.writeUInt32BE(w, 16);
  b.writeUInt32BE(h, 20);
  return b;
}

const ICONS = Object.fromEntries(LIMITS.iconSizes.map((s) => [String(s), `icon/${s}.png`]));
const GOOD_ID = '{4a1f8b13-ab0c-424a-90b2-84f237ae149b}';

function ext(browser: 'chrome' | 'firefox', manifest: Partial<Manifest>, files: Record<string, Buffer | string> = {}): BuiltExtension {
  const all: Record<string, Buffer | string> = { ...Object.fromEntries(LIMITS.iconSizes.map((s) => [`icon/${s}.png`, png(s, s)])), ...files };
  const locales = [...new Set(Object.keys(all).flatMap((f) => /^_locales\/([^/]+)\//.exec(f)?.[1] ?? []))];
  const base: Manifest = {
    name: 'GR Provenance',
    description: 'Clean article and provenance.',
    version: '0.1.0',
    icons: ICONS,
    ...(browser === 'firefox' ? { browser_specific_settings: { gecko: { id: GOOD_ID, strict_min_version: '140.0' }, gecko_android: { strict_min_version: '142.0' } } } : {}),
  };
  return {
    browser,
    manifest: { ...base, ...manifest },
    readFile: (p) => (p in all ? Buffer.from(all[p]!) : null),
    locales,
  };
}

const NEEDS: Needs = {
  firefox: [{ feature: 'webextensions.manifest.browser_specific_settings.gecko.data_collection_permissions', where: 'manifest.json', version: 140 }],
  firefox_android: [{ feature: 'webextensions.manifest.browser_specific_settings.gecko.data_collection_permissions', where: 'manifest.json', version: 142 }],
};
const messages = (entries: Record<string, string>) => JSON.stringify(Object.fromEntries(Object.entries(entries).map(([k, v]) => [k, { message: v }])));
const chars = (n: number) => 'x'.repeat(n);

describe('store policy', () => {
  it.each(['chrome', 'firefox'] as const)('%s: a good manifest has no problem', (browser) => {
    expect(storePolicyProblems(ext(browser, {}), NEEDS)).toEqual([]);
  });

  it.each(['chrome', 'firefox'] as const)('%s: a description of 133 characters fails, 132 passes', (browser) => {
    expect(storePolicyProblems(ext(browser, { description: chars(132) }), NEEDS)).toEqual([]);
    const problems = storePolicyProblems(ext(browser, { description: chars(133) }), NEEDS);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^description is 133 characters, over the .* limit of 132/);
  });

  it('counts characters, not bytes or UTF-16 units: 132 accented letters and em dashes pass', () => {
    expect(storePolicyProblems(ext('chrome', { description: 'é—'.repeat(66) }))).toEqual([]);
    expect(storePolicyProblems(ext('chrome', { description: '𝐀'.repeat(132) }))).toEqual([]);
  });

  it('name: 75 for the Chrome Web Store, 50 for AMO', () => {
    expect(storePolicyProblems(ext('chrome', { name: chars(75) }))).toEqual([]);
    expect(storePolicyProblems(ext('chrome', { name: chars(76) }))[0]).toMatch(/^name is 76 characters, over the Chrome Web Store limit of 75/);
    expect(storePolicyProblems(ext('firefox', { name: chars(50) }), NEEDS)).toEqual([]);
    expect(storePolicyProblems(ext('firefox', { name: chars(51) }), NEEDS)[0]).toMatch(/^name is 51 characters, over the AMO limit of 50/);
  });

  it('resolves __MSG_x__ in every locale, falling back to the default one', () => {
    const files = {
      '_locales/en/messages.json': messages({ extName: 'GR Provenance', extDescription: chars(132) }),
      '_locales/fr/messages.json': messages({ extDescription: chars(133) }),
    };
    const problems = storePolicyProblems(ext('chrome', { name: '__MSG_extName__', description: '__MSG_extdescription__', default_locale: 'en' }, files));
    // fr has no extName: it takes en's; its own description is one character too long.
    expect(problems).toEqual([expect.stringMatching(/^description \(fr\) is 133 characters/)]);
    expect(resolveMessage('__MSG_EXTNAME__', null, { extName: { message: 'x' } })).toBe('x');
    expect(resolveMessage('plain', null, null)).toBe('plain');
  });

  it('a message in no messages.json fails', () => {
    const files = { '_locales/en/messages.json': messages({ extName: 'GR Provenance' }) };
    expect(storePolicyProblems(ext('chrome', { description: '__MSG_missing__', default_locale: 'en' }, files))).toEqual(['description (en): __MSG_missing__ is in no messages.json']);
  });

  it('default_locale is set exactly when _locales exists', () => {
    const files = { '_locales/en/messages.json': messages({}) };
    expect(storePolicyProblems(ext('chrome', {}, files))).toEqual(['_locales has en but the manifest sets no default_locale']);
    expect(storePolicyProblems(ext('chrome', { default_locale: 'en' }))).toEqual(['default_locale "en" has no _locales/en/messages.json']);
    expect(storePolicyProblems(ext('chrome', { default_locale: 'en' }, files))).toEqual([]);
  });

  it('version: what both stores accept', () => {
    for (const ok of ['1', '0.1', '0.1.0', '1.2.3.4', '2.10.65535', '0.0.1']) expect(versionProblems(ok), ok).toEqual([]);
    for (const bad of ['1.0.0-beta', '01.2', '1.02', '0.0', '0', '1.2.3.4.5', '65536', '1..2', 'v1', '', '1.0 beta']) expect(versionProblems(bad), bad).not.toEqual([]);
    // 9 digits: AMO's limit is fine; CWS's 65535 is not.
    expect(versionProblems('123456789')).toEqual([expect.stringMatching(/Chrome Web Store/)]);
    expect(versionProblems(undefined)).toEqual(['the manifest has no version']);
  });

  it('icons: 16, 32, 48 and 128, each a PNG of its size', () => {
    const { 32: _dropped, ...without32 } = ICONS;
    expect(storePolicyProblems(ext('chrome', { icons: without32 }))).toEqual(['icons has no 32×32 entry']);
    expect(storePolicyProblems(ext('chrome', {}, { 'icon/48.png': png(48, 47) }))).toEqual(['icon 48: icon/48.png is 48×47']);
    expect(storePolicyProblems(ext('chrome', {}, { 'icon/16.png': 'GIF89a' }))).toEqual(['icon 16: icon/16.png is missing or not a PNG']);
    expect(pngSize(png(440, 280))).toEqual([440, 280]);
  });

  it('the Firefox add-on id: a placeholder domain or example GUID fails, a GUID or an owned domain passes', () => {
    for (const bad of [
      'gr-provenance@example.org',
      'gr-provenance@example.com',
      'gr-provenance@example.net',
      'x@addons.example.org',
      'x@project.test',
      'x@project.invalid',
      'x@box.local',
      'x@localhost',
      'x@site.example',
      'x@EXAMPLE.ORG.',
      '{daf44bf7-a45e-4450-979c-91cf07434c3d}',
      '{00000000-0000-0000-0000-000000000000}',
      '',
      undefined,
      'no-at-sign',
      `x@${'a'.repeat(80)}.dev`,
    ]) {
      expect(geckoIdProblem(bad), String(bad)).not.toBeNull();
    }
    for (const good of [GOOD_ID, GOOD_ID.toUpperCase(), 'gr-provenance@provenance.dev', '@gr-provenance', 'x@example.org.uk']) expect(geckoIdProblem(good), good).toBeNull();
    const problems = storePolicyProblems(ext('firefox', { browser_specific_settings: { gecko: { id: 'gr-provenance@example.org', strict_min_version: '140.0' }, gecko_android: { strict_min_version: '142.0' } } }), NEEDS);
    expect(problems).toEqual([expect.stringMatching(/^the add-on id "gr-provenance@example.org" is in example.org, a reserved placeholder domain/)]);
  });

  it('the Chrome build needs no add-on id', () => {
    expect(storePolicyProblems(ext('chrome', {}))).toEqual([]);
  });

  it('strict_min_version covers what the APIs used need, and no more', () => {
    const withMin = (desktop: string | undefined, android?: string) =>
      ext('firefox', { browser_specific_settings: { gecko: { id: GOOD_ID, strict_min_version: desktop }, ...(android ? { gecko_android: { strict_min_version: android } } : {}) } });
    expect(storePolicyProblems(withMin('140.0', '142.0'), NEEDS)).toEqual([]);
    expect(storePolicyProblems(withMin('128.0', '142.0'), NEEDS)).toEqual([expect.stringMatching(/^gecko.strict_min_version is 128, but webextensions.manifest.browser_specific_settings.gecko.data_collection_permissions \(manifest.json\) needs 140$/)]);
    expect(storePolicyProblems(withMin('141.0', '142.0'), NEEDS)).toEqual([expect.stringMatching(/^gecko.strict_min_version is 141, higher than anything used needs \(140/)]);
    // Without gecko_android, Android takes the desktop minimum, which is too low there.
    expect(storePolicyProblems(withMin('140.0'), NEEDS)).toEqual([expect.stringMatching(/^gecko.strict_min_version \(for Android\) is 140, but .* needs 142$/)]);
    expect(storePolicyProblems(withMin(undefined, '142.0'), NEEDS)).toEqual([expect.stringMatching(/^gecko.strict_min_version is missing or malformed; the APIs used need 140/)]);
  });
});
