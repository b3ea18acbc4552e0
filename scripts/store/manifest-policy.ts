// The checks the stores make on a built manifest, made here first: name and description
// lengths in every locale, the version format, the icons, default_locale, the Firefox add-on
// id, and a strict_min_version that covers every API the extension uses (firefox-needs.ts
// finds them). Pure: the caller gives the manifest and a way to read the build's files, so a
// test can hand it a bad manifest.
import { LIMITS } from './limits';

export type Manifest = Record<string, unknown> & {
  name?: string;
  short_name?: string;
  description?: string;
  version?: string;
  default_locale?: string;
  icons?: Record<string, string>;
  browser_specific_settings?: {
    gecko?: { id?: string; strict_min_version?: string };
    gecko_android?: { strict_min_version?: string };
  };
};

export interface BuiltExtension {
  browser: 'chrome' | 'firefox';
  manifest: Manifest;
  /** A file of the build by its path in the zip ("icon/16.png"), or null when it is not there. */
  readFile(path: string): Buffer | null;
  /** The folders under `_locales/` ([] when there is none). */
  locales: string[];
}

/** The lowest browser version a feature needs, and where it was found. */
export interface Need {
  feature: string;
  where: string;
  version: number;
}

export interface Needs {
  firefox: Need[];
  firefox_android: Need[];
}

/** Everything a store would refuse or flag, one line each; [] when the build is fine. */
export function storePolicyProblems(ext: BuiltExtension, needs?: Needs): string[] {
  return [...localizedTextProblems(ext), ...versionProblems(ext.manifest.version), ...iconProblems(ext), ...(ext.browser === 'firefox' ? firefoxProblems(ext.manifest, needs) : [])];
}

/** Unicode characters, as the stores count them (an accent or an em dash is one). */
const length = (s: string) => [...s].length;

type Messages = Record<string, { message?: string }>;

function readMessages(ext: BuiltExtension, locale: string): Messages | null {
  const file = ext.readFile(`_locales/${locale}/messages.json`);
  if (!file) return null;
  try {
    return JSON.parse(file.toString('utf8')) as Messages;
  } catch {
    return null;
  }
}

/** The text a browser shows for `value` in `locale`: `__MSG_x__` looked up there, then in the default locale (names are case-insensitive). */
export function resolveMessage(value: string, locale: Messages | null, fallback: Messages | null): string | null {
  const m = /^__MSG_([A-Za-z0-9_@]+)__$/.exec(value);
  if (!m) return value;
  const find = (messages: Messages | null) => {
    if (!messages) return undefined;
    const key = Object.keys(messages).find((k) => k.toLowerCase() === m[1]!.toLowerCase());
    return key === undefined ? undefined : messages[key]?.message;
  };
  return find(locale) ?? find(fallback) ?? null;
}

function localizedTextProblems(ext: BuiltExtension): string[] {
  const { manifest: m, locales } = ext;
  const problems: string[] = [];
  const def = m.default_locale;
  if (locales.length && !def) problems.push(`_locales has ${locales.join(', ')} but the manifest sets no default_locale`);
  if (def && !locales.includes(def)) problems.push(`default_locale "${def}" has no _locales/${def}/messages.json`);
  const fallback = def ? readMessages(ext, def) : null;
  for (const locale of locales) {
    if (!readMessages(ext, locale)) problems.push(`_locales/${locale}/messages.json is missing or not JSON`);
  }
  const nameMax = LIMITS.name[ext.browser];
  const fields: [keyof Manifest & string, number | null][] = [
    ['name', nameMax],
    ['short_name', nameMax],
    ['description', LIMITS.description],
  ];
  for (const locale of locales.length ? locales : [null]) {
    const messages = locale ? readMessages(ext, locale) : null;
    const where = locale ? ` (${locale})` : '';
    for (const [field, max] of fields) {
      const raw = m[field];
      if (raw === undefined) {
        if (field === 'name') problems.push('the manifest has no name');
        continue;
      }
      if (typeof raw !== 'string') {
        problems.push(`${field} is not a string`);
        continue;
      }
      const text = resolveMessage(raw, messages, fallback);
      if (text === null) problems.push(`${field}${where}: ${raw} is in no messages.json`);
      else if (max !== null && length(text) > max) problems.push(`${field}${where} is ${length(text)} characters, over the ${ext.browser === 'chrome' ? 'Chrome Web Store' : 'AMO'} limit of ${max}: "${text}"`);
      else if (text.trim() === '') problems.push(`${field}${where} is empty`);
    }
  }
  return problems;
}

