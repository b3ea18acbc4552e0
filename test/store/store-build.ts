// The store checks on a real build, registered by test/build-policy.test.ts on the builds it
// has already made (one build for all the build checks: CI time).
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { checkBuild, projectSourceUses, readBuild, type StoreCheck } from '../../scripts/store/built';
import type { Use } from '../../scripts/store/firefox-needs';
import { renderStoreFiles } from '../../scripts/store/listing';

/**
 * Features that Firefox lacks and the extension uses anyway, each with the reason it is fine.
 * A new one fails the test until it is guarded in the code and listed here.
 */
export const KNOWN_FIREFOX_GAPS: Record<'firefox' | 'firefox_android', Record<string, string>> = {
  firefox: {
    'webextensions.manifest.browser_specific_settings.gecko_android': 'read by Firefox for Android only',
  },
  firefox_android: {
    'webextensions.manifest.commands': 'no keyboard shortcuts on Android; the key is ignored there',
    'webextensions.manifest.commands._execute_action': 'the same',
    'webextensions.api.commands': "the options page's shortcut read fails there and is caught (it says no shortcut is set)",
    'webextensions.api.commands.getAll': 'the same',
    'webextensions.api.commands.Command.name': 'the same',
    'webextensions.api.commands.Command.shortcut': 'the same',
  },
};

let sources: Use[] | undefined;
/** Our TypeScript's API uses: one type-checked pass (about 10 s) for all the checks. */
const sourceUses = () => (sources ??= projectSourceUses());

export function storeBuildExpectations(browser: 'chrome' | 'firefox', dirOf: (browser: string) => string): void {
  let result: StoreCheck | undefined;
  const checked = () => (result ??= checkBuild(dirOf(browser), browser, browser === 'firefox' ? sourceUses() : []));

  it('passes the store policy: name, description (every locale), version, icons, default_locale, add-on id, strict_min_version', () => {
    expect(checked().problems).toEqual([]);
  }, 120_000);

  it("carries package.json's version (npm version bumps the manifest)", () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(readBuild(dirOf(browser), browser).manifest.version).toBe(pkg.version);
  });

  if (browser === 'chrome') return;

  it('uses nothing Firefox lacks but the known, guarded gaps', () => {
    const firefox = checked().firefox!;
    for (const target of ['firefox', 'firefox_android'] as const) {
      const gaps = firefox.unsupported[target].map((u) => u.feature).sort();
      expect(gaps, `${target}: ${firefox.unsupported[target].map((u) => `${u.feature} (${u.where})`).join(', ')}`).toEqual(Object.keys(KNOWN_FIREFOX_GAPS[target]).sort());
    }
  }, 120_000);

  it('the generated listing files in store/ are up to date (npm run build && npm run store:listing)', () => {
    const files = renderStoreFiles(process.cwd(), readBuild(dirOf('chrome'), 'chrome'), readBuild(dirOf('firefox'), 'firefox'));
    for (const [path, text] of files) expect(readFileSync(path, 'utf8'), path).toBe(text);
  });

  it('the data-use disclosures and the privacy policy name every storage area the code uses and every host it can reach', () => {
    const areas = new Set(
      checked()
        .firefox!.needs.firefox.map((n) => /^webextensions\.api\.storage\.(local|sync|session|managed)$/.exec(n.feature)?.[1])
        .filter((a) => a !== undefined),
    );
    expect(areas.size).toBeGreaterThan(0);
    const manifests = (['chrome', 'firefox'] as const).map((b) => readBuild(dirOf(b), b).manifest);
    const hosts = new Set(
      manifests.flatMap((m) => [...((m.host_permissions as string[]) ?? []), ...((m.optional_host_permissions as string[]) ?? [])]).map((p) => p.replace(/^[a-z*]+:\/\//, '').replace(/\/.*$/, '').replace(/^(\*|www)\./, '')),
    );
    for (const file of ['store/data-use.md', 'store/privacy-policy.md']) {
      const text = readFileSync(file, 'utf8');
      for (const area of areas) expect(text, `${file} names storage.${area}`).toContain(`\`storage.${area}\``);
      for (const host of hosts) expect(text, `${file} names ${host}`).toContain(`\`${host}\``);
    }
  }, 120_000);
}
