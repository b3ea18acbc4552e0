// Cloudflare hides addresses as hex in data-cfemail (or in the link after
// /cdn-cgi/l/email-protection#): the first byte is a key XORed with every other byte.

export function decodeCfEmail(hex: string): string | null {
  if (!/^(?:[0-9a-f]{2}){2,}$/i.test(hex)) return null;
  const key = parseInt(hex.slice(0, 2), 16);
  let out = '';
  for (let i = 2; i < hex.length; i += 2) out += String.fromCharCode(parseInt(hex.slice(i, i + 2), 16) ^ key);
  try {
    out = decodeURIComponent(escape(out)); // the bytes are UTF-8
  } catch {
    /* keep the Latin-1 reading */
  }
  return /^[^\s@]+@[^\s@]+$/.test(out) ? out : null;
}

// The look-behind starts a match only where a run of address characters starts: without it,
// every position of a long run is tried again and a 100 KB notice costs seconds.
const EMAIL = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;

export const findEmail = (text: string): string | null => EMAIL.exec(text)?.[0] ?? null;

/** Replaces every obfuscated address under `root` by its plain text, in place. */
export function revealEmails(root: ParentNode): void {
  for (const el of Array.from(root.querySelectorAll('[data-cfemail]'))) {
    const email = decodeCfEmail(el.getAttribute('data-cfemail') ?? '');
    if (!email) continue;
    const link = el.closest('a') ?? (el.tagName === 'A' ? el : null);
    el.textContent = email;
    el.removeAttribute('data-cfemail');
    if (link && /email-protection/.test(link.getAttribute('href') ?? '')) link.setAttribute('href', `mailto:${email}`);
  }
  for (const a of Array.from(root.querySelectorAll('a[href*="/cdn-cgi/l/email-protection#"]'))) {
    const email = decodeCfEmail((a.getAttribute('href') ?? '').split('#')[1] ?? '');
    if (!email) continue;
    a.setAttribute('href', `mailto:${email}`);
    if (/email\s*protected/i.test(a.textContent ?? '')) a.textContent = email;
  }
}
