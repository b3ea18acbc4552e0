// Where the browsers are, for the e2e run and `npm start`: the binary named by an environment
// variable, else the first found on PATH or in the standard install locations of Linux, macOS
// and Windows. (.ci/run installs Debian's chromium and firefox-esr with apt-get.)
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join, win32 } from 'node:path';

export type BrowserName = 'chromium' | 'firefox';

const BROWSERS = {
  chromium: {
    label: 'Chromium or Google Chrome',
    env: ['CHROMIUM_PATH', 'CHROME_PATH'],
    install: 'install Chromium (Debian/Ubuntu: apt-get install chromium) or Google Chrome',
    commands: ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'],
    linux: ['/usr/lib/chromium/chromium', '/snap/bin/chromium', '/opt/google/chrome/chrome'],
    darwin: ['Chromium.app/Contents/MacOS/Chromium', 'Google Chrome.app/Contents/MacOS/Google Chrome'],
    win32: ['Google\\Chrome\\Application\\chrome.exe', 'Chromium\\Application\\chrome.exe'],
  },
  firefox: {
    label: 'Firefox',
    env: ['FIREFOX_PATH'],
    install: 'install Firefox 140 or newer (Debian: apt-get install firefox-esr)',
    commands: ['firefox-esr', 'firefox'],
    linux: ['/usr/lib/firefox-esr/firefox-esr', '/usr/lib/firefox/firefox', '/snap/bin/firefox', '/opt/firefox/firefox'],
    darwin: ['Firefox.app/Contents/MacOS/firefox'],
    win32: ['Mozilla Firefox\\firefox.exe'],
  },
} as const;

/** What the lookup reads: the environment, the platform, and whether a path is an executable file. */
export interface Host {
  env: Record<string, string | undefined>;
  platform: NodeJS.Platform;
  isExecutable(path: string): boolean;
}

export const THIS_HOST: Host = { env: process.env, platform: process.platform, isExecutable };

/**
 * The browser's binary, or null. A path given in the environment is the user's choice: it is
 * taken as it is (and reported if it is not there), never replaced by another browser.
 */
export function findBrowser(name: BrowserName, host: Host = THIS_HOST): { path: string; from: string } | null {
  const b = BROWSERS[name];
  const given = b.env.find((v) => host.env[v]);
  if (given) return host.isExecutable(host.env[given]!) ? { path: host.env[given]!, from: given } : null;
  const path = candidates(name, host).find((p) => host.isExecutable(p));
  return path ? { path, from: 'search' } : null;
}

/** Where to look, in order: the command names on PATH, then the platform's install folders. */
export function candidates(name: BrowserName, host: Host): string[] {
  const b = BROWSERS[name];
  const { env, platform } = host;
  const path = platform === 'win32' ? win32 : { join, delimiter };
  const exe = platform === 'win32' ? '.exe' : '';
  const onPath = (env.PATH ?? env.Path ?? '').split(path.delimiter).filter(Boolean).flatMap((dir) => b.commands.map((c) => path.join(dir, c + exe)));
  if (platform === 'darwin') {
    return [...onPath, ...['/Applications', env.HOME && `${env.HOME}/Applications`].filter(Boolean).flatMap((dir) => b.darwin.map((app) => `${dir}/${app}`))];
  }
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((r): r is string => !!r);
    return [...roots.flatMap((root) => b.win32.map((rel) => win32.join(root, rel))), ...onPath];
  }
  return [...onPath, ...b.linux];
}

/** One line: what to install or set. */
export function notFound(name: BrowserName, host: Host = THIS_HOST): string {
  const b = BROWSERS[name];
  const given = b.env.find((v) => host.env[v]);
  if (given) return `${given}=${host.env[given]} is not an executable file: point it at the ${b.label} binary, or unset it`;
  return `no ${b.label} found: ${b.install}, or set ${b.env.join(' or ')} to its binary`;
}

/** The binary for the e2e run; throws the one-line message when there is none. */
export function browserPath(name: BrowserName): string {
  const found = findBrowser(name);
  if (!found) throw new Error(`e2e: ${notFound(name)}`);
  return found.path;
}

/** One line for each browser that is not there (not a silent pass: the run stops on it). */
export function missingBrowsers(names: BrowserName[] = ['chromium', 'firefox']): string[] {
  return names.filter((name) => !findBrowser(name)).map((name) => `e2e: ${notFound(name)}`);
}

function isExecutable(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    if (process.platform !== 'win32') accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
