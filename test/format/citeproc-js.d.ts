// citeproc-js ships no types; the little the reference tests use.
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
