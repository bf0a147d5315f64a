/**
 * `npx tsx src/tools/framesDoc.ts [--write]`: regenerates the column tables of
 * docs/frames.md from the frame descriptors (src/frames/doc.ts). Without `--write` it
 * exits 1 when the file is out of date (and says so), 0 when it is current.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { withGeneratedTables } from '../frames/doc.ts';

const path = 'docs/frames.md';
const doc = readFileSync(path, 'utf8');
const next = withGeneratedTables(doc);
if (process.argv.includes('--write')) {
  writeFileSync(path, next);
  console.error(`✓ ${path}`);
} else if (next !== doc) {
  console.error(`${path} 已过期，请运行 npx tsx src/tools/framesDoc.ts --write / ${path} is out of date: run npx tsx src/tools/framesDoc.ts --write`);
  process.exit(1);
}
