// What the Archive panel's buttons do, loaded on their first click (archive-panel.ts): Save
// Page Now with its progress and outcome, and the availability lookups. Every outcome,
// failures included, ends in the panel's status line; nothing throws past it. Words:
// locales/*.yml, `archive.*`.
import { nearestCapture } from '../archive/availability';
import type { ArchiveFailure, ArchiveResult, ArchivedCopy } from '../archive/results';
import { savePageNow } from '../archive/save-page-now';
import type { ArticleRecord } from '../extract/record';
import { t } from '../i18n';
import { formatCapturedAt, type ArchiveDeps } from './archive-panel';
import { el, link } from './dom';
import { isOwnPublisher, siteName } from './site';

export interface PanelView {
  status: HTMLElement;
  results: HTMLElement;
}

function failureText(r: { failure: ArchiveFailure; status?: number }): string {
  switch (r.failure) {
    case 'rate-limited':
      return t('archive.rateLimited');
    case 'blocked':
      return t('archive.blocked');
    case 'offline':
      return t('archive.offline');
    case 'unreachable':
      return t('archive.unreachable');
    case 'server':
      return t('archive.server', [String(r.status ?? '')]);
    case 'timeout':
      return t('archive.timeout');
    case 'no-address':
      return t('archive.noAddress');
    case 'unexpected':
      return t('archive.unexpected');
  }
}

function say(view: PanelView, text: string, ok = true): void {
  view.status.classList.toggle('error', !ok);
  view.status.textContent = text;
}

const net = (deps: ArchiveDeps) => ({ fetch: deps.fetch, online: deps.online });

export async function archiveNow(record: ArticleRecord, deps: ArchiveDeps, view: PanelView): Promise<void> {
  say(view, t('archive.archiving'));
  view.results.replaceChildren(el('progress', { class: 'archive-progress', 'aria-label': t('archive.archiving') }));
  const result = await savePageNow(record.canonicalUrl, net(deps));
  if (!result.ok) {
    view.results.replaceChildren();
    return say(view, failureText(result), false);
  }
  const copy = result.value;
  const copyButton = el('button', { type: 'button', class: 'button', id: 'copy-capture' }, t('archive.copyAddress'));
  copyButton.addEventListener('click', () => {
    void deps.copy(copy.url).then(
      (r) => say(view, r.ok ? t('archive.copied') : t('archive.copyFailed'), r.ok),
      () => say(view, t('archive.copyFailed'), false),
    );
  });
  view.results.replaceChildren(
    el('p', { class: 'archived-copy' }, t('archive.newCapture'), ' ', link(copy.url, copy.url, { class: 'capture-url' })),
    copyButton,
  );
  deps.onArchived(copy);
  say(view, t('archive.archived', [copy.capturedAt ? formatCapturedAt(copy.capturedAt) : copy.url]));
}

interface Target {
  label: string;
  url: string;
  date: string | null;
}

/** The article's page, and for a cross-post its original (links to originals die). */
export function lookupTargets(record: ArticleRecord): Target[] {
  const targets: Target[] = [{ label: t('archive.sitePage', [siteName(record.site)]), url: record.canonicalUrl, date: record.publishedAt }];
  const src = record.originalSource;
  if (src?.url && !isOwnPublisher(src.publisher)) {
    targets.push({ label: t('archive.originalPage', [src.publisher]), url: src.url, date: src.date ?? record.publishedAt });
  }
  return targets;
}

function resultView(result: ArchiveResult<ArchivedCopy | null>): Node {
  if (!result.ok) return el('span', { class: 'error' }, failureText(result));
  const copy = result.value;
  if (!copy) return el('span', { class: 'muted' }, t('archive.none'));
  const when = copy.capturedAt ? formatCapturedAt(copy.capturedAt) : copy.url;
  return el('span', {}, when, ' · ', link(copy.url, t('archive.open'), { class: 'capture-url' }));
}

export async function findCopies(record: ArticleRecord, deps: ArchiveDeps, view: PanelView): Promise<void> {
  say(view, t('archive.searching'));
  const targets = lookupTargets(record);
  const results = await Promise.all(targets.map((t) => nearestCapture(t.url, t.date, net(deps))));
  view.results.replaceChildren(
    el('dl', { class: 'archive-found' }, ...targets.flatMap((t, i) => [el('dt', {}, t.label), el('dd', {}, resultView(results[i]))])),
  );
  const failure = results.find((r): r is Extract<typeof r, { ok: false }> => !r.ok);
  say(view, failure && results.every((r) => !r.ok) ? failureText(failure) : t('archive.found'), !failure);
}
