// What the popup says of each value, added after the first paint (corrections.ts loads this
// module with import()): where the value came from on the page ("h1", "json-ld", "date
// line", …, the record's `evidence`), that another source says otherwise
// (`evidence["<field>.disagrees"]`), and that the editor corrected it, with the page's value.
//
// Each row of a value (`[data-field]`, parts.ts) gets an accessible description and, when it
// holds nothing focusable, a place in the tab order; one small tip shows the description on
// hover and on keyboard focus (it can be hovered, and Escape hides it: WCAG 1.4.13). A row
// whose sources disagree, or whose value is the editor's, carries a small mark (drawn by CSS,
// so the value's own text is unchanged). Also the "Report a problem" part of Details.
import { correctedFields, type CorrectableField } from '../corrections/correction';
import type { ArticleRecord } from '../extract/record';
import { t, uiLang } from '../i18n';
import { errorText } from '../messaging';
import type { Status } from './action-bar';
import type { ArticleCorrections } from './corrections';
import './corrections.css';
import { el } from './dom';
import { formatDate } from './format';
import { section } from './parts';
import { sourceKey } from './source-names';

/** A source name in the UI's language (source-names.ts). */
export function sourceName(source: string): string {
  const key = sourceKey(source);
  return key ? t(key) : source;
}

/** What the popup says of one value: its lines, and the mark its row carries (none, "corrected", "≠"). */
export interface FieldNote {
  lines: string[];
  mark: string | null;
}

/** The note of field `field`, or null when there is nothing to say (no source known, not corrected). */
export function fieldNote(field: string, record: ArticleRecord, corrections?: ArticleCorrections): FieldNote | null {
  const evidence = record.evidence as Record<string, string | undefined>;
  const corrected = corrections !== undefined && (correctedFields(corrections.correction) as string[]).includes(field);
  const lines: string[] = [];
  if (corrected) {
    const was = (corrections.original.evidence as Record<string, string | undefined>)[field];
    lines.push(t('evidence.corrected'), t('evidence.onThePage', [pageValue(field as CorrectableField, corrections.original)]));
    if (was) lines.push(t('evidence.source', [sourceName(was)]));
  } else if (evidence[field]) lines.push(t('evidence.source', [sourceName(evidence[field])]));
  const disagrees = corrected ? undefined : evidence[`${field}.disagrees`];
  if (disagrees) lines.push(t('evidence.disagrees', [disagreement(disagrees)]));
  if (!lines.length) return null;
  return { lines, mark: corrected ? t('evidence.correctedMark') : disagrees ? '≠' : null };
}

/** "json-ld: 2021-03-10": the source's name in the UI's language, a date as the UI writes it. */
function disagreement(text: string): string {
  const at = text.indexOf(': ');
  if (at < 0) return text;
  const value = text.slice(at + 2);
  return t('evidence.sourceSays', [sourceName(text.slice(0, at)), /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDate(value, uiLang()) : value]);
}

/** A corrected field's value as the page gave it, in one line. */
export function pageValue(field: CorrectableField, r: ArticleRecord): string {
  const none = t('evidence.none');
  const date = (iso: string | null) => (iso ? formatDate(iso, uiLang()) : null);
  switch (field) {
    case 'title':
      return r.title;
    case 'authors':
      return r.authors.map((a) => a.name).join(', ') || none;
    case 'publishedAt':
      return date(r.publishedAt) ?? none;
    case 'originalSource': {
      const s = r.originalSource;
      return s ? [s.publisher, date(s.date), s.url].filter(Boolean).join(', ') : none;
    }
  }
}

const FOCUSABLE = 'a[href], button, input, select, textarea, summary, [tabindex]';
/** The tip stays small: a long line (a page value with its link) is cut; the row's description keeps it whole. */
const TIP_LINE = 90;
const tipLine = (line: string) => (line.length > TIP_LINE ? `${line.slice(0, TIP_LINE - 1).trimEnd()}…` : line);
let ids = 0;

