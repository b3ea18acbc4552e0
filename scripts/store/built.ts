// A build folder (.output/chrome-mv3, .output/firefox-mv3) read for the store checks.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { filesUnder } from './files';
import { bundleApiUses, cssUses, firefoxNeeds, manifestUses, type FirefoxNeeds, type Use } from './firefox-needs';
import { storePolicyProblems, type BuiltExtension, type Manifest } from './manifest-policy';
import { sourceUses } from './source-uses';

export function readBuild(dir: string, browser: 'chrome' | 'firefox'): BuiltExtension {
  const localesDir = join(dir, '_locales');
  return {
    browser,
    manifest: JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest,
    readFile: (path) => {
      const full = join(dir, path);
      return existsSync(full) && statSync(full).isFile() ? readFileSync(full) : null;
    },
    locales: existsSync(localesDir) ? readdirSync(localesDir).filter((l) => statSync(join(localesDir, l)).isDirectory()).sort() : [],
  };
}

/** What the built files use: the manifest's keys, the bundles' WebExtension calls, the stylesheets' features. */
export function buildUses(dir: string, manifest: Manifest): Use[] {
  const uses = manifestUses(manifest);
  for (const file of filesUnder(dir)) {
    const name = relative(dir, file);
    if (file.endsWith('.js')) uses.push(...bundleApiUses(name, readFileSync(file, 'utf8')));
    if (file.endsWith('.css')) uses.push(...cssUses(name, readFileSync(file, 'utf8')));
  }
  return uses;
}

export interface StoreCheck {
  dir: string;
  problems: string[];
  firefox: FirefoxNeeds | null;
}

/**
 * The store policy on one build. `sources` are the uses of our TypeScript (sourceUses), found
 * once for both builds; they count for Firefox only (Chrome declares no minimum version).
 */
export function checkBuild(dir: string, browser: 'chrome' | 'firefox', sources: Use[] = []): StoreCheck {
  const ext = readBuild(dir, browser);
  if (browser === 'chrome') return { dir, problems: storePolicyProblems(ext), firefox: null };
  const firefox = firefoxNeeds([...buildUses(dir, ext.manifest), ...sources]);
  return { dir, problems: storePolicyProblems(ext, firefox.needs), firefox };
}

/** Our TypeScript's uses, for checkBuild. */
export const projectSourceUses = (root = process.cwd()) => sourceUses(root, ['src', 'entrypoints']);
