import './style.css';
import { browser } from 'wxt/browser';
import { requestRecord } from '../../src/popup/request-record';
import { loadState, type PopupState } from '../../src/popup/state';
import { stateView } from '../../src/popup/state-views';

const root = document.getElementById('app')!;

function show(state: PopupState): void {
  root.setAttribute('aria-busy', String(state.view === 'loading'));
  root.replaceChildren(stateView(state, { retry: run }));
  // Screen readers start at the heading of what is now shown (not the whole view read out).
  const heading = root.querySelector('h1');
  heading?.setAttribute('tabindex', '-1');
  if (state.view !== 'loading') heading?.focus({ preventScroll: true });
}

async function run(): Promise<void> {
  show({ view: 'loading' });
  show(
    await loadState({
      activeTab: async () => (await browser.tabs.query({ active: true, currentWindow: true }))[0],
      requestRecord: (tabId) => requestRecord(tabId),
    }),
  );
}

void run();
