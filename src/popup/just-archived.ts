// The capture the user made with Archive this page during this popup's life, for the
// attribution and the citations (src/format takes it as their `archived` option).
import type { ArchivedCopy } from '../archive/results';

let current: ArchivedCopy | null = null;

export const justArchived = (): ArchivedCopy | null => current;

export function setJustArchived(copy: ArchivedCopy): void {
  current = copy;
}
