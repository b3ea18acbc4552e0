// The page's side of the e2e checks. The fixture server puts PROBE_SCRIPT first in every
// page's <head>, so it runs in the page's main world before anything else, in both browsers:
// - a hash of document.body.innerHTML at DOMContentLoaded (before any content script, which
//   runs at document_idle) and a MutationObserver from then on: the extraction must leave
//   the live page alone;
// - the content script's start: WXT's content-script context announces itself with a
//   CustomEvent "<extension id>:content:wxt:content-script-started" on the document (the
//   extension no longer acts on that event, nor posts anything to the page: a page could
//   forge it); the probe listens for the names it is given, to count the starts;
// - tripwires (__e2eTrip) and dialogs (alert / confirm / prompt recorded, never shown): the
//   page's article must never be executed by the extension.
import { createHash } from 'node:crypto';

/** The event WXT's context dispatches on the document when the content script starts. */
export function wxtStartEvent(extensionId: string): string {
  return `${extensionId}:content:wxt:content-script-started`;
}

/** Chrome's id for an unpacked extension: its absolute path's SHA-256, the first 32 hex digits written a–p. */
export function unpackedExtensionId(path: string): string {
  return createHash('sha256')
    .update(path)
    .digest('hex')
    .slice(0, 32)
    .replace(/./g, (c) => String.fromCharCode(97 + parseInt(c, 16)));
}

/** The probe, counting content script starts by the given event names. */
export const probeScript = (startEvents: string[]): string => PROBE_SCRIPT.replace('__START_EVENTS__', JSON.stringify(startEvents));

const PROBE_SCRIPT = `(() => {
  const probe = (window.__e2e = { hashAtReady: null, contentScriptStarts: 0, startsBeforeReady: 0, mutationsAfterReady: 0, trips: [], dialogs: [] });
  // FNV-1a over the body's markup, with its length (crypto.subtle needs a secure context).
  probe.hash = () => {
    const s = document.body ? document.body.innerHTML : '';
    let h = 0x811c9dc5;
    for (let i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 0x01000193); }
    return (h >>> 0).toString(16).padStart(8, '0') + ':' + s.length;
  };
  window.__e2eTrip = (what) => { probe.trips.push(String(what)); };
  window.__e2eBusy = (ms) => { const end = Date.now() + ms; while (Date.now() < end); };
  window.__e2eBusySoon = (ms) => { setTimeout(() => window.__e2eBusy(ms), 50); };
  for (const name of ['alert', 'confirm', 'prompt']) window[name] = (message) => { probe.dialogs.push(name + ': ' + String(message)); };
  for (const name of __START_EVENTS__) document.addEventListener(name, () => {
    probe.contentScriptStarts++;
    if (probe.hashAtReady === null) probe.startsBeforeReady++;
  });
  document.addEventListener('DOMContentLoaded', () => {
    probe.hashAtReady = probe.hash();
    new MutationObserver((records) => { probe.mutationsAfterReady += records.length; })
      .observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  });
})();`;

export interface ProbeState {
  href: string;
  hashAtReady: string | null;
  hashNow: string;
  contentScriptStarts: number;
  startsBeforeReady: number;
  mutationsAfterReady: number;
  trips: string[];
  dialogs: string[];
}

/** An expression, run in the page's main world, that gives its ProbeState as JSON (a string: any driver can run it). */
export const READ_PROBE = `(() => {
  const p = window.__e2e;
  if (!p) return JSON.stringify(null);
  return JSON.stringify({ href: location.href, hashAtReady: p.hashAtReady, hashNow: p.hash(), contentScriptStarts: p.contentScriptStarts,
    startsBeforeReady: p.startsBeforeReady, mutationsAfterReady: p.mutationsAfterReady, trips: Array.from(p.trips), dialogs: Array.from(p.dialogs) });
})()`;

/**
 * Payloads put into the hostile fixture's article: inert in the live page (noscript and
 * template content is never run there), except the last image, whose handler runs once
 * when its load fails. A second 'live-image' trip, or any other, means the extension ran
 * the article (parsed or cloned it into a live document).
 */
export const TRIPWIRES = [
  `<noscript><img src="/e2e-tripwire/noscript.png" alt="" onerror="__e2eTrip('noscript');alert('e2e tripwire: noscript image')"></noscript>`,
  `<template><img src="/e2e-tripwire/template.png" alt="" onerror="__e2eTrip('template')"><script>__e2eTrip('template script')</script></template>`,
  `<img src="/e2e-tripwire/live.png" alt="" onerror="__e2eTrip('live-image')">`,
].join('\n');

/** What the tripwires record in a page the extension left alone. */
export const TRIPS_OF_THE_PAGE_ITSELF = ['live-image'];

/** A page that keeps its main thread busy: at load with ?busy=<ms>, or later via __e2eBusySoon(ms). */
export function busyPage(url: string): string {
  const ms = Number(new URL(url).searchParams.get('busy') ?? 0);
  return `<!DOCTYPE html><html lang="en"><head><title>A page that stops answering</title></head>
<body><p>This page keeps its main thread busy${ms ? ` for ${ms} ms while loading` : ' when told to'}.</p>
${ms ? `<script>__e2eBusy(${ms})</script>` : ''}</body></html>`;
}
