import './style.css';
import { withStoredCorrection } from '../../src/corrections/store';
import { ok } from '../../src/messaging';
import { localizePage } from '../../src/i18n';
import { requestRecord } from '../../src/popup/request-record';
import { loadReader, readerStateView, readerTitle, type ReaderState } from '../../src/reader/reader-page';
import { showSiteImages } from '../../src/reader/reader-view';
import { applyTheme, savedTheme, type Theme } from '../../src/reader/theme';

localizePage();
const root = document.getElementById('app')!;

function show(state: ReaderState): void {
  root.setAttribute('aria-busy', String(state.view === 'loading'));
  root.replaceChildren(readerStateView(state, { retry: run }));
  document.title = readerTitle(state);
}

async function run(): Promise<void> {
  show({ view: 'loading' });
  // The article as the editor corrected it in the popup (title, authors, dates, original source).
  show(await loadReader(location.search, async (tabId) => {
    const reply = await requestRecord(tabId);
    return reply.ok ? ok(await withStoredCorrection(reply.value)) : reply;
  }));
}

const theme = savedTheme();
applyTheme(theme);
for (const input of document.querySelectorAll<HTMLInputElement>('#theme input')) {
  input.checked = input.value === theme;
  input.addEventListener('change', () => input.checked && applyTheme(input.value as Theme));
}
document.getElementById('print')!.addEventListener('click', () => window.print());
const showImages = document.getElementById('show-images')!;
showImages.addEventListener('click', () => {
  const { shown, hidden } = showSiteImages(root);
  showImages.textContent = hidden ? `${shown} images shown · ${hidden} from other sites not loaded` : `${shown} images shown`;
});

void run();
