// Browser discovery for npm start and the e2e run: environment first (and only, when set),
// then PATH and the install locations of each platform; one line when nothing is found.
import { describe, expect, it } from 'vitest';
import { findBrowser, notFound, type Host } from '../e2e/browsers';

function host(platform: NodeJS.Platform, env: Record<string, string>, files: string[]): Host {
  return { platform, env, isExecutable: (p) => files.includes(p) };
}

describe('findBrowser', () => {
  it('takes CHROMIUM_PATH, then CHROME_PATH, as given', () => {
    const h = host('linux', { CHROME_PATH: '/opt/c/chrome', PATH: '/usr/bin' }, ['/opt/c/chrome', '/usr/bin/chromium']);
    expect(findBrowser('chromium', h)).toEqual({ path: '/opt/c/chrome', from: 'CHROME_PATH' });
    const both = host('linux', { CHROMIUM_PATH: '/x/chromium', CHROME_PATH: '/opt/c/chrome' }, ['/x/chromium', '/opt/c/chrome']);
    expect(findBrowser('chromium', both)?.path).toBe('/x/chromium');
  });

  it('does not replace a wrong path in the environment by another browser, and says which variable is wrong', () => {
    const h = host('linux', { FIREFOX_PATH: '/nowhere/firefox', PATH: '/usr/bin' }, ['/usr/bin/firefox']);
    expect(findBrowser('firefox', h)).toBeNull();
    expect(notFound('firefox', h)).toBe('FIREFOX_PATH=/nowhere/firefox is not an executable file: point it at the Firefox binary, or unset it');
  });

  it('on Linux: the commands on PATH in order (firefox-esr before firefox), then the install folders', () => {
    const h = host('linux', { PATH: '/usr/local/bin:/usr/bin' }, ['/usr/bin/firefox', '/usr/bin/firefox-esr', '/usr/lib/chromium/chromium']);
    expect(findBrowser('firefox', h)?.path).toBe('/usr/bin/firefox-esr');
    expect(findBrowser('chromium', h)?.path).toBe('/usr/lib/chromium/chromium');
    const chrome = host('linux', { PATH: '/usr/bin' }, ['/usr/bin/google-chrome-stable']);
    expect(findBrowser('chromium', chrome)?.path).toBe('/usr/bin/google-chrome-stable');
  });

  it('on macOS: the app bundles in /Applications and ~/Applications', () => {
    const h = host('darwin', { PATH: '/usr/bin', HOME: '/Users/ann' }, ['/Users/ann/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Applications/Firefox.app/Contents/MacOS/firefox']);
    expect(findBrowser('chromium', h)?.path).toBe('/Users/ann/Applications/Google Chrome.app/Contents/MacOS/Google Chrome');
    expect(findBrowser('firefox', h)?.path).toBe('/Applications/Firefox.app/Contents/MacOS/firefox');
  });

  it('on Windows: Program Files, Program Files (x86) and the per-user install', () => {
    const env = { PROGRAMFILES: 'C:\\Program Files', 'PROGRAMFILES(X86)': 'C:\\Program Files (x86)', LOCALAPPDATA: 'C:\\Users\\ann\\AppData\\Local', Path: 'C:\\Windows' };
    const h = host('win32', env, ['C:\\Users\\ann\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe', 'C:\\Program Files (x86)\\Mozilla Firefox\\firefox.exe']);
    expect(findBrowser('chromium', h)?.path).toBe('C:\\Users\\ann\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe');
    expect(findBrowser('firefox', h)?.path).toBe('C:\\Program Files (x86)\\Mozilla Firefox\\firefox.exe');
  });

  it('finds nothing on a machine without the browser, and says in one line what to install or set', () => {
    const h = host('linux', { PATH: '/usr/bin' }, ['/usr/bin/firefox']);
    expect(findBrowser('chromium', h)).toBeNull();
    const line = notFound('chromium', h);
    expect(line).not.toContain('\n');
    expect(line).toMatch(/^no Chromium or Google Chrome found: install .*chromium.* or set CHROMIUM_PATH or CHROME_PATH to its binary$/);
  });
});
