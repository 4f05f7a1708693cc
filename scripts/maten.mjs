// The sizes a browser downloads, gzipped (level 9), and the guard `npm test` keeps on them.
// bench/budget.json holds both the targets of issue 7 ("doelen", reported by `npm run
// bench`) and the guard ("grenzen"): the ceilings `npm test` fails above, so a change that
// makes the download larger is caught when it is made (see BENCHMARKS.md for why the
// guard on the .wasm sits above its target).
import { readFileSync, existsSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const budget = () => JSON.parse(readFileSync(join(root, 'bench', 'budget.json'), 'utf8'));

/** A file's size gzipped at level 9; bytes. */
export const gz = (f) => gzipSync(readFileSync(f), { level: 9 }).length;

/** A file's size with brotli at its best quality (what a static host serves as .br); bytes. */
export const br = (f) => brotliCompressSync(readFileSync(f), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** Sizes of pkg/ and dist/site/ as built; bytes. */
export function maten() {
  const site = join(root, 'dist', 'site');
  const delen = Object.fromEntries(['index.html', 'app.js', 'plantoets_bg.wasm'].map((f) => [f, gz(join(site, f))]));
  const bouw = join(root, 'target', 'plantoets-wasm.json');
  return {
    // 'nightly' or 'stable' (scripts/build.mjs): the guard's ceilings depend on it.
    rust: existsSync(bouw) ? JSON.parse(readFileSync(bouw, 'utf8')).rust : 'nightly',
    // The .wasm the page loads (pkg/pagina/: Dutch, check() only; scripts/build.mjs) ...
    wasmGz: gz(join(root, 'pkg', 'pagina', 'plantoets_bg.wasm')),
    wasmRuw: readFileSync(join(root, 'pkg', 'pagina', 'plantoets_bg.wasm')).length,
    wasmBr: br(join(root, 'pkg', 'pagina', 'plantoets_bg.wasm')),
    // ... and the package's whole one (English, the catalogue, every export), which the page
    // loads only for English and the single file and <plan-toets> carry.
    pakketGz: gz(join(root, 'pkg', 'plantoets_bg.wasm')),
    pakketBr: br(join(root, 'pkg', 'plantoets_bg.wasm')),
    glueGz: gz(join(root, 'pkg', 'plantoets.js')),
    paginaGz: Object.values(delen).reduce((a, b) => a + b, 0),
    paginaDelen: delen,
  };
}

/**
 * The guard's ceilings that the sizes exceed, as messages; empty when all is well. A `.wasm`
 * built with stable Rust (no nightly could be installed) is held to `grenzen.stabiel`.
 */
export function overschreden(m, grenzen = budget().grenzen) {
  const stabiel = m.rust === 'stable' && grenzen.stabiel;
  const g = stabiel ? { ...grenzen, ...grenzen.stabiel } : grenzen;
  const waar = stabiel ? 'grenzen.stabiel in bench/budget.json (a stable build)' : 'bench/budget.json';
  return ['wasmGz', 'pakketGz', 'glueGz', 'paginaGz']
    .filter((k) => typeof g[k] === 'number' && m[k] > g[k])
    .map((k) => `${k}: ${m[k]} B gzip is above the ceiling of ${g[k]} B in ${waar}`);
}
