import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { constants, gzipSync } from 'node:zlib';

/**
 * Prints the gzip size (level 9) of each bundle, `sdk: 9876 bytes gzip` for the end-user script and
 * `builder: N bytes gzip` for the in-app builder, which end users never download.
 * Warns when the script passes its budget; `--strict` makes that a failure (for CI once it fits).
 */
const BUDGET = 20_000;
const strict = process.argv.includes('--strict');
const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const bundles = [
  { name: 'sdk', file: join(dist, 'shirube.js'), budget: BUDGET },
  { name: 'sdk-esm', file: join(dist, 'esm', 'index.js'), budget: undefined },
  // The in-app builder: loaded only for authors, never by end users, so it has no budget.
  { name: 'builder', file: join(dist, 'builder.js'), budget: undefined },
];

let over = false;
for (const bundle of bundles) {
  let source: Buffer;
  try {
    source = readFileSync(bundle.file);
  } catch {
    if (bundle.budget) {
      console.error(`missing ${bundle.file}: run vite build first`);
      process.exit(1);
    }
    continue;
  }
  const size = gzipSync(source, { level: constants.Z_BEST_COMPRESSION }).length;
  console.log(`${bundle.name}: ${size} bytes gzip`);
  if (bundle.budget && size > bundle.budget) {
    console.error(`${bundle.name} is ${size - bundle.budget} bytes over its ${bundle.budget} byte budget`);
    over = true;
  }
}
process.exit(over && strict ? 1 : 0);
