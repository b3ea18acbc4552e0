// Speed in Node, on jsdom (the CLI's DOM) and linkedom: each contestant on its own parsed copy
// of the page (a library may leave marks on what it reads), the same copy for every run.
import { Readability } from '@mozilla/readability';
import { DefuddleClass } from 'defuddle/node';
import { parseHTML } from 'linkedom';
import { parseHtml } from '../src/cli/dom';
import { extract, type ExtractResult } from '../src/extract';
import type { Fixture } from '../test/helpers/fixtures';
import { CONTESTANTS, type Contestant } from './contestants';
import { checkResult } from './fidelity';
import type { Summary } from './stats';
import { timeInterleaved } from './timing';

export type NodeDom = 'jsdom' | 'linkedom';

export interface PageSpeed {
  page: string;
  times: Partial<Record<Contestant, Summary>>;
  /** Chromium only: each contestant's first run in the fresh page (cold code), ms. */
  cold?: Partial<Record<Contestant, number>>;
  /** Contestants that threw on this page (not timed), with the error. */
  errors: Partial<Record<Contestant, string>>;
  /** `extract`'s own result on this DOM, scored: the same core should pass the same checks. */
  extractChecks: { passed: number; total: number; failures: string[] };
}

const PARSE: Record<NodeDom, (html: string, url: string) => Document> = {
  jsdom: parseHtml,
  linkedom: (html) => parseHTML(html).document as unknown as Document,
};

/** The work each contestant does to get an article out of a live page, cloning included. */
export function task(who: Contestant, doc: Document, url: string): () => unknown {
  if (who === 'extract') return () => extract(doc, url);
  if (who === 'readability') return () => new Readability(doc.cloneNode(true) as Document).parse();
  return () => new DefuddleClass(doc, { url }).parse();
}

export function measureNodeSpeed(dom: NodeDom, pages: Fixture[]): PageSpeed[] {
  return pages.map((fx) => {
    const url = fx.expected.url;
    const tasks: Partial<Record<Contestant, () => unknown>> = {};
    const errors: PageSpeed['errors'] = {};
    let first: ExtractResult | null = null;
    for (const who of CONTESTANTS) {
      const run = task(who, PARSE[dom](fx.html, url), url);
      try {
        const out = run(); // a trial run: a contestant that throws here is reported, not timed
        if (who === 'extract') first = out as ExtractResult;
        tasks[who] = run;
      } catch (err) {
        errors[who] = err instanceof Error ? err.message : String(err);
      }
    }
    const extractChecks = first ? checkResult(fx.expected, first) : { passed: 0, total: 1, failures: [`extract threw: ${errors.extract}`] };
    return { page: fx.name, times: timeInterleaved(tasks as Record<Contestant, () => unknown>), errors, extractChecks };
  });
}