/** CWS's rule and AMO's rule for `version`, both (one package.json version feeds both builds). */
export function versionProblems(version: unknown): string[] {
  if (typeof version !== 'string') return ['the manifest has no version'];
  const parts = version.split('.');
  const problems: string[] = [];
  const cwsOk =
    parts.length <= LIMITS.version.maxParts &&
    parts.every((p) => /^(0|[1-9][0-9]*)$/.test(p) && Number(p) <= LIMITS.version.maxPart) &&
    parts.some((p) => p !== '0');
  if (!cwsOk) problems.push(`version "${version}" is not 1 to 4 dot-separated integers from 0 to ${LIMITS.version.maxPart} without leading zeros, not all zero (Chrome Web Store)`);
  if (!LIMITS.version.amoPattern.test(version)) problems.push(`version "${version}" does not match AMO's ${LIMITS.version.amoPattern}`);
  return problems;
}

/** Width and height of a PNG, from its IHDR chunk; null when the bytes are not a PNG. */
export function pngSize(bytes: Buffer | null): [number, number] | null {
  if (!bytes || bytes.length < 24 || bytes.readUInt32BE(0) !== 0x89504e47 || bytes.toString('latin1', 12, 16) !== 'IHDR') return null;
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

function iconProblems(ext: BuiltExtension): string[] {
  const icons = ext.manifest.icons ?? {};
  const problems: string[] = [];
  for (const size of LIMITS.iconSizes) {
    const path = icons[String(size)];
    if (!path) {
      problems.push(`icons has no ${size}×${size} entry`);
      continue;
    }
    const got = pngSize(ext.readFile(path.replace(/^\//, '')));
    if (!got) problems.push(`icon ${size}: ${path} is missing or not a PNG`);
    else if (got[0] !== size || got[1] !== size) problems.push(`icon ${size}: ${path} is ${got[0]}×${got[1]}`);
  }
  return problems;
}

/** Why an add-on id cannot be kept for good, or null when it can. */
export function geckoIdProblem(id: unknown): string | null {
  const rules = LIMITS.geckoId;
  if (typeof id !== 'string' || id === '') return 'browser_specific_settings.gecko.id is missing (AMO needs it for a Manifest V3 add-on)';
  if (id.length > rules.maxLength) return `the add-on id "${id}" is over ${rules.maxLength} characters`;
  if (rules.guid.test(id)) {
    return (rules.placeholderGuids as readonly string[]).includes(id.toLowerCase()) ? `the add-on id "${id}" is a documentation example` : null;
  }
  if (!rules.emailLike.test(id)) return `the add-on id "${id}" is neither a {GUID} nor name@domain`;
  const domain = id.slice(id.lastIndexOf('@') + 1).toLowerCase().replace(/\.$/, '');
  const tld = domain.slice(domain.lastIndexOf('.') + 1);
  const reserved = rules.placeholderDomains.some((d) => domain === d || domain.endsWith(`.${d}`)) || (rules.placeholderTlds as readonly string[]).includes(tld);
  if (reserved) return `the add-on id "${id}" is in ${domain}, a reserved placeholder domain nobody can own: use a {GUID} or a domain the project controls`;
  return null;
}

/** "140.0" → 140; null for a missing or malformed version. */
function majorOf(version: string | undefined): number | null {
  const m = /^(\d+)(\.\d+)*$/.exec(version ?? '');
  return m ? Number(m[1]) : null;
}

function firefoxProblems(m: Manifest, needs: Needs | undefined): string[] {
  const problems: string[] = [];
  const gecko = m.browser_specific_settings?.gecko;
  const idProblem = geckoIdProblem(gecko?.id);
  if (idProblem) problems.push(idProblem);
  if (!needs) return problems;
  const desktop = majorOf(gecko?.strict_min_version);
  // Without gecko_android, Firefox for Android takes the desktop minimum.
  const android = m.browser_specific_settings?.gecko_android?.strict_min_version;
  const floors: [string, number | null, Need[]][] = [
    ['gecko.strict_min_version', desktop, needs.firefox],
    [android ? 'gecko_android.strict_min_version' : 'gecko.strict_min_version (for Android)', android ? majorOf(android) : desktop, needs.firefox_android],
  ];
  for (const [key, floor, list] of floors) {
    const highest = Math.max(0, ...list.map((n) => n.version));
    const named = (v: number) =>
      list
        .filter((n) => n.version === v)
        .map((n) => `${n.feature} (${n.where})`)
        .join(', ');
    if (floor === null) problems.push(`${key} is missing or malformed; the APIs used need ${highest}: ${named(highest)}`);
    else if (floor < highest) problems.push(`${key} is ${floor}, but ${named(highest)} needs ${highest}`);
    else if (floor > highest) problems.push(`${key} is ${floor}, higher than anything used needs (${highest}: ${named(highest) || 'nothing'}): it turns away users for no reason`);
  }
  return problems;
}
