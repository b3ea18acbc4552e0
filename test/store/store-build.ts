// The store checks on a real build, registered by test/build-policy.test.ts on the builds it
// has already made (one build for all the build checks: CI time).
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import type { StoreCheck } from '../../scripts/store/built';

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

export function storeBuildExpectations(browser: 'chrome' | 'firefox', check: () => StoreCheck): void {
  let result: StoreCheck | undefined;
  const checked = () => (result ??= check());

  it('passes the store policy: name, description (every locale), version, icons, default_locale, add-on id, strict_min_version', () => {
    expect(checked().problems).toEqual([]);
  }, 120_000);

  it("carries package.json's version (npm version bumps the manifest)", () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    const manifest = JSON.parse(readFileSync(checked().dir + '/manifest.json', 'utf8')) as { version: string; version_name?: string };
    expect(manifest.version).toBe(pkg.version);
  });

  if (browser === 'firefox') {
    it('uses nothing Firefox lacks but the known, guarded gaps', () => {
      const firefox = checked().firefox!;
      for (const target of ['firefox', 'firefox_android'] as const) {
        const gaps = firefox.unsupported[target].map((u) => u.feature).sort();
        expect(gaps, `${target}: ${firefox.unsupported[target].map((u) => `${u.feature} (${u.where})`).join(', ')}`).toEqual(Object.keys(KNOWN_FIREFOX_GAPS[target]).sort());
      }
    });
  }
}
