// Clipboard writes: rich (text/html + text/plain in one item) where the browser can, plain
// text otherwise, and every failure as a value.
import { describe, expect, it, vi } from 'vitest';
import { copyToClipboard, type ClipboardEnv } from '../../src/popup/clipboard';
import { JSDOM } from 'jsdom';

// The HTML export and the clipboard sanitise again, in the window they run in: jsdom's stands in for the popup's.
vi.stubGlobal('window', new JSDOM('').window);

/** ClipboardItem as the browsers have it: a bag of Blobs by MIME type. */
class FakeItem {
  constructor(readonly items: Record<string, Blob>) {}
  get types() {
    return Object.keys(this.items);
  }
}

function env(overrides: Partial<NonNullable<ClipboardEnv['clipboard']>> = {}, withItem = true): ClipboardEnv & { written: FakeItem[]; texts: string[] } {
  const written: FakeItem[] = [];
  const texts: string[] = [];
  return {
    written,
    texts,
    clipboard: {
      write: vi.fn(async (items: ClipboardItem[]) => void written.push(...(items as unknown as FakeItem[]))),
      writeText: vi.fn(async (t: string) => void texts.push(t)),
      ...overrides,
    },
    ClipboardItem: withItem ? (FakeItem as unknown as typeof ClipboardItem) : undefined,
  };
}

describe('copyToClipboard', () => {
  it('writes rich text as one item with text/html and text/plain', async () => {
    const e = env();
    await expect(copyToClipboard({ text: 'Title\nhttps://x', html: '<p><a href="https://x">Title</a></p>' }, e)).resolves.toEqual({ ok: true, rich: true });
    expect(e.written).toHaveLength(1);
    const item = e.written[0];
    expect(item.types).toEqual(['text/html', 'text/plain']);
    // Sanitised on the way out: the link policy writes the address in full, links get rel.
    expect(await item.items['text/html'].text()).toBe('<p><a href="https://x/" rel="noopener noreferrer">Title</a></p>');
    expect(item.items['text/html'].type).toBe('text/html');
    expect(await item.items['text/plain'].text()).toBe('Title\nhttps://x');
    expect(e.texts).toEqual([]);
  });

  it('sanitises every HTML it writes: no script, handler, javascript: or mailto: with headers', async () => {
    const e = env();
    const hostile =
      '<p onclick="alert(1)">A <a href="javascript:alert(2)">x</a> <a href="mailto:ed@example.org?bcc=spy@example.net">mail</a>' +
      '<img src="x" onerror="alert(3)"><script>alert(4)</script><table><tr><td colspan="2" width="40">c</td></tr></table></p>';
    await copyToClipboard({ text: 't', html: hostile }, e);
    const html = await e.written[0].items['text/html'].text();
    expect(html).not.toMatch(/script|onclick|onerror|javascript:|bcc/i);
    expect(html).toContain('colspan="2"');
  });

  it('writes plain text alone when there is no HTML', async () => {
    const e = env();
    await expect(copyToClipboard({ text: '---\ntitle: "x"\n---', html: null }, e)).resolves.toEqual({ ok: true, rich: false });
    expect(e.written).toEqual([]);
    expect(e.texts).toEqual(['---\ntitle: "x"\n---']);
  });

  it('falls back to plain text without ClipboardItem, or when the rich write is refused', async () => {
    const noItem = env({}, false);
    await expect(copyToClipboard({ text: 't', html: '<b>t</b>' }, noItem)).resolves.toEqual({ ok: true, rich: false });
    expect(noItem.texts).toEqual(['t']);
    const refused = env({ write: vi.fn().mockRejectedValue(new DOMException('Type not supported', 'NotAllowedError')) });
    await expect(copyToClipboard({ text: 't', html: '<b>t</b>' }, refused)).resolves.toEqual({ ok: true, rich: false });
    expect(refused.texts).toEqual(['t']);
    const noWrite = env({ write: undefined });
    await expect(copyToClipboard({ text: 't', html: '<b>t</b>' }, noWrite)).resolves.toEqual({ ok: true, rich: false });
  });

  it('reports a refused clipboard as a value, in words a user can act on', async () => {
    const unfocused = env({
      write: vi.fn().mockRejectedValue(new DOMException('Document is not focused.', 'NotAllowedError')),
      writeText: vi.fn().mockRejectedValue(new DOMException('Document is not focused.', 'NotAllowedError')),
    });
    await expect(copyToClipboard({ text: 't', html: '<b>t</b>' }, unfocused)).resolves.toEqual({ ok: false, error: 'the popup lost focus; click the button again' });
    const denied = env({ writeText: vi.fn().mockRejectedValue(Object.assign(new Error('Write permission denied.'), { name: 'NotAllowedError' })) });
    await expect(copyToClipboard({ text: 't', html: null }, denied)).resolves.toEqual({ ok: false, error: 'the browser refused the clipboard (Write permission denied.)' });
    await expect(copyToClipboard({ text: 't', html: null }, { clipboard: undefined })).resolves.toEqual({ ok: false, error: 'the clipboard is not available in this window' });
  });
});
