// How the content script follows its page without letting the page drive it. WXT's context
// talks through DOM events the page can see and forge: a "script started" CustomEvent on the
// document (a forged one switched the content script off) and a "locationchange" event on the
// window (50,000 forged ones sent 50,002 messages to the background). Here:
// - a newer instance of the content script stops the older one through the isolated world's
//   own globals, which the page can neither read nor write;
// - the address is watched by a timer of its own (a string compare each second);
// - the status goes to the background once per address, with at most one report in flight.

const INSTANCE = Symbol.for('gr-provenance.content-script');
type Holder = { [INSTANCE]?: () => void };

/** Stops the instance that ran before this one in the same page (if any) and registers `stop` for the next. */
export function takeOver(stop: () => void, scope: object = globalThis): void {
  const holder = scope as Holder;
  const previous = holder[INSTANCE];
  holder[INSTANCE] = stop;
  previous?.();
}

/**
 * `report` runs (when idle) for each new address, one at a time: calls while one is pending or
 * running are folded into one more run after it, which reports only if the address changed.
 */
export function coalescedReporter(address: () => string, report: () => Promise<unknown>, whenIdle: (run: () => void) => void): () => void {
  let reported: string | undefined;
  let busy = false;
  let again = false;
  const request = (): void => {
    if (busy) {
      again = true;
      return;
    }
    busy = true;
    whenIdle(async () => {
      again = false;
      const url = address();
      // `report` never rejects (reportStatus turns every failure into a value).
      if (url !== reported) await report().catch(() => undefined);
      reported = url;
      busy = false;
      if (again) request();
    });
  };
  return request;
}

/**
 * Calls `changed` every second, to compare the page's address (in-page navigation): a timer
 * of our own, not an event, so the page cannot set it off. Returns the function that stops it.
 */
export function watchAddress(win: Window, changed: () => void, everyMs = 1000): () => void {
  const timer = win.setInterval(changed, everyMs);
  return () => win.clearInterval(timer);
}
