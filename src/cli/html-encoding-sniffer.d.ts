// html-encoding-sniffer (jsdom's own) ships no types: one function, the HTML Standard's
// encoding sniffing algorithm over the bytes, returning an encoding name.
declare module 'html-encoding-sniffer' {
  export default function sniffHTMLEncoding(
    bytes: Uint8Array,
    options?: { xml?: boolean; transportLayerEncodingLabel?: string; defaultEncoding?: string },
  ): string;
}
