import './style.css';
import { browser } from 'wxt/browser';
import { requestRecord } from '../../src/popup/request-record';
import { loadState, type PopupState } from '../../src/popup/state';
import { stateView } from '../../src/popup/state-views';

const root = document.getElementById('app')!;
const show = (state: PopupState) => root.replaceChildren(stateView(state, { retry: run }));

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
