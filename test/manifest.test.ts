// The manifest asks for the fewest permissions that work, and binds the shortcut that opens the popup.
import { describe, expect, it } from 'vitest';
import config from '../wxt.config';
import { getMessage } from './helpers/i18n';

type Manifest = { permissions: string[]; commands: Record<string, { suggested_key: { default: string }; description: string }> };
const manifest = (browser: string) => (config.manifest as (env: { browser: string }) => Manifest)({ browser });

describe('manifest', () => {
  it.each(['chrome', 'firefox'])('%s: scripting and storage only (no clipboardWrite, downloads, tabs or activeTab)', (browser) => {
    expect(manifest(browser).permissions).toEqual(['scripting', 'storage']);
  });

  it.each(['chrome', 'firefox'])('%s: Alt+Shift+G opens the popup', (browser) => {
    const command = manifest(browser).commands._execute_action;
    expect(command.suggested_key.default).toBe('Alt+Shift+G');
    expect(command.description).toBe('__MSG_commandOpenPopup__');
    expect(getMessage('en', 'commandOpenPopup')).toMatch(/Open GR Provenance/);
  });
});
