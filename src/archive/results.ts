// What an archive request comes to: a capture, or a reason the user can act on. Pure.
import { captureUrl, timestampIso, waybackAddress } from '../extract/wayback-address';

export interface ArchivedCopy {
  /** The capture's address: https://web.archive.org/web/<timestamp>/<original>. */
  url: string;
  /** ISO date-time (UTC) of the capture. */
  capturedAt: string | null;
}

export type ArchiveFailure =
  | 'rate-limited' // 429: too many requests for now
  | 'blocked' // the site or the archive refuses this page (robots.txt, exclusion)
  | 'offline' // the browser says it is offline
  | 'unreachable' // no answer from the archive (offline, DNS, firewall, no permission)
  | 'server' // 5xx: the archive failed
  | 'timeout' // no answer in time
  | 'no-address' // answered, but did not say where the capture is
  | 'unexpected'; // any other answer

export type ArchiveResult<T> = { ok: true; value: T } | { ok: false; failure: ArchiveFailure; status?: number };

export const failed = (failure: ArchiveFailure, status?: number): { ok: false; failure: ArchiveFailure; status?: number } =>
  status === undefined ? { ok: false, failure } : { ok: false, failure, status };

/** A capture from any form of its address (http, modifiers such as `id_`, relative to web.archive.org). */
export function archivedCopy(address: string | null | undefined): ArchivedCopy | null {
  if (!address) return null;
  let absolute: string;
  try {
    absolute = new URL(address.trim(), 'https://web.archive.org/').href;
  } catch {
    return null;
  }
  const w = waybackAddress(absolute);
  return w ? { url: captureUrl(w), capturedAt: timestampIso(w.timestamp) } : null;
}

/** The failure an HTTP status means, or null for a success. */
export function failureOf(status: number): ArchiveFailure | null {
  if (status === 429) return 'rate-limited';
  if (status === 403 || status === 451) return 'blocked';
  if (status >= 500) return 'server';
  if (status >= 200 && status < 400) return null;
  return 'unexpected';
}

/** What a fetch that threw means: a time-out, the browser offline, or no answer. */
export function thrownFailure(err: unknown, online: () => boolean): ArchiveFailure {
  if (err instanceof DOMException && (err.name === 'TimeoutError' || err.name === 'AbortError')) return 'timeout';
  return online() ? 'unreachable' : 'offline';
}
