/** Where WXT writes the `wayback` content script (runtime registration: not in the manifest). */
export const WAYBACK_SCRIPT_FILE = '/content-scripts/wayback.js';
