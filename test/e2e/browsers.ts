// The two browsers the e2e run drives: Debian's packages (.ci/run installs them with apt-get),
// or another binary named by CHROMIUM_PATH / FIREFOX_PATH.
import { accessSync, constants } from 'node:fs';

const BROWSERS = {
  chromium: { env: 'CHROMIUM_PATH', path: '/usr/bin/chromium', apt: 'chromium' },
  firefox: { env: 'FIREFOX_PATH', path: '/usr/bin/firefox-esr', apt: 'firefox-esr' },
} as const;

export type BrowserName = keyof typeof BROWSERS;

export function browserPath(name: BrowserName): string {
  const b = BROWSERS[name];
  return process.env[b.env] || b.path;
}

/** One line for each browser that is not there (not a silent pass: the run stops on it). */
export function missingBrowsers(names: BrowserName[] = ['chromium', 'firefox']): string[] {
  return names.flatMap((name) => {
    const path = browserPath(name);
    try {
      accessSync(path, constants.X_OK);
      return [];
    } catch {
      const b = BROWSERS[name];
      return [`e2e: ${path} not found: install it (apt-get install ${b.apt}) or set ${b.env} to the ${name} binary`];
    }
  });
}
