// Builds the extension for one browser into a given folder (WXT's CLI has no --outDir):
//   node scripts/build-to.mjs chrome|firefox OUT_DIR
import { build } from 'wxt';

const [browser, outDir] = process.argv.slice(2);
if (!browser || !outDir) {
  console.error('usage: node scripts/build-to.mjs chrome|firefox OUT_DIR');
  process.exit(2);
}
await build({ browser, outDir, logLevel: 1 /* errors only */ });
