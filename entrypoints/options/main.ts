import './style.css';
import { browser } from 'wxt/browser';
import { mountCorrections } from '../../src/options/corrections-section';
import { optionsView } from '../../src/options/options-form';
import { loadSettings, saveSettings } from '../../src/settings-store';

const firefox = location.protocol === 'moz-extension:';

void optionsView({
  load: loadSettings,
  save: saveSettings,
  shortcut: async () => (await browser.commands.getAll()).find((c) => c.name === '_execute_action')?.shortcut ?? '',
  shortcutHelp: firefox
    ? 'To change it: about:addons ▸ ⚙ (Tools for all add-ons) ▸ Manage Extension Shortcuts.'
    : 'To change it: open chrome://extensions/shortcuts.',
})
  .then((view) => document.getElementById('app')!.replaceChildren(view))
  .then(() => mountCorrections(document.getElementById('app')!));
