// The optional archive hosts, granted in each browser's test profile as a user's "Allow" would
// leave them: Chromium reads them from the profile's Preferences for the unpacked extension's
// id (derived from its path); Firefox stores them with ExtensionPermissions, where its
// about:addons permission toggles put them. No prompt can be answered in a headless browser.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ARCHIVE_ORIGINS } from '../../src/archive/addresses';
import type { Marionette } from './marionette';

/** Chromium's id for an unpacked extension: the SHA-256 of its path, 32 hex digits spelled a–p. */
export function unpackedExtensionId(path: string): string {
  return [...createHash('sha256').update(path).digest('hex').slice(0, 32)].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

/** A Chromium profile in which the extension at `extensionPath` already holds the archive hosts. */
export function chromiumProfileWithArchiveHosts(extensionPath: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'gr-provenance-chrome-'));
  mkdirSync(join(dir, 'Default'));
  const hosts = { api: [], explicit_host: ARCHIVE_ORIGINS, manifest_permissions: [], scriptable_host: [] };
  const granted = { active_permissions: hosts, granted_permissions: hosts, runtime_granted_permissions: hosts };
  writeFileSync(join(dir, 'Default', 'Preferences'), JSON.stringify({ extensions: { settings: { [unpackedExtensionId(extensionPath)]: granted } } }));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Grants the archive hosts to the installed add-on `id` in Firefox (from the browser chrome). */
export async function grantArchiveHostsInFirefox(m: Marionette, id: string): Promise<void> {
  await m.send('Marionette:SetContext', { value: 'chrome' });
  try {
    const { value } = await m.send<{ value: unknown }>('WebDriver:ExecuteAsyncScript', {
      script: `const [id, origins, done] = arguments;
        const { ExtensionPermissions } = ChromeUtils.importESModule('resource://gre/modules/ExtensionPermissions.sys.mjs');
        const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
        // The running extension as the emitter: it applies the grant at once and fires permissions.onAdded.
        const extension = ExtensionParent.GlobalManager.getExtension(id);
        ExtensionPermissions.add(id, { permissions: [], origins }, extension).then(() => done(true), (e) => done(String(e)));`,
      args: [id, ARCHIVE_ORIGINS],
    });
    if (value !== true) throw new Error(`e2e: could not grant the archive hosts in Firefox: ${String(value)}`);
  } finally {
    await m.send('Marionette:SetContext', { value: 'content' });
  }
}
