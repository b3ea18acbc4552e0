// The popup's hook for archived copies (archive-wiring.ts): loaded right after the record or
// the "other site" view is on screen, so it adds nothing to the popup's first paint.
import type { PopupState } from './state';

export function mountArchive(root: HTMLElement, state: PopupState, rerun: () => void): void {
  if (state.view !== 'article' && state.view !== 'other-site') return;
  const shown = root.firstElementChild;
  void import('./archive-wiring').then((m) => {
    // Another view may have replaced this one meanwhile.
    if (shown && root.firstElementChild === shown) m.mount(root, shown, state, rerun);
  });
}
