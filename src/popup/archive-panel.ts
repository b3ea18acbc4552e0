// Archived copies, in the popup: the capture line of a record read from a copy, and the
// Archive panel (Archive this page, Find archived copies, archive.today). Everything that
// reaches the network is behind one optional host permission, asked for by the click that
// needs it (`permissions.request` first thing in the handler, as Firefox requires), and
// loaded on first use (archive-actions.ts), so nothing here weighs on the popup's first paint
// and nothing leaves the machine without a click. Words: locales/*.yml, `archive.*`.
import { ARCHIVE_ORIGINS, archiveTodayUrl } from '../archive/addresses';
import type { ArchivedCopy } from '../archive/results';
import type { ArticleRecord, Capture } from '../extract/record';
import { t } from '../i18n';
import { errorText } from '../messaging';
import { el, link } from './dom';
import { section } from './parts';

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
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;
  const timed = /T\d{2}:\d{2}/.test(iso);
  const format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', ...(timed && { timeStyle: 'short', hourCycle: 'h23' }), timeZone: 'UTC' });
  return timed ? t('archive.utc', [format.format(ms)]) : format.format(ms);
}

/** "Read from a Wayback Machine copy, captured 3 October 2015, 12:34 UTC · Open the capture". */
export function captureLine(capture: Capture): HTMLElement {
  return el(
    'p',
    { class: 'capture-line' },
    t('archive.captureLine', [capture.service]),
    capture.capturedAt && `, ${t('archive.capturedOn', [formatCapturedAt(capture.capturedAt)])}`,
    capture.url && ' · ',
    capture.url && link(capture.url, t('archive.openCapture')),
  );
}

export function archivePanel(record: ArticleRecord, deps: ArchiveDeps): HTMLElement {
  const status = el('p', { class: 'action-status archive-status', role: 'status', 'aria-live': 'polite' });
  const results = el('div', { class: 'archive-results' });
  const archive = el('button', { type: 'button', class: 'button', id: 'archive-page', title: t('archive.archiveHint') }, t('archive.archive'));
  const find = el('button', { type: 'button', class: 'button', id: 'find-archives', title: t('archive.findHint') }, t('archive.find'));
  const today = link(archiveTodayUrl(record.canonicalUrl), t('archive.archiveToday'), { class: 'button', title: t('archive.archiveTodayHint') });

  const onClick = (button: HTMLButtonElement, act: (m: Awaited<ReturnType<typeof loadActions>>) => Promise<void>) =>
    button.addEventListener('click', () => {
      if (button.getAttribute('aria-disabled') === 'true') return;
      // First, within the click: Firefox grants only to a request made by the user's own gesture.
      const granted = deps.permissions.request({ origins: ARCHIVE_ORIGINS });
      button.setAttribute('aria-disabled', 'true');
      void (async () => {
        try {
          if (!(await granted)) {
            status.textContent = t('archive.denied');
            return;
          }
          await act(await loadActions());
        } catch (err) {
          status.textContent = t('archive.failed', [errorText(err)]);
        } finally {
          button.removeAttribute('aria-disabled');
        }
      })();
    });
  const view = { status, results };
  onClick(archive, (m) => m.archiveNow(record, deps, view));
  onClick(find, (m) => m.findCopies(record, deps, view));

  return section(
    t('archive.heading'),
    { class: 'archive' },
    el('div', { class: 'actions', role: 'group', 'aria-label': t('archive.heading') }, archive, find, today),
    el('p', { class: 'panel-hint' }, t('archive.permissionNote')),
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
  const button = el('button', { type: 'button', class: 'button', id: 'allow-wayback' }, t('archive.offerButton'));
  const offer = el('section', { class: 'wayback-offer', hidden: '' }, el('h2', {}, t('archive.offerTitle')), el('p', {}, t('archive.offerText')), button);
  void permissions.contains({ origins: ARCHIVE_ORIGINS }).then(
    (has) => (offer.hidden = has),
    () => (offer.hidden = false),
  );
  button.addEventListener('click', () => {
    void permissions.request({ origins: ARCHIVE_ORIGINS }).then((ok) => ok && granted(), () => undefined);
  });
  return offer;
}
