import { measureBuild } from './bench/size';
const b = measureBuild('.output/chrome-mv3', 'chrome')!;
for (const e of b.entries) console.log(e.entry, e.bytes, e.files.join(' '));
for (const e of b.lazy) console.log(e.entry, e.bytes);
