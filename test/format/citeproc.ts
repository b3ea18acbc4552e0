// citeproc-js (a dev dependency: CPAL/AGPL, never bundled) rendering a CSL-JSON item with the
// official styles and locales copied into test/format/csl/.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import CSL from 'citeproc';
import type { CslItem } from '../../src/format/csl';
import type { CitationStyle } from '../../src/format/styles';
import type { CitationLocale } from '../../src/format/citation-locale';

const CSL_DIR = join(dirname(fileURLToPath(import.meta.url)), 'csl');

export const STYLE_FILES: Record<CitationStyle, string> = {
  apa: 'apa.csl',
  mla: 'modern-language-association.csl',
  chicago: 'chicago-notes-bibliography-17th-edition.csl',
};

const read = (file: string) => readFileSync(join(CSL_DIR, file), 'utf8');

export interface Rendered {
  text: string;
  html: string;
  /** The in-text citation (APA "(Nazemroaya, 2015)"), or Chicago's note. */
  citation: string;
}

const engines = new Map<string, { engine: InstanceType<typeof CSL.Engine>; items: Map<string, unknown> }>();
let renders = 0;

/** One engine per style, locale and output format (building one parses the style: slow). */
function engineFor(style: CitationStyle, locale: CitationLocale, format: 'text' | 'html') {
  const key = `${style} ${locale} ${format}`;
  let entry = engines.get(key);
  if (!entry) {
    const items = new Map<string, unknown>();
    const sys = { retrieveLocale: (lang: string) => read(`locales-${lang}.xml`), retrieveItem: (id: string) => items.get(id) };
    const engine = new CSL.Engine(sys, read(STYLE_FILES[style]), locale, true);
    engine.setOutputFormat(format);
    engines.set(key, (entry = { engine, items }));
  }
  return entry;
}

/** The bibliography entry and the in-text citation, as citeproc-js writes them. */
export function citeproc(item: CslItem, style: CitationStyle, locale: CitationLocale): Rendered {
  const render = (format: 'text' | 'html') => {
    const { engine, items } = engineFor(style, locale, format);
    const id = `item-${++renders}`; // a fresh id: the engine caches what it rendered by id
    items.clear();
    items.set(id, { ...item, id });
    engine.updateItems([id]);
    const bibliography = engine.makeBibliography();
    if (!bibliography) throw new Error(`citeproc: no bibliography for ${item.id}`);
    const entry = bibliography[1].join('').trim();
    return { entry: format === 'html' ? entry.replace(/^<div class="csl-entry">|<\/div>$/g, '') : entry, citation: engine.makeCitationCluster([{ id }]) };
  };
  const text = render('text');
  return { text: text.entry, html: render('html').entry, citation: text.citation };
}
