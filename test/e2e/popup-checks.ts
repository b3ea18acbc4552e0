// What a correct popup shows for a fixture page, checked in a real browser (both e2e runs).
import { extractFixture, type Fixture } from '../helpers/fixtures';

export type Check = (ok: boolean, what: string) => void;

/** Logs each check; exitWithResult() ends the run, non-zero if any failed. */
export function checker(): { check: Check; exitWithResult: () => never } {
  const failures: string[] = [];
  return {
    check: (ok, what) => {
      console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
      if (!ok) failures.push(what);
    },
    exitWithResult: () => {
      console.log(failures.length ? `\n${failures.length} check(s) failed` : '\nall checks passed');
      process.exit(failures.length ? 1 : 0);
    },
  };
}

export interface PopupSummary {
  /** null while the popup still shows "loading". */
  h1: string | null;
  source: string | null;
  mailtos: string[];
  removed: string | null;
  overflow: number;
}

/** An expression, run in the popup page, that gives its PopupSummary (a string: any browser can run it). */
export const READ_POPUP = `(() => {
  const text = (sel) => document.querySelector(sel)?.textContent.trim() ?? null;
  const loading = !document.querySelector('#app > :not(.state-loading)');
  return {
    h1: loading ? null : text('h1'),
    source: text('.source .source-name'),
    mailtos: Array.from(document.querySelectorAll('a[href^="mailto:"]'), (a) => a.getAttribute('href')),
    removed: text('details.removed summary'),
    overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
  };
})()`;

export function checkPopup(popup: PopupSummary, fx: Fixture, check: Check, note = ''): void {
  const label = `${fx.name}${note ? ` (${note})` : ''}: popup`;
  const record = extractFixture(fx);
  if (record.kind === 'article') {
    check(popup.h1 === record.title.replace(/\s+/g, ' ').trim(), `${label} title "${popup.h1}"`);
    const src = record.originalSource;
    check(!src || (popup.source ?? '').includes(src.publisher), `${label} original source "${popup.source}"`);
    const contact = record.republication?.contact;
    if (contact) check(popup.mailtos.includes(`mailto:${contact}`), `${label} mailto ${contact}`);
    check(popup.removed === `${record.removed.length} boilerplate blocks removed`, `${label} "${popup.removed}"`);
  } else {
    check(/^This is (the home page|a listing page), not an article$/.test(popup.h1 ?? ''), `${label} "${popup.h1}"`);
  }
  check(popup.overflow <= 0, `${label} no horizontal scroll (${popup.overflow}px)`);
}
