// The Wayback content script follows its optional permission: registered when web.archive.org
// is allowed, gone when it is taken back, and never before.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background';
import { ARCHIVE_ORIGINS, CAPTURE_MATCHES } from '../../src/archive/addresses';
import { syncWaybackScript, WAYBACK_SCRIPT_ID } from '../../src/background/wayback-script';
import { SITES } from '../../src/extract/sites';
import { installArchiveApis, type FakeArchiveApis } from '../helpers/fake-archive-apis';

let apis: FakeArchiveApis;
beforeEach(() => {
  fakeBrowser.reset();
  apis = installArchiveApis();
});

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('the Wayback content script', () => {
  it('is not registered while web.archive.org is not allowed', async () => {
    expect(await syncWaybackScript(fakeBrowser)).toBe(false);
    expect(apis.registered.size).toBe(0);
  });

  it('is registered by the background when the permission is granted, and removed when it is taken back', async () => {
    background.main();
    await settle();
    expect(apis.registered.size).toBe(0);
    apis.grant(ARCHIVE_ORIGINS);
    await settle();
    expect(apis.registered.get(WAYBACK_SCRIPT_ID)).toMatchObject({ matches: CAPTURE_MATCHES, js: ['/content-scripts/wayback.js'] });
    apis.revoke(ARCHIVE_ORIGINS);
    await settle();
    expect(apis.registered.size).toBe(0);
  });

  it('is registered once, however often it is asked', async () => {
    apis.grant(ARCHIVE_ORIGINS);
    await syncWaybackScript(fakeBrowser);
    await syncWaybackScript(fakeBrowser);
    expect(apis.registered.size).toBe(1);
  });

  it('matches captures of every host of both sites', () => {
    for (const host of SITES.flatMap((s) => s.hosts)) {
      const url = `https://web.archive.org/web/20151003123456/https://${host}/some-article/5479551`;
      const matched = CAPTURE_MATCHES.some((p) => new RegExp(`^${p.replace(/[.?]/g, '\\$&').replaceAll('*', '.*')}$`).test(url));
      expect(matched, host).toBe(true);
    }
  });
});
