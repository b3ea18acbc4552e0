// The address of a Wayback Machine capture: `https://web.archive.org/web/<timestamp>/<original>`
// (with a modifier such as `im_` or `id_` after the timestamp for some resources). Small on
// purpose: the popup reads tab addresses with it, without capture-wayback.ts's cleaning.

export interface WaybackAddress {
  /** The 14-digit capture timestamp (UTC), "20150930123456". */
  timestamp: string;
  /** The address that was captured. */
  original: string;
}

const CAPTURE_URL = /^https?:\/\/(?:web|wayback)\.archive\.org\/web\/(\d{14})(?:[a-z]{2}_)?\/(.+)$/i;

/** `http:/x` and scheme-less originals as Wayback sometimes writes them, made absolute. */
export function originalUrl(raw: string): string | null {
  const fixed = raw.replace(/^(https?):\/(?!\/)/i, '$1://');
  const withScheme = /^https?:\/\//i.test(fixed) ? fixed : `http://${fixed}`;
  try {
    return new URL(withScheme).href;
  } catch {
    return null;
  }
}

/** The timestamp and original of a capture address (`https://web.archive.org/web/<ts>/<original>`). */
export function waybackAddress(url: string): WaybackAddress | null {
  const m = CAPTURE_URL.exec(url.trim());
  const original = m && originalUrl(m[2]);
  return m && original && timestampIso(m[1]) ? { timestamp: m[1], original } : null;
}

/** The capture's own address, in the form Wayback gives it. */
export const captureUrl = (w: WaybackAddress): string => `https://web.archive.org/web/${w.timestamp}/${w.original}`;

/** "20150930123456" → "2015-09-30T12:34:56Z", or null for an impossible date. */
export function timestampIso(ts: string): string | null {
  const m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(ts);
  if (!m) return null;
  const iso = `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z`;
  const d = new Date(iso);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 19) === iso.slice(0, 19) ? iso : null;
}
