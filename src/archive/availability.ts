// Find archived copies: the Wayback capture nearest a date, from the availability API
// (`{"archived_snapshots":{"closest":{"available":true,"url":…,"timestamp":…,"status":"200"}}}`,
// or `{"archived_snapshots":{}}` when there is none). Only on the user's click.
import { availabilityUrl } from './addresses';
import { archivedCopy, failed, failureOf, thrownFailure, type ArchiveResult, type ArchivedCopy } from './results';
import type { NetDeps } from './save-page-now';

export const AVAILABILITY_TIMEOUT_MS = 20_000;

export async function nearestCapture(url: string, date: string | null, deps: NetDeps): Promise<ArchiveResult<ArchivedCopy | null>> {
  let res: Response;
  try {
    res = await deps.fetch(availabilityUrl(url, date), {
      credentials: 'omit',
      cache: 'no-store',
      signal: AbortSignal.timeout(deps.timeoutMs ?? AVAILABILITY_TIMEOUT_MS),
    });
  } catch (err) {
    return failed(thrownFailure(err, deps.online));
  }
  const failure = failureOf(res.status);
  if (failure) return failed(failure, res.status);
  let body: unknown;
  try {
    body = await res.json();
  } catch {
    return failed('unexpected', res.status);
  }
  const closest = (body as { archived_snapshots?: { closest?: { available?: unknown; url?: unknown } } } | null)?.archived_snapshots?.closest;
  if (!closest || closest.available !== true) return { ok: true, value: null };
  const copy = archivedCopy(typeof closest.url === 'string' ? closest.url : null);
  return copy ? { ok: true, value: copy } : failed('unexpected', res.status);
}
