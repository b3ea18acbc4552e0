import './style.css';
import { browser } from 'wxt/browser';
import { mountCorrections } from '../../src/options/corrections-section';
import { localizePage, t } from '../../src/i18n';
import { optionsView } from '../../src/options/options-form';
import { loadSettings, saveSettings } from '../../src/settings-store';

localizePage();
document.title = t('options.pageTitle');
const firefox = location.protocol === 'moz-extension:';

void optionsView({
  load: loadSettings,
  save: saveSettings,
  shortcut: async () => (await browser.commands.getAll()).find((c) => c.name === '_execute_action')?.shortcut ?? '',
  shortcutHelp: firefox ? t('options.shortcutHelpFirefox') : t('options.shortcutHelpChrome'),
})
  .then((view) => document.getElementById('app')!.replaceChildren(view))
  .then(() => mountCorrections(document.getElementById('app')!));
