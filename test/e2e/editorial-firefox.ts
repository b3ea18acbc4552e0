// The editorial actions in Firefox ESR, for one fixture page, in the popup page that
// firefox.ts opens beside the fixture's tab: buttons clicked over Marionette (trusted clicks,
// so the clipboard sees a user gesture), the system clipboard read back from the browser
// chrome (nsIClipboard), and the reader view tab inspected. Called by firefox.ts.
import type { ArticleRecord, ExtractResult } from '../../src/extract/record';
import type { Fixture } from '../helpers/fixtures';
import { expected, htmlKeeps, markdownAgrees, type ClipboardRead } from './editorial-expect';
import type { Marionette } from './marionette';
import type { Check } from './popup-checks';

export async function checkEditorialFirefox(m: Marionette, popup: string, fx: Fixture, check: Check): Promise<void> {
  const label = `${fx.name}: editorial (Firefox)`;
  await m.send('WebDriver:SwitchToWindow', { handle: popup, focus: false });
  if (fx.expected.kind !== 'article') {
    check(!(await m.run<boolean>(`return !!document.querySelector('.actions');`)), `${label}: no actions on a page that is not an article`);
    return;
  }
  const record = await recordSeenBy(m, fx.expected.url);
  check(record?.kind === 'article', `${label}: the popup's tab has an article record`);
  if (record?.kind !== 'article') return;
  const want = expected(record);

  let read = await clickAndRead(m, '[data-action="copy-attribution"]');
  check(read.text === want.attribution.text, `${label}: attribution text/plain on the clipboard`);
  check(htmlKeeps(read.html, want.attribution.html), `${label}: attribution text/html on the clipboard`);
  check((await statusText(m)) === 'Attribution copied.', `${label}: "Attribution copied." shown`);

  await click(m, '[data-action="toggle-export-panel"]');
  await waitFor(m, `!!document.querySelector('[data-action="copy-export"]')`);
  read = await clickAndRead(m, '[data-action="copy-export"]');
  check(markdownAgrees(read.text, want.markdown), `${label}: Markdown export on the clipboard (${read.text?.length} chars, want ${want.markdown.length})`);
  await click(m, '#export-panel input[value="html"] + span');
  read = await clickAndRead(m, '[data-action="copy-export"]');
  check(read.text === want.htmlDocument, `${label}: HTML document source as text/plain`);
  check(htmlKeeps(read.html, want.attribution.html), `${label}: the article with its attribution as text/html`);

  await click(m, '[data-action="toggle-cite-panel"]');
  await waitFor(m, `!!document.querySelector('[data-action="copy-citation"]')`);
  for (const c of want.citations) {
    await click(m, `#cite-panel input[value="${c.id}"] + span`);
    await waitFor(m, `document.querySelector('[data-action="copy-citation"]').textContent === ${JSON.stringify(`Copy ${c.label}`)}`);
    read = await clickAndRead(m, '[data-action="copy-citation"]');
    check(read.text === c.text, `${label}: ${c.label} citation on the clipboard`);
  }

  await readerView(m, record, label, check);
  await m.send('WebDriver:SwitchToWindow', { handle: popup, focus: false });
}

