// Renders assets/icon.svg to public/icon/<size>.png (where WXT finds the manifest icons)
// with headless Chromium. Usage: node scripts/make-icons.mjs [path/to/chromium]
import { readFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.mjs';

const SIZES = [16, 32, 48, 96, 128];
const svg = readFileSync(new URL('../assets/icon.svg', import.meta.url), 'utf8');
const browser = await puppeteer.launch({ executablePath: chromiumPath(process.argv[2]), args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage();
  for (const size of SIZES) {
    await page.setViewport({ width: size, height: size, deviceScaleFactor: 1 });
    const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
    await page.setContent(`<style>html,body{margin:0;background:transparent}</style><img src="${src}" width="${size}" height="${size}">`);
    await page.waitForFunction(() => document.images[0].complete);
    const path = new URL(`../public/icon/${size}.png`, import.meta.url).pathname;
    await page.screenshot({ path, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    console.log(`wrote ${path}`);
  }
} finally {
  await browser.close();
}
