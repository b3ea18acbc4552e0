// @vitest-environment jsdom
// Downloads through <a download> and a Blob URL: no `downloads` permission.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { downloadFile, REVOKE_AFTER_MS } from '../../src/popup/download';

let blobs: Blob[];

beforeEach(() => {
  blobs = [];
  vi.useFakeTimers();
  // jsdom has no Blob URLs.
  URL.createObjectURL = vi.fn((blob: Blob) => {
    blobs.push(blob);
    return `blob:test/${blobs.length}`;
  });
  URL.revokeObjectURL = vi.fn();
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('downloadFile', () => {
  it('clicks a hidden <a download> with the file name, on a Blob of the right type, then tidies up', async () => {
    const clicked: { href: string; download: string; hidden: boolean; inDocument: boolean }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download, hidden: this.hidden, inDocument: document.body.contains(this) });
    });
    const outcome = downloadFile({ name: 'the-article-5851937.md', mime: 'text/markdown;charset=utf-8', content: '# Title\n\nÉté' });
    expect(outcome).toEqual({ ok: true });
    expect(clicked).toEqual([{ href: 'blob:test/1', download: 'the-article-5851937.md', hidden: true, inDocument: true }]);
    expect(document.querySelector('a')).toBeNull();
    expect(blobs[0].type).toBe('text/markdown;charset=utf-8');
    expect(await blobs[0].text()).toBe('# Title\n\nÉté');
    expect(URL.revokeObjectURL).not.toHaveBeenCalled();
    vi.advanceTimersByTime(REVOKE_AFTER_MS);
    expect(URL.revokeObjectURL).toHaveBeenCalledWith('blob:test/1');
  });

  it('reports a failure as a value', () => {
    URL.createObjectURL = vi.fn(() => {
      throw new Error('quota exceeded');
    });
    expect(downloadFile({ name: 'a.html', mime: 'text/html', content: '' })).toEqual({ ok: false, error: 'quota exceeded' });
  });
});
