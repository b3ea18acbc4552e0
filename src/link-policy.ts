// Where a link or an image in any output may point: the one policy for the clean article's
// HTML (content script), the reader, the popup, the Markdown and HTML exports and the
// clipboard. Every address comes from a web page, so only what is plainly a web address, or a
// mail address with nothing else, passes:
//   webHref   http(s) only: attribution, canonical, original source, images
//   linkHref  http(s), or mailto: one plain address (no ?bcc=, ?subject=, ?body=, no list,
//             no spaces or markup: "mailto:x <img …>" is not an address)
// Both return the address as the URL parser writes it (spaces, quotes and angle brackets
// percent-encoded in http(s)), or null.

/** One mail address, nothing around it: no header, no second recipient, no encoding tricks. */
const MAILBOX = /^[^\s@,;:<>()[\]"'\\%?&#/]+@[^\s@,;:<>()[\]"'\\%?&#/]+$/;

function parse(raw: string | null | undefined): URL | null {
  if (!raw) return null;
  try {
    return new URL(raw.trim());
  } catch {
    return null;
  }
}

/** An absolute http(s) address, normalised by the URL parser, or null. */
export function webHref(raw: string | null | undefined): string | null {
  const url = parse(raw);
  return url && (url.protocol === 'http:' || url.protocol === 'https:') ? url.href : null;
}

/** `mailto:` and the address, when the address is one plain mailbox; else null. */
export function mailtoHref(raw: string | null | undefined): string | null {
  const url = parse(raw);
  if (!url || url.protocol !== 'mailto:' || url.search || url.hash) return null;
  return MAILBOX.test(url.pathname) ? `mailto:${url.pathname}` : null;
}

/** What a link in the article, the reader or an export may point to: http(s), or a plain mailto:. */
export function linkHref(raw: string | null | undefined): string | null {
  return webHref(raw) ?? mailtoHref(raw);
}

/** A mail address fit for a mailto: link (the republication contact), or null. */
export function plainMailbox(address: string | null | undefined): string | null {
  return address && MAILBOX.test(address) ? address : null;
}
