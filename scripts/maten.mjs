// The sizes a browser downloads, gzipped (level 9), and the guard `npm test` keeps on them.
// bench/budget.json holds both the targets of issue 7 ("doelen", reported by `npm run
// bench`) and the guard ("grenzen"): the ceilings `npm test` fails above, so a change that
// makes the download larger is caught when it is made (see BENCHMARKS.md for why the
// guard on the .wasm sits above its target).
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const budget = () => JSON.parse(readFileSync(join(root, 'bench', 'budget.json'), 'utf8'));

/** A file's size gzipped at level 9; bytes. */
export const gz = (f) => gzipSync(readFileSync(f), { level: 9 }).length;

/** Sizes of pkg/ and dist/site/ as built; bytes. */
export function maten() {
  const site = join(root, 'dist', 'site');
  const delen = Object.fromEntries(['index.html', 'stijl.css', 'app.js', 'plantoets_bg.wasm'].map((f) => [f, gz(join(site, f))]));
  return {
    wasmGz: gz(join(root, 'pkg', 'plantoets_bg.wasm')),
    wasmRuw: readFileSync(join(root, 'pkg', 'plantoets_bg.wasm')).length,
    glueGz: gz(join(root, 'pkg', 'plantoets.js')),
    paginaGz: Object.values(delen).reduce((a, b) => a + b, 0),
    paginaDelen: delen,
  };
}

/** The guard's ceilings that the sizes exceed, as messages; empty when all is well. */
export function overschreden(m, grenzen = budget().grenzen) {
  return ['wasmGz', 'glueGz', 'paginaGz']
    .filter((k) => typeof grenzen[k] === 'number' && m[k] > grenzen[k])
    .map((k) => `${k}: ${m[k]} B gzip is above the ceiling of ${grenzen[k]} B in bench/budget.json`);
}
