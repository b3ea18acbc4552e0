// The listing images in store/screenshots/ (made by the e2e run) are there, at the sizes the
// stores take (scripts/store/limits.ts), and store/README.md lists each of them.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../scripts/store/limits';
import { pngSize } from '../../scripts/store/manifest-policy';

const DIR = 'store/screenshots';
const sizes = new Map(readdirSync(DIR).filter((f) => f.endsWith('.png')).map((f) => [f, pngSize(readFileSync(`${DIR}/${f}`))?.join('×')]));
const allowed = (list: readonly (readonly [number, number])[]) => list.map(([w, h]) => `${w}×${h}`);

describe('store screenshots', () => {
  it('Chrome Web Store: screenshots at 1280×800 or 640×400, and the 440×280 small promo tile', () => {
    const [tw, th] = LIMITS.images.chromeSmallPromoTile;
    const tile = `chrome-promo-${tw}x${th}.png`;
    expect(sizes.get(tile)).toBe(`${tw}×${th}`);
    const shots = [...sizes].filter(([f]) => f.startsWith('chrome-') && f !== tile);
    expect(shots.length).toBeGreaterThanOrEqual(1);
    for (const [f, size] of shots) expect(allowed(LIMITS.images.chromeScreenshot), f).toContain(size);
  });

  it('AMO: at least one screenshot, at 1280×800', () => {
    const shots = [...sizes].filter(([f]) => f.startsWith('amo-'));
    expect(shots.length).toBeGreaterThanOrEqual(1);
    for (const [f, size] of shots) expect(size, f).toBe(allowed([LIMITS.images.amoScreenshot])[0]);
  });

  it('store/README.md lists every image, and every image it lists is there', () => {
    const listed = [...readFileSync('store/README.md', 'utf8').matchAll(/`([a-z0-9-]+\.png)`/g)].map((m) => m[1]).sort();
    expect(listed).toEqual([...sizes.keys()].sort());
  });
});
