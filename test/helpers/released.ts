// jsdom frees a window only after it is closed and the event loop has turned: a synchronous
// property that builds thousands of documents exhausts the heap (measured: about 3 MB a page
// held until the loop turns). Property tests that parse pages close them and await this.
export const released = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Close a jsdom document's window (a no-op in a browser document). */
export const closeDocument = (doc: Document): void => doc.defaultView?.close();