/** The record the popup got: asked again, from the popup page, of the fixture tab's content script. */
async function recordSeenBy(m: Marionette, url: string): Promise<ExtractResult | null> {
  const reply = await m.send<{ value: { ok: boolean; value: ExtractResult } | null }>('WebDriver:ExecuteAsyncScript', {
    script: `const [path, done] = arguments;
      browser.tabs.query({})
        .then((tabs) => tabs.find((t) => t.url && t.url.split('://')[1] === path))
        .then((tab) => browser.tabs.sendMessage(tab.id, { protocol: 'gr-provenance/1', type: 'getRecord' }))
        .then(done, () => done(null));`,
    args: [url.replace(/^https?:\/\//, '')],
  });
  return reply.value?.ok ? reply.value.value : null;
}

export async function find(m: Marionette, selector: string): Promise<string> {
  const { value } = await m.send<{ value: Record<string, string> }>('WebDriver:FindElement', { using: 'css selector', value: selector });
  return Object.values(value)[0];
}

export async function click(m: Marionette, selector: string): Promise<void> {
  await m.send('WebDriver:ElementClick', { id: await find(m, selector) });
}

export async function waitFor(m: Marionette, condition: string, timeoutMs = 10_000): Promise<void> {
  for (const end = Date.now() + timeoutMs; Date.now() < end; ) {
    if (await m.run<boolean>(`return Boolean(${condition});`)) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`e2e: timed out waiting for ${condition}`);
}

function statusText(m: Marionette): Promise<string> {
  return m.run<string>(`return document.querySelector('.action-status').textContent;`);
}

/** Empties the clipboard, clicks, waits for the status line, and reads the clipboard back from the chrome. */
export async function clickAndRead(m: Marionette, selector: string): Promise<ClipboardRead> {
  await inChrome(m, `Services.clipboard.emptyClipboard(Ci.nsIClipboard.kGlobalClipboard);`);
  await m.run(`document.querySelector('.action-status').textContent = '';`);
  await click(m, selector);
  await waitFor(m, `document.querySelector('.action-status').textContent !== ''`);
  const flavors = await inChrome<Record<string, string | null>>(
    m,
    `const read = (flavor) => {
       const t = Cc['@mozilla.org/widget/transferable;1'].createInstance(Ci.nsITransferable);
       t.init(null);
       t.addDataFlavor(flavor);
       Services.clipboard.getData(t, Ci.nsIClipboard.kGlobalClipboard, null);
       const out = {};
       try { t.getTransferData(flavor, out); } catch { return null; }
       return out.value.QueryInterface(Ci.nsISupportsString).data;
     };
     return { text: read('text/plain'), html: read('text/html') };`,
  );
  return { text: flavors.text ?? null, html: flavors.html ?? null };
}

export async function inChrome<T>(m: Marionette, script: string): Promise<T> {
  await m.send('Marionette:SetContext', { value: 'chrome' });
  try {
    return await m.run<T>(script);
  } finally {
    await m.send('Marionette:SetContext', { value: 'content' });
  }
}

async function readerView(m: Marionette, record: ArticleRecord, label: string, check: Check): Promise<void> {
  const before = new Set(await m.send<string[]>('WebDriver:GetWindowHandles'));
  // A real popup closes itself after opening the reader; this one is a tab the suite closes,
  // so its window.close() is counted instead (Marionette's scripts run in the page's own realm).
  await m.run(`window.closeCalls = 0; window.close = () => { window.closeCalls++; };`);
  await click(m, '[data-action="open-reader"]');
  let reader: string | undefined;
  for (let i = 0; i < 100 && !reader; i++) {
    reader = (await m.send<string[]>('WebDriver:GetWindowHandles')).find((h) => !before.has(h));
    if (!reader) await new Promise((r) => setTimeout(r, 100));
  }
  check(reader !== undefined, `${label}: Reader view opens a tab`);
  if (!reader) return;
  check((await m.run<number>(`return window.closeCalls;`)) === 1, `${label}: the popup closes itself after opening the reader`);
  await m.send('WebDriver:SwitchToWindow', { handle: reader, focus: false });
  await waitFor(m, `document.querySelector('.reader h1, .state-error')`, 20_000);
  const seen = await m.run<{ url: string; h1: string | null; title: string; notice: string | null; unsafe: number }>(
    `return {
       url: location.href,
       h1: document.querySelector('.reader h1')?.textContent ?? null,
       title: document.title,
       notice: document.querySelector('.notice .notice-text')?.textContent ?? null,
       unsafe: document.querySelectorAll('.reader-body script, .reader-body iframe, .reader-body style, .reader-body form, .reader-body [onerror], .reader-body [onclick]').length,
     };`,
  );
  check(/^moz-extension:\/\/[^/]+\/reader\.html\?tab=\d+$/.test(seen.url), `${label}: reader view at ${seen.url}`);
  check(seen.h1 === record.title, `${label}: reader view shows the title`);
  check(seen.title === `${record.title} · Reader view`, `${label}: reader tab title`);
  check(record.republication === null || seen.notice === record.republication.notice, `${label}: reader view ends with the notice`);
  check(seen.unsafe === 0, `${label}: nothing that runs in the reader body`);
  await m.send('WebDriver:CloseWindow');
}
