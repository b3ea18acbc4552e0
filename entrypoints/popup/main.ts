import './style.css';
import { browser } from 'wxt/browser';
import { localizePage } from '../../src/i18n';
import { captureChannel, mountArchive } from '../../src/popup/archive-mount';
import { drawCorrected, loadCorrections, type ArticleCorrections } from '../../src/popup/corrections';
import { browserEditor, type SourceTab } from '../../src/popup/editor-wiring';
import { requestRecord } from '../../src/popup/request-record';
import { loadState, type PopupState } from '../../src/popup/state';
import { stateView } from '../../src/popup/state-views';

localizePage();
const root = document.getElementById('app')!;
let tab: (SourceTab & { url?: string }) | undefined;

function show(state: PopupState, corrections?: ArticleCorrections): void {
  root.setAttribute('aria-busy', String(state.view === 'loading'));
  root.replaceChildren(stateView(state, { retry: run, editor: (record) => browserEditor(record, tab!), corrections }));
  mountArchive(root, state, run);
  // Screen readers start at the heading of what is now shown (not the whole view read out).
  const heading = root.querySelector('h1');
  heading?.setAttribute('tabindex', '-1');
  if (state.view !== 'loading') heading?.focus({ preventScroll: true });
}

async function run(): Promise<void> {
  show({ view: 'loading' });
  // The editor's corrections load while the page is asked for its record.
  const corrections = loadCorrections();
  const state = await loadState({
    activeTab: async () => {
      const active = (await browser.tabs.query({ active: true, currentWindow: true }))[0];
      if (active?.id !== undefined) tab = { id: active.id, index: active.index, url: active.url };
      return active;
    },
    requestRecord: async (tabId) => requestRecord(tabId, (await captureChannel(tab?.url)) ?? undefined),
    isCapture: async (url) => (await captureChannel(url)) !== null,
  });
  if (state.view !== 'article' || !tab) return show(state);
  // The article as the editor corrected it; drawn again after each save or reset.
  await drawCorrected(state.record, tab.id, corrections, (record, c) => show({ view: 'article', record }, c));
}

document.getElementById('open-options')?.addEventListener('click', () => void browser.runtime.openOptionsPage());

void run();
