// The reader's theme: the system's (light or dark) unless the reader picks one. The choice is
// kept in the extension's localStorage: it belongs to this page, not to the settings.
export type Theme = 'auto' | 'light' | 'dark';
export const THEMES: readonly Theme[] = ['auto', 'light', 'dark'];
const KEY = 'reader-theme';

export function savedTheme(store: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): Theme {
  try {
    const value = store?.getItem(KEY);
    return THEMES.includes(value as Theme) ? (value as Theme) : 'auto';
  } catch {
    return 'auto';
  }
}

/** Sets data-theme on the root element ("auto" removes it: the stylesheet follows the system). */
export function applyTheme(theme: Theme, root: HTMLElement = document.documentElement, store: Pick<Storage, 'setItem'> | undefined = globalThis.localStorage): void {
  if (theme === 'auto') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', theme);
  try {
    store?.setItem(KEY, theme);
  } catch {
    /* private mode or storage off: the choice lasts for this page only */
  }
}
