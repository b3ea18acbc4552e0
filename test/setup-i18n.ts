// Every unit test sees the extension's English messages through browser.i18n, as the browser
// would answer them (WXT's fake browser has no i18n of its own); useLocale switches language.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getMessage, type Locale } from './helpers/i18n';

export function useLocale(lang: Locale): void {
  fakeBrowser.i18n.getMessage = ((name: string, subs?: string | string[]) => getMessage(lang, name, subs)) as typeof fakeBrowser.i18n.getMessage;
  fakeBrowser.i18n.getUILanguage = () => lang;
}

useLocale('en');
