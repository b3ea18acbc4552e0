// The editor's corrections in the popup: the first bundle's part (the rest loads on use).
// The article's stored correction is read while the page is asked for its record and applied
// before the article is drawn, so what the popup shows and every action it takes
// (attribution, exports, citations) use the editor's values; saving or resetting draws the
// article again (article-corrections.ts, one chunk loaded as the popup opens). The Edit
// button opens the form (correction-editor.ts); each value's source, the "corrected" marks
// and "Report a problem" come after the first paint (field-notes.ts).
import type { CorrectedValues, Correction } from '../corrections/correction';
import type { ArticleRecord } from '../extract/record';
import { t } from '../i18n';
import type { Status } from './action-bar';
import { el } from './dom';

/** What the article view needs to show and change the editor's corrections. */
export interface ArticleCorrections {
  /** The record as the page gave it (the view shows it corrected). */
  original: ArticleRecord;
  /** The article's stored correction, or null. */
  correction: Correction | null;
  /** What the save or reset that drew this view did (said once the view is there). */
  after?: Status;
  /** Keeps the values that differ from the page's (none: the correction is removed), then draws the article again. Rejects with the problem. */
  save(values: CorrectedValues): Promise<void>;
  /** Removes the article's correction, then draws the article again. */
  reset(): Promise<void>;
  /** Saves the problem report as a download; the outcome to say. */
  report(): Promise<Status>;
  /** Opens the correction form in the article view. */
  edit(view: HTMLElement): Promise<void>;
  /** Adds each value's source, the corrected marks and "Report a problem" to the article view. */
  annotate(view: HTMLElement, record: ArticleRecord): void;
}

/** Draws the article: its record as corrected. */
export type Draw = (record: ArticleRecord, corrections?: ArticleCorrections) => void;

type Loaded = typeof import('./article-corrections');
/** Starts loading the corrections with the popup (null if they cannot load: the popup then shows the page's values). */
export const loadCorrections = (): Promise<Loaded | null> => import('./article-corrections').catch(() => null);

export async function drawCorrected(original: ArticleRecord, tabId: number, loading: Promise<Loaded | null>, draw: Draw): Promise<void> {
  const loaded = await loading;
  return loaded ? loaded.drawCorrected(original, tabId, draw) : draw(original);
}

/** The masthead's Edit button: opens the correction form in place of the title and dates. */
export function editButton(corrections: ArticleCorrections): HTMLButtonElement {
  const button = el('button', { type: 'button', class: 'edit-button', 'data-action': 'edit-correction', title: t('correct.editTitle') }, t('correct.edit'));
  button.addEventListener('click', () => void corrections.edit(button.closest('article')!).catch(() => undefined));
  return button;
}

/** After the first paint: each value's source on hover and focus, the corrected marks, "Report a problem". */
export function annotateLater(view: HTMLElement, record: ArticleRecord, corrections?: ArticleCorrections): void {
  if (corrections) setTimeout(() => corrections.annotate(view, record), 0);
}
