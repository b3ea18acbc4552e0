// Readability's own module, without the index that also bundles isProbablyReaderable (1.3 KB
// of the content script that nothing uses).
declare module '@mozilla/readability/Readability.js' {
  import { Readability } from '@mozilla/readability';
  export default Readability;
}
