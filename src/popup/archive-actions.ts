// What the Archive panel's buttons do, loaded on their first click (archive-panel.ts): Save
// Page Now with its progress and outcome, and the availability lookups. Every outcome,
// failures included, ends in the panel's status line; nothing throws past it.
import { nearestCapture } from '../archive/availability';
import type { ArchiveFailure, ArchiveResult, ArchivedCopy } from '../archive/results';
import { savePageNow } from '../archive/save-page-now';
import type { ArticleRecord } from '../extract/record';
import { fill, formatCapturedAt, type ArchiveDeps } from './archive-panel';
import { el, link } from './dom';
import { isOwnPublisher, siteName } from './site';

// Every user-facing string of these actions (placeholders $1, $2 as in @wxt-dev/i18n).
export const ARCHIVE_ACTION_TEXT = {
  archiving: 'Asking the Wayback Machine to archive this page… This can take a minute.',
  archived: 'Archived on the Wayback Machine, $1.',
  archivedLabel: 'New capture',
  copyAddress: 'Copy address',
  copied: 'Capture address copied.',
  copyFailed: 'Could not copy the address.',
  searching: 'Looking for archived copies…',
  found: 'Nearest Wayback Machine captures.',
  sitePage: '$1 page',
  originalPage: 'Original ($1)',
  nearest: '$1',
  none: 'No capture yet.',
  open: 'Open',
  failures: {
    'rate-limited': 'The Wayback Machine is limiting requests right now (HTTP 429). Try again in a few minutes.',
    blocked: 'The Wayback Machine cannot archive this page: the site blocks it or it is excluded. Try again later, or use archive.today.',
    offline: 'You are offline. Try again once you are connected.',
    unreachable: 'Could not reach the Wayback Machine (offline, or blocked on this network). Try again later.',
    server: 'The Wayback Machine had an error (HTTP $1). Try again later.',
    timeout: 'The Wayback Machine did not answer in time. Try again later.',
    'no-address': 'The Wayback Machine took the request but did not say where the capture is. Try Find archived copies in a few minutes.',
    unexpected: 'The Wayback Machine gave an unexpected answer. Try again later.',
  } satisfies Record<ArchiveFailure, string>,
} as const;

export interface PanelView {
  status: HTMLElement;
  results: HTMLElement;
}

const failureText = (r: { failure: ArchiveFailure; status?: number }) => fill(ARCHIVE_ACTION_TEXT.failures[r.failure], String(r.status ?? ''));

function say(view: PanelView, text: string, ok = true): void {
  view.status.classList.toggle('error', !ok);
  view.status.textContent = text;
}

const net = (deps: ArchiveDeps) => ({ fetch: deps.fetch, online: deps.online });

export async function archiveNow(record: ArticleRecord, deps: ArchiveDeps, view: PanelView): Promise<void> {
  say(view, ARCHIVE_ACTION_TEXT.archiving);
  view.results.replaceChildren(el('progress', { class: 'archive-progress', 'aria-label': ARCHIVE_ACTION_TEXT.archiving }));
  const result = await savePageNow(record.canonicalUrl, net(deps));
  if (!result.ok) {
    view.results.replaceChildren();
    return say(view, failureText(result), false);
  }
  const copy = result.value;
  const copyButton = el('button', { type: 'button', class: 'button', id: 'copy-capture' }, ARCHIVE_ACTION_TEXT.copyAddress);
  copyButton.addEventListener('click', () => {
    void deps.copy(copy.url).then(
      (r) => say(view, r.ok ? ARCHIVE_ACTION_TEXT.copied : ARCHIVE_ACTION_TEXT.copyFailed, r.ok),
      () => say(view, ARCHIVE_ACTION_TEXT.copyFailed, false),
    );
  });
  view.results.replaceChildren(
    el('p', { class: 'archived-copy' }, `${ARCHIVE_ACTION_TEXT.archivedLabel}: `, link(copy.url, copy.url, { class: 'capture-url' })),
    copyButton,
  );
  deps.onArchived(copy);
  say(view, fill(ARCHIVE_ACTION_TEXT.archived, copy.capturedAt ? formatCapturedAt(copy.capturedAt) : copy.url));
}

interface Target {
  label: string;
  url: string;
  date: string | null;
}

/** The article's page, and for a cross-post its original (links to originals die). */
export function lookupTargets(record: ArticleRecord): Target[] {
  const targets: Target[] = [{ label: fill(ARCHIVE_ACTION_TEXT.sitePage, siteName(record.site)), url: record.canonicalUrl, date: record.publishedAt }];
  const src = record.originalSource;
  if (src?.url && !isOwnPublisher(src.publisher)) {
    targets.push({ label: fill(ARCHIVE_ACTION_TEXT.originalPage, src.publisher), url: src.url, date: src.date ?? record.publishedAt });
  }
  return targets;
}

function resultView(result: ArchiveResult<ArchivedCopy | null>): Node {
  if (!result.ok) return el('span', { class: 'error' }, failureText(result));
  const copy = result.value;
  if (!copy) return el('span', { class: 'muted' }, ARCHIVE_ACTION_TEXT.none);
  const when = copy.capturedAt ? formatCapturedAt(copy.capturedAt) : copy.url;
  return el('span', {}, fill(ARCHIVE_ACTION_TEXT.nearest, when), ' · ', link(copy.url, ARCHIVE_ACTION_TEXT.open, { class: 'capture-url' }));
}

export async function findCopies(record: ArticleRecord, deps: ArchiveDeps, view: PanelView): Promise<void> {
  say(view, ARCHIVE_ACTION_TEXT.searching);
  const targets = lookupTargets(record);
  const results = await Promise.all(targets.map((t) => nearestCapture(t.url, t.date, net(deps))));
  view.results.replaceChildren(
    el('dl', { class: 'archive-found' }, ...targets.flatMap((t, i) => [el('dt', {}, t.label), el('dd', {}, resultView(results[i]))])),
  );
  const failure = results.find((r): r is Extract<typeof r, { ok: false }> => !r.ok);
  say(view, failure && results.every((r) => !r.ok) ? failureText(failure) : ARCHIVE_ACTION_TEXT.found, !failure);
}
