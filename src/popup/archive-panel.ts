// Archived copies, in the popup: the capture line of a record read from a copy, and the
// Archive panel (Archive this page, Find archived copies, archive.today). Everything that
// reaches the network is behind one optional host permission, asked for by the click that
// needs it (`permissions.request` first thing in the handler, as Firefox requires), and
// loaded on first use (archive-actions.ts), so nothing here weighs on the popup's first paint
// and nothing leaves the machine without a click.
import { ARCHIVE_ORIGINS, archiveTodayUrl } from '../archive/addresses';
import type { ArchivedCopy } from '../archive/results';
import type { ArticleRecord, Capture } from '../extract/record';
import { errorText } from '../messaging';
import { el, link } from './dom';
import { section } from './parts';

// Every user-facing string of the panel (placeholders $1, $2 as in @wxt-dev/i18n).
export const ARCHIVE_TEXT = {
  heading: 'Archived copies',
  captureLine: 'Read from a $1 copy',
  capturedOn: 'captured $1',
  openCapture: 'Open the capture',
  archive: 'Archive this page',
  archiveHint: 'Ask the Wayback Machine to capture this article now (Save Page Now)',
  find: 'Find archived copies',
  findHint: 'The Wayback Machine captures nearest the publication dates',
  archiveToday: 'archive.today',
  archiveTodayHint: 'Open archive.today’s submission page for this article (in a new tab)',
  permissionNote: 'These use web.archive.org and archive.org; your browser asks once for access to them.',
  denied: 'Access to web.archive.org was not allowed, so nothing was sent.',
  failed: 'Something went wrong: $1.',
  offerTitle: 'Reading an archived copy on the Wayback Machine?',
  offerText: 'GR Provenance can read Wayback Machine captures of these articles if you allow it access to web.archive.org.',
  offerButton: 'Allow web.archive.org',
} as const;

export const fill = (text: string, ...args: string[]): string => text.replace(/\$(\d)/g, (m, i: string) => args[Number(i) - 1] ?? m);

export interface PermissionsApi {
  request(p: { origins: string[] }): Promise<boolean>;
  contains(p: { origins: string[] }): Promise<boolean>;
}

export interface ArchiveDeps {
  permissions: PermissionsApi;
  fetch: typeof fetch;
  online(): boolean;
  copy(text: string): Promise<{ ok: boolean }>;
  /** A capture just made with Archive this page, for the attribution and the citations. */
  onArchived(copy: ArchivedCopy): void;
}

const loadActions = () => import('./archive-actions');

/** "3 October 2015, 12:34 UTC" from an ISO date-time; the date alone when there is no time. */
export function formatCapturedAt(iso: string, locale?: string): string {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return iso;
  const timed = /T\d{2}:\d{2}/.test(iso);
  const format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', ...(timed && { timeStyle: 'short', hourCycle: 'h23' }), timeZone: 'UTC' });
  return `${format.format(t)}${timed ? ' UTC' : ''}`;
}

/** "Read from a Wayback Machine copy, captured 3 October 2015, 12:34 UTC · Open the capture". */
export function captureLine(capture: Capture): HTMLElement {
  return el(
    'p',
    { class: 'capture-line' },
    fill(ARCHIVE_TEXT.captureLine, capture.service),
    capture.capturedAt && `, ${fill(ARCHIVE_TEXT.capturedOn, formatCapturedAt(capture.capturedAt))}`,
    capture.url && ' · ',
    capture.url && link(capture.url, ARCHIVE_TEXT.openCapture),
  );
}

export function archivePanel(record: ArticleRecord, deps: ArchiveDeps): HTMLElement {
  const status = el('p', { class: 'action-status archive-status', role: 'status', 'aria-live': 'polite' });
  const results = el('div', { class: 'archive-results' });
  const archive = el('button', { type: 'button', class: 'button', id: 'archive-page', title: ARCHIVE_TEXT.archiveHint }, ARCHIVE_TEXT.archive);
  const find = el('button', { type: 'button', class: 'button', id: 'find-archives', title: ARCHIVE_TEXT.findHint }, ARCHIVE_TEXT.find);
  const today = link(archiveTodayUrl(record.canonicalUrl), ARCHIVE_TEXT.archiveToday, { class: 'button', title: ARCHIVE_TEXT.archiveTodayHint });

  const onClick = (button: HTMLButtonElement, act: (m: Awaited<ReturnType<typeof loadActions>>) => Promise<void>) =>
    button.addEventListener('click', () => {
      if (button.getAttribute('aria-disabled') === 'true') return;
      // First, within the click: Firefox grants only to a request made by the user's own gesture.
      const granted = deps.permissions.request({ origins: ARCHIVE_ORIGINS });
      button.setAttribute('aria-disabled', 'true');
      void (async () => {
        try {
          if (!(await granted)) {
            status.textContent = ARCHIVE_TEXT.denied;
            return;
          }
          await act(await loadActions());
        } catch (err) {
          status.textContent = fill(ARCHIVE_TEXT.failed, errorText(err));
        } finally {
          button.removeAttribute('aria-disabled');
        }
      })();
    });
  const view = { status, results };
  onClick(archive, (m) => m.archiveNow(record, deps, view));
  onClick(find, (m) => m.findCopies(record, deps, view));

  return section(
    ARCHIVE_TEXT.heading,
    { class: 'archive' },
    el('div', { class: 'actions', role: 'group', 'aria-label': ARCHIVE_TEXT.heading }, archive, find, today),
    el('p', { class: 'panel-hint' }, ARCHIVE_TEXT.permissionNote),
    status,
    results,
  );
}

/**
 * On a tab the popup cannot read: without access to web.archive.org the browser does not even
 * tell the extension the tab's address, so the offer stands wherever the popup can read
 * nothing, until it is granted. `granted` runs once access is given.
 */
export function waybackOffer(permissions: PermissionsApi, granted: () => void): HTMLElement {
  const button = el('button', { type: 'button', class: 'button', id: 'allow-wayback' }, ARCHIVE_TEXT.offerButton);
  const offer = el('section', { class: 'wayback-offer', hidden: '' }, el('h2', {}, ARCHIVE_TEXT.offerTitle), el('p', {}, ARCHIVE_TEXT.offerText), button);
  void permissions.contains({ origins: ARCHIVE_ORIGINS }).then(
    (has) => (offer.hidden = has),
    () => (offer.hidden = false),
  );
  button.addEventListener('click', () => {
    void permissions.request({ origins: ARCHIVE_ORIGINS }).then((ok) => ok && granted(), () => undefined);
  });
  return offer;
}
