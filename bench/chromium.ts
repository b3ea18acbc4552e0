// Headless Chromium for the browser measurements, shut off from every network but loopback:
// host names do not resolve (except 127.0.0.1) and pages' requests elsewhere are aborted.
import { existsSync } from 'node:fs';
import puppeteer, { type Browser, type LaunchOptions, type Page } from 'puppeteer-core';
import { CHROMIUM_ARGS } from '../scripts/chromium.mjs';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser'];

export function chromiumPath(): string | null {
  return CANDIDATES.find((p): p is string => !!p && existsSync(p)) ?? null;
}

// The project's flags for headless Chromium here (scripts/chromium.mjs), plus the bench's own.
const FLAGS = [
  ...CHROMIUM_ARGS.filter((a) => a !== '--headless=new'),
  '--no-default-browser-check',
  '--disable-domain-reliability',
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
  '--js-flags=--expose-gc',
];

/**
 * `extensions: true` starts Chromium so that unpacked extensions can be installed and removed
 * while it runs (Browser.installExtension, which needs the DevTools pipe).
 */
export async function launchChromium(options: { extensions?: boolean } = {}): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error("Chromium not found (install Debian's chromium or set CHROMIUM_PATH)");
  const launch: LaunchOptions = { executablePath, headless: true, args: [...FLAGS], protocolTimeout: 120_000 };
  if (options.extensions) Object.assign(launch, { pipe: true, enableExtensions: true });
  return puppeteer.launch(launch);
}

const isLoopback = (url: string) => /^(?:https?:\/\/127\.0\.0\.1[:/]|data:|about:|chrome-extension:|blob:)/.test(url);

/**
 * A new tab whose requests may only go to the loopback server; `pages` answers requests for
 * other addresses from memory (a fixture at its real URL, so the content script matches it).
 */
export async function loopbackPage(browser: Browser, pages: Record<string, string> = {}): Promise<Page> {
  const page = await browser.newPage();
  await page.setRequestInterception(true);
  page.on('request', (req) => {
    const body = pages[req.url()];
    if (body !== undefined) void req.respond({ status: 200, contentType: 'text/html; charset=utf-8', body });
    else if (isLoopback(req.url())) void req.continue();
    else void req.abort('blockedbyclient');
  });
  return page;
}
