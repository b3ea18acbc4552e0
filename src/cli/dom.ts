// The Node DOM for the CLI, tests and benchmarks: jsdom, which runs Readability and
// DOMPurify exactly as a browser does (see the README for the jsdom / linkedom measurement).
import { JSDOM, VirtualConsole } from 'jsdom';

export function parseHtml(html: string, url: string): Document {
  // No scripts, no resource loading, page console silenced: a saved page is data.
  const virtualConsole = new VirtualConsole();
  const safeUrl = /^(?:https?|file):/i.test(url) ? url : 'https://www.globalresearch.ca/';
  return new JSDOM(html, { url: safeUrl, virtualConsole }).window.document;
}
