// `npm run build`: the WebAssembly package in pkg/ (and, when www/ exists, the page and
// the single-file offline checker in dist/).
//
//   cargo +nightly rustc --crate-type cdylib --profile wasm --target wasm32-unknown-unknown
//         -Zbuild-std … (panic = "immediate-abort"; stable without the -Z flags if nightly
//         cannot be installed or fails; PLANTOETS_STABIEL=1 forces stable)
//   wasm-bindgen --target web      → pkg/plantoets.js, pkg/plantoets_bg.wasm, pkg/plantoets.d.ts
//   wasm-opt -O3 (npm binaryen)    → smaller and faster pkg/plantoets_bg.wasm
//   the same with --no-default-features → pkg/pagina/: the page's own, smaller module (Dutch,
//                                   check() only; see PAGINA)
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync, rmSync, existsSync, statSync, renameSync } from 'node:fs';
import { gz } from './maten.mjs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { ensureRust, ensureNightly, ensureNodeModules } from './setup.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = join(root, 'pkg');
const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit', cwd: root });

/** Rust's default wasm32 features (1.82+), which wasm-opt must be told about. */
export const WASM_FEATURES = [
  '--enable-bulk-memory',
  '--enable-mutable-globals',
  '--enable-nontrapping-float-to-int',
  '--enable-sign-ext',
  '--enable-reference-types',
  '--enable-multivalue',
];

/**
 * With a nightly Rust: the standard library built for this module with
 * `panic = "immediate-abort"`, which leaves out the panic and formatting machinery that
 * `panic = "abort"` still links (the core never panics: clippy's lints in Cargo.toml; a panic
 * would trap either way, as with `abort`). The spelling is that of current nightlies (rustc
 * 1.97; older ones had `-Zbuild-std-features=panic_immediate_abort`); if a nightly refuses
 * it, the build falls back to stable.
 */
export const NIGHTLY = ['-Zbuild-std=std,panic_abort', '-Zpanic-immediate-abort', '--config', 'profile.wasm.panic="immediate-abort"'];

/**
 * For the crate only (after `--`), with nightly only (an LLVM option: should a nightly refuse
 * it, the build falls back to stable): inline less than LLVM's 225. 60 takes 6 KB gzip off
 * at 1–4 % more time per check, which the steps before it had gained (BENCHMARKS.md).
 */
export const NIGHTLY_CRATE = ['-Cllvm-args=-inline-threshold=60'];

/** Written by each build: `{ rust: 'nightly' | 'stable' }`. */
export const BOUW = join(root, 'target', 'plantoets-wasm.json');

/**
 * One module: cargo (nightly with the flags above, else stable), wasm-bindgen into `uit`,
 * wasm-opt. `extra` are cargo's feature flags. Returns whether nightly built it.
 */
function bouwModule(uit, extra, nightly) {
  const wasm = join(root, 'target', 'wasm32-unknown-unknown', 'wasm', 'plantoets.wasm');
  const cargoRustc = ['rustc', '--lib', '--crate-type', 'cdylib', '--profile', 'wasm', '--target', 'wasm32-unknown-unknown', '--quiet', ...extra];
  if (nightly) {
    try {
      run('cargo', ['+nightly', ...cargoRustc, ...NIGHTLY, '--', ...NIGHTLY_CRATE]);
    } catch {
      console.log('[build] the nightly build failed (above); building the .wasm with stable instead');
      nightly = false;
    }
  }
  if (!nightly) run('cargo', cargoRustc);
  rmSync(uit, { recursive: true, force: true });
  run('wasm-bindgen', ['--target', 'web', '--out-dir', uit, '--out-name', 'plantoets', wasm]);
  const bg = join(uit, 'plantoets_bg.wasm');
  run(join(root, 'node_modules', '.bin', 'wasm-opt'), ['-O3', ...WASM_FEATURES, '--strip-debug', '--strip-producers', bg, '-o', bg]);
  return nightly;
}

/**
 * The page's own module, in pkg/pagina/ (not part of the package: see `files` below): built
 * without the default features, so it speaks Dutch only, has no catalogue explanations and
 * exports only check(). The page loads the whole module (pkg/) when someone picks English and
 * fetches the catalogue as JSON when someone opens "Waarom?" (www/js/app.js).
 */
export const PAGINA = join(pkg, 'pagina');

export function buildPkg() {
  ensureRust();
  ensureNodeModules();
  let nightly = ensureNightly();
  const pagina = join(root, 'target', 'pagina');
  nightly = bouwModule(pagina, ['--no-default-features'], nightly);
  nightly = bouwModule(pkg, [], nightly);
  // Which Rust built it: the size guard holds a stable build to its own, higher ceilings.
  writeFileSync(BOUW, `${JSON.stringify({ rust: nightly ? 'nightly' : 'stable' })}\n`);
  renameSync(pagina, PAGINA);
  const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
  writeFileSync(
    join(pkg, 'package.json'),
    `${JSON.stringify(
      {
        name: 'plantoets',
        version,
        description: 'Checks a draft UWV Re-integratieplan against the Overzicht Re-integratiediensten v7.1',
        type: 'module',
        main: 'plantoets.js',
        module: 'plantoets.js',
        types: 'plantoets.d.ts',
        exports: { '.': { types: './plantoets.d.ts', default: './plantoets.js' }, './plantoets_bg.wasm': './plantoets_bg.wasm' },
        files: ['plantoets.js', 'plantoets_bg.wasm', 'plantoets.d.ts', 'plantoets_bg.wasm.d.ts', 'snippets'],
        sideEffects: ['./snippets/*'],
        license: 'EUPL-1.2',
      },
      null,
      2,
    )}\n`,
  );
  return sizes();
}

/** Gzipped sizes of what a browser downloads. */
export function sizes() {
  const wasm = join(pkg, 'plantoets_bg.wasm');
  const js = join(pkg, 'plantoets.js');
  return { wasm: statSync(wasm).size, wasmGz: gz(wasm), js: statSync(js).size, jsGz: gz(js) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const s = buildPkg();
  console.log(`pkg/plantoets_bg.wasm ${s.wasm} B (${s.wasmGz} B gzip), pkg/plantoets.js ${s.js} B (${s.jsGz} B gzip)`);
  if (existsSync(join(root, 'www'))) {
    const { buildSite } = await import('./site.mjs');
    await buildSite();
  }
}
