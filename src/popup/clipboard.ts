// Clipboard writes from a click. Rich text goes as one ClipboardItem with text/html and
// text/plain (a rich editor pastes the formatting, a plain field the text); where the browser
// has no ClipboardItem or refuses it, the plain text alone. Never rejects: the outcome is a
// value the popup shows.
import { t } from '../i18n';
import { errorText } from '../messaging';

export interface ClipboardPayload {
  /** Always written (text/plain). */
  text: string;
  /** Written as text/html beside the text, when given. */
  html: string | null;
}

export type CopyOutcome = { ok: true; rich: boolean } | { ok: false; error: string };

/** The parts of the browser a copy needs (navigator.clipboard and ClipboardItem), replaceable in tests. */
export interface ClipboardEnv {
  clipboard?: Pick<Clipboard, 'writeText'> & Partial<Pick<Clipboard, 'write'>>;
  ClipboardItem?: typeof ClipboardItem;
  /** Sanitises the HTML before it is written (DOMPurify in the popup's window by default). */
  sanitize?: (html: string) => Promise<string>;
}

const browserEnv = (): ClipboardEnv => ({
  clipboard: globalThis.navigator?.clipboard,
  ClipboardItem: globalThis.ClipboardItem,
});

/** Every HTML that goes to the clipboard passes DOMPurify (the article allowlist and link policy), loaded on first use. */
async function cleanHtml(html: string): Promise<string> {
  const { sanitizeHtml } = await import('../extract/sanitize');
  return sanitizeHtml(html, window).html;
}

export async function copyToClipboard(payload: ClipboardPayload, env: ClipboardEnv = browserEnv()): Promise<CopyOutcome> {
  const { clipboard, ClipboardItem: Item } = env;
  if (!clipboard) return { ok: false, error: t('clipboard.unavailable') };
  if (payload.html !== null && typeof clipboard.write === 'function' && Item) {
    try {
      const html = await (env.sanitize ?? cleanHtml)(payload.html);
      await clipboard.write([
        new Item({
          'text/html': new Blob([html], { type: 'text/html' }),
          'text/plain': new Blob([payload.text], { type: 'text/plain' }),
        }),
      ]);
      return { ok: true, rich: true };
    } catch {
      // Fall through to plain text: better the text than nothing.
    }
  }
  try {
    await clipboard.writeText(payload.text);
    return { ok: true, rich: false };
  } catch (err) {
    return { ok: false, error: clipboardError(err) };
  }
}

/** Browsers' messages, said the way a user can act on them. */
function clipboardError(err: unknown): string {
  const text = errorText(err);
  if (/not focused/i.test(text)) return t('clipboard.notFocused');
  if (err instanceof Error && err.name === 'NotAllowedError') return t('clipboard.refused', [text]);
  return text;
}
