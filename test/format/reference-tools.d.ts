// citeproc-js and citation-js ship no types; the little the reference tests use.
declare module 'citeproc' {
  interface Sys {
    retrieveLocale(lang: string): string;
    retrieveItem(id: string): unknown;
  }
  class Engine {
    constructor(sys: Sys, style: string, lang?: string, forceLang?: boolean);
    setOutputFormat(format: 'text' | 'html' | 'rtf'): void;
    updateItems(ids: string[]): void;
    makeBibliography(): [unknown, string[]] | false;
    makeCitationCluster(items: { id: string }[]): string;
  }
  const CSL: { Engine: typeof Engine };
  export default CSL;
}

// citation-js reads RIS into CSL-JSON; untyped too.
declare module '@citation-js/core' {
  export class Cite {
    constructor(input: string);
    data: unknown[];
  }
}