/** Adds the notes to the article view, the tip that shows them, and the report part; marks the view `data-notes="ready"`. */
export function annotate(view: HTMLElement, record: ArticleRecord, corrections?: ArticleCorrections): void {
  const descriptions = el('div', { class: 'field-notes', hidden: '' });
  for (const row of view.querySelectorAll<HTMLElement>('[data-field]')) {
    const note = fieldNote(row.dataset.field!, record, corrections);
    if (!note) continue;
    const id = `field-note-${++ids}`;
    descriptions.append(el('span', { id }, note.lines.map((line) => (/[.!?…]$/.test(line) ? line : `${line}.`)).join(' ')));
    row.setAttribute('aria-describedby', [row.getAttribute('aria-describedby'), id].filter(Boolean).join(' '));
    row.dataset.note = note.lines.map(tipLine).join('\n');
    if (note.mark) row.dataset.mark = note.mark;
    // A row with a link in it is reached through the link; any other row gets a tab stop of its own.
    const reachable = (row.matches(FOCUSABLE) && row.tabIndex >= 0) || row.querySelector(FOCUSABLE) !== null;
    if (!reachable) {
      row.tabIndex = 0;
      // The heading the popup focused as it opened (main.ts) stays without a ring until the
      // focus leaves it: a ring there looked like a selection to a pointer user.
      if (row === row.ownerDocument.activeElement) {
        row.classList.add('quiet-focus');
        row.addEventListener('blur', () => row.classList.remove('quiet-focus'), { once: true });
      }
    }
  }
  view.append(descriptions, tip(view));
  if (corrections) view.querySelector('details.more')?.append(reportPart(corrections));
  if (corrections?.after) afterChange(view, corrections.after);
  view.dataset.notes = 'ready';
}

/** After a save or a reset: the focus back on Edit, the outcome in the popup's status line. */
function afterChange(view: HTMLElement, status: Status): void {
  view.querySelector<HTMLElement>('[data-action="edit-correction"]')?.focus();
  const line = view.querySelector('.action-status');
  // A moment after the view is in the page, so that screen readers hear the live region change.
  if (line) setTimeout(() => (line.textContent = status.text), 50);
}

/** Whether the last input was a key (the focus moved with the keyboard), not the pointer. */
let keyboard = false;
let listening = false;
function listenForKeyboard(doc: Document): void {
  if (listening) return;
  listening = true;
  doc.addEventListener('keydown', () => (keyboard = true), true);
  doc.addEventListener('pointerdown', () => (keyboard = false), true);
}

/** One tip for the whole view: shown beside the row under the pointer or the keyboard focus. */
function tip(view: HTMLElement): HTMLElement {
  const box = el('div', { class: 'field-tip', 'aria-hidden': 'true' });
  box.hidden = true;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  const rowOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLElement>('[data-note]') : null);
  const show = (row: HTMLElement) => {
    clearTimeout(hideTimer);
    box.textContent = row.dataset.note!;
    box.hidden = false;
    const r = row.getBoundingClientRect();
    const { width, height } = box.getBoundingClientRect();
    const below = r.bottom + 4;
    box.style.top = `${below + height > window.innerHeight - 4 ? Math.max(4, r.top - height - 4) : below}px`;
    box.style.left = `${Math.max(8, Math.min(r.left, window.innerWidth - width - 8))}px`;
  };
  const hide = () => {
    clearTimeout(hideTimer);
    box.hidden = true;
  };
  // Leaving a row for its tip keeps the tip (it can be hovered).
  const hideSoon = () => {
    clearTimeout(hideTimer);
    hideTimer = setTimeout(hide, 150);
  };
  listenForKeyboard(view.ownerDocument);
  view.addEventListener('mouseover', (e) => {
    const row = rowOf(e.target);
    if (row) show(row);
    else if (!box.contains(e.target as Node)) hideSoon();
  });
  view.addEventListener('mouseleave', hideSoon);
  box.addEventListener('mouseenter', () => clearTimeout(hideTimer));
  // The heading takes the focus when the popup opens: a tip shows only for focus moved with the keyboard.
  view.addEventListener('focusin', (e) => {
    const row = rowOf(e.target);
    if (row && keyboard) show(row);
    else hide();
  });
  view.addEventListener('focusout', hide);
  view.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape' || box.hidden) return;
    // Escape hides the tip and leaves the popup open (the browser would close it).
    e.preventDefault();
    e.stopPropagation();
    hide();
  });
  view.ownerDocument.defaultView?.addEventListener('scroll', hide, { passive: true });
  return box;
}

/** Details ▸ "Report a problem with this page": saves the report file; nothing is sent. */
function reportPart(corrections: ArticleCorrections): HTMLElement {
  const status = el('p', { class: 'report-status', role: 'status' });
  const button = el('button', { type: 'button', class: 'link-button', 'data-action': 'report-problem', 'aria-describedby': 'report-hint' }, t('report.button'));
  let busy = false;
  button.addEventListener('click', async () => {
    if (busy) return;
    busy = true;
    status.textContent = '';
    const outcome = await corrections.report().catch((err: unknown) => ({ ok: false, text: t('report.failed', [errorText(err)]) }));
    status.classList.toggle('error', !outcome.ok);
    status.textContent = outcome.text;
    busy = false;
  });
  return section(t('report.heading'), { class: 'report' }, el('p', { id: 'report-hint', class: 'hint' }, t('report.hint')), button, status);
}
