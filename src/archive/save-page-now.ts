// Archive this page: one GET on Save Page Now, on the user's click only. The Wayback Machine
// answers a finished capture in one of three ways (they have changed over the years, and
// savepagenow and waybackpy read all three): a redirect to the capture, a Content-Location
// header, or a Link header with rel="memento". Errors: 429 when rate limited, 403 or the
// X-Archive-Wayback-Runtime-Error header when the page is blocked (robots.txt, exclusions),
// 5xx (and Cloudflare-style 520/523) when it fails.
import { saveUrl } from './addresses';
import { archivedCopy, failed, failureOf, thrownFailure, type ArchiveResult, type ArchivedCopy } from './results';

export interface NetDeps {
  fetch: typeof fetch;
  /** navigator.onLine, to tell "offline" from "no answer". */
  online: () => boolean;
  /** Save Page Now often takes 20–60 s. */
  timeoutMs?: number;
}

export const SAVE_TIMEOUT_MS = 120_000;

/** The rel="memento" entry of a Link header (not "first memento", "timemap", …). */
export function mementoOf(link: string | null): string | null {
  for (const part of (link ?? '').split(/,(?=\s*<)/)) {
    const m = /^\s*<([^>\s]+)>(.*)$/.exec(part);
    const rel = m && /;\s*rel="?([^";]*)"?/i.exec(m[2])?.[1].trim().toLowerCase();
    if (m && rel === 'memento') return m[1];
  }
  return null;
}

export async function savePageNow(url: string, deps: NetDeps): Promise<ArchiveResult<ArchivedCopy>> {
  let res: Response;
  try {
    res = await deps.fetch(saveUrl(url), {
      method: 'GET',
      credentials: 'omit',
      cache: 'no-store',
      redirect: 'follow',
      signal: AbortSignal.timeout(deps.timeoutMs ?? SAVE_TIMEOUT_MS),
    });
  } catch (err) {
    return failed(thrownFailure(err, deps.online));
  }
  void res.body?.cancel().catch(() => undefined); // the capture's own page is not needed
  if (/Blocked By Robots|excluded/i.test(res.headers.get('x-archive-wayback-runtime-error') ?? '')) return failed('blocked', res.status);
  const failure = failureOf(res.status);
  if (failure) return failed(failure, res.status);
  const copy =
    (res.redirected ? archivedCopy(res.url) : null) ??
    archivedCopy(res.headers.get('content-location')) ??
    archivedCopy(mementoOf(res.headers.get('link')));
  return copy ? { ok: true, value: copy } : failed('no-address', res.status);
}
