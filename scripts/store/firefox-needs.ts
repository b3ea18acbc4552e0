// Which Firefox version each feature the extension uses needs, from MDN's browser-compat-data
// (the data behind MDN's compatibility tables; AMO's own linter reads it too). The uses come
// from four places:
// - the built manifest: every key (and permission) that BCD lists under webextensions.manifest;
// - the built JavaScript: every `.namespace.member` chain of the WebExtension API (ours and the
//   bundled libraries', e.g. WXT's storage and the polyfill);
// - the built CSS: properties, pseudo-classes and -elements, at-rules and functions;
// - our TypeScript (source-uses.ts): every WebExtension, DOM and JavaScript API it reaches, by
//   type, so an API passed around as a parameter (`action.setBadgeText`) is found too.
import { createRequire } from 'node:module';
import type { CompatData, CompatStatement, Identifier, SimpleSupportStatement } from '@mdn/browser-compat-data/types';
import type { Need, Needs } from './manifest-policy';

export const bcd = createRequire(import.meta.url)('@mdn/browser-compat-data') as CompatData;

/** A feature by its BCD path ("webextensions.api.action.setBadgeText") and where it was seen. */
export interface Use {
  feature: string;
  where: string;
}

type Browser = 'firefox' | 'firefox_android';

/** The node of BCD at a dotted path, or undefined. */
export function bcdAt(path: string): Identifier | undefined {
  let node: unknown = bcd;
  for (const part of path.split('.')) {
    if (!node || typeof node !== 'object' || !Object.hasOwn(node, part)) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node as Identifier;
}

/**
 * The release that brought a feature to a browser: a number, 'unsupported' (never, or
 * removed), or null when BCD does not say. "≤59" counts as 59; a preview-only feature as
 * unsupported. Statements behind a pref (flags) are not what users get, so they are skipped.
 */
export function versionAdded(compat: CompatStatement | undefined, browser: Browser): number | 'unsupported' | null {
  const raw = compat?.support?.[browser];
  if (!raw) return null;
  const statements = (Array.isArray(raw) ? raw : [raw]) as SimpleSupportStatement[];
  const usable = statements.find((s) => !s.flags && !s.prefix && !s.alternative_name);
  if (!usable) return 'unsupported';
  if (usable.version_removed) return 'unsupported';
  const v = usable.version_added;
  if (v === false || v === 'preview') return 'unsupported';
  if (typeof v !== 'string') return null;
  const n = Number(v.replace(/^≤/, ''));
  return Number.isFinite(n) ? n : null;
}

export interface FirefoxNeeds {
  needs: Needs;
  /** Features Firefox lacks (the code must detect them, as it does for action.setBadgeTextColor in old versions). */
  unsupported: Record<Browser, Use[]>;
}

/** The version each use needs, per Firefox (desktop and Android). */
export function firefoxNeeds(uses: Use[]): FirefoxNeeds {
  const out: FirefoxNeeds = { needs: { firefox: [], firefox_android: [] }, unsupported: { firefox: [], firefox_android: [] } };
  const seen = new Set<string>();
  for (const use of uses) {
    if (seen.has(use.feature)) continue;
    seen.add(use.feature);
    const compat = bcdAt(use.feature)?.__compat;
    for (const browser of ['firefox', 'firefox_android'] as const) {
      const v = versionAdded(compat, browser);
      if (v === 'unsupported') out.unsupported[browser].push(use);
      else if (v !== null) out.needs[browser].push({ ...use, version: v } satisfies Need);
    }
  }
  return out;
}

/** Every manifest key (and permission) that BCD knows, with the keys on the way to it. */
export function manifestUses(manifest: Record<string, unknown>): Use[] {
  const uses: Use[] = [];
  const visit = (value: unknown, path: string) => {
    if (path && bcdAt(`webextensions.manifest.${path}`)?.__compat) uses.push({ feature: `webextensions.manifest.${path}`, where: 'manifest.json' });
    if (Array.isArray(value)) {
      for (const item of value) {
        if (typeof item === 'string' && /permissions$/.test(path)) visit(null, `${path}.${item}`);
        else if (item && typeof item === 'object') visit(item, path);
      }
    } else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) visit(child, path ? `${path}.${key}` : key);
    } else if (path === 'manifest_version') {
      visit(null, `manifest_version.v${String(value)}`);
    }
  };
  visit(manifest, '');
  return uses;
}

/** `.runtime.sendMessage`, `.storage.sync.get`: WebExtension API chains in built JavaScript. */
export function bundleApiUses(file: string, js: string): Use[] {
  const api = bcd.webextensions.api as Record<string, Identifier>;
  const uses: Use[] = [];
  for (const m of js.matchAll(/\.([A-Za-z]+)\.([A-Za-z]+)(?:\.([A-Za-z]+))?\b/g)) {
    const [, ns, member, sub] = m as unknown as [string, string, string, string | undefined];
    if (!Object.hasOwn(api, ns) || !Object.hasOwn(api[ns]!, member) || member === '__compat') continue;
    const base = `webextensions.api.${ns}`;
    uses.push({ feature: base, where: file }, { feature: `${base}.${member}`, where: file });
    // storage.sync.get → the StorageArea's get
    if (sub && bcdAt(`${base}.${member}.${sub}`)?.__compat) uses.push({ feature: `${base}.${member}.${sub}`, where: file });
  }
  return uses;
}

/** Properties, pseudo-classes and -elements, at-rules and functions of built CSS. */
export function cssUses(file: string, css: string): Use[] {
  const uses: Use[] = [];
  const add = (feature: string) => {
    if (bcdAt(feature)?.__compat) uses.push({ feature, where: file });
  };
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/"[^"]*"|'[^']*'/g, '""');
  for (const m of text.matchAll(/[{;]\s*([a-z-]+)\s*:/g)) if (!m[1]!.startsWith('--')) add(`css.properties.${m[1]}`);
  for (const m of text.matchAll(/@([a-z-]+)/g)) add(`css.at-rules.${m[1]}`);
  // Selectors: what stands before a "{" (and is not inside a declaration block's value).
  for (const block of text.matchAll(/(?:^|[{}])([^{}]+)\{/g)) {
    for (const p of block[1]!.matchAll(/::?([a-z-]+)/g)) add(`css.selectors.${p[1]}`);
  }
  const functions = cssFunctions();
  for (const m of text.matchAll(/([a-z-]+)\(/g)) {
    const feature = functions.get(m[1]!);
    if (feature) uses.push({ feature, where: file });
  }
  return uses;
}

let functionIndex: Map<string, string> | undefined;
/**
 * CSS function name → its BCD path (css.types.calc, css.types.color.color-mix, …). A name under
 * two types (rect(): clip's old shape and the newer basic shape) cannot be told apart without
 * the property's grammar, so it counts as the older one.
 */
function cssFunctions(): Map<string, string> {
  if (functionIndex) return functionIndex;
  const index = new Map<string, string>();
  const firefox = (path: string) => {
    const v = versionAdded(bcdAt(path)?.__compat, 'firefox');
    return typeof v === 'number' ? v : Infinity;
  };
  const offer = (name: string, path: string) => {
    const had = index.get(name);
    if (!had || firefox(path) < firefox(had)) index.set(name, path);
  };
  for (const [type, node] of Object.entries(bcd.css.types as Record<string, Identifier>)) {
    if (type === '__compat') continue;
    offer(type, `css.types.${type}`);
    for (const fn of Object.keys(node)) if (fn !== '__compat' && /^[a-z-]+$/.test(fn)) offer(fn, `css.types.${type}.${fn}`);
  }
  return (functionIndex = index);
}
