// `npm test`: everything, in order; stops at the first failure.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { ensureRust, ensureNodeModules, ensureBrowser } from './setup.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const step = (name, cmd, args, env = {}) => {
  console.log(`\n=== ${name}`);
  execFileSync(cmd, args, { stdio: 'inherit', cwd: root, env: { ...process.env, ...env } });
};

// Install what is missing before importing anything from npm (esbuild, through site.mjs):
// on a fresh clone nothing but Node's own modules is there yet.
ensureRust();
ensureNodeModules();
ensureBrowser();
// Format and lint first: it takes a second and fails on what a reviewer would point out.
step('JavaScript: Biome format and lint (biome.json)', join(root, 'node_modules', '.bin', 'biome'), ['ci', '--colors=off']);
const { buildPkg } = await import('./build.mjs');
const { buildSite } = await import('./site.mjs');
const { maten, overschreden } = await import('./maten.mjs');

step('Rust: cargo fmt --check', 'cargo', ['fmt', '--check']);
// The lints of Cargo.toml [lints] (no unwrap, expect, panic!, unreachable! outside the tests)
// and every other clippy warning, as errors.
step('Rust: clippy', 'cargo', ['clippy', '--release', '--lib', '--bins', '--quiet', '--', '-D', 'warnings']);
// The page's own core (scripts/build.mjs) leaves out English, the explanations and three exports.
step('Rust: clippy, the page’s core', 'cargo', ['clippy', '--release', '--lib', '--no-default-features', '--quiet', '--', '-D', 'warnings']);
step('Rust: unit tests, rule fixtures, worked examples, CLI, docs, properties', 'cargo', ['test', '--release']);

console.log('\n=== Build: pkg/ (WebAssembly)');
const s = buildPkg();
console.log(`pkg/plantoets_bg.wasm ${s.wasmGz} B gzip, pkg/plantoets.js ${s.jsGz} B gzip`);
console.log('\n=== Build: dist/site and dist/plantoets.html (the page)');
await buildSite();

console.log('\n=== Size guard (bench/budget.json)');
const m = maten();
const teGroot = overschreden(m);
console.log(`the page's wasm ${m.wasmGz} B, the package's ${m.pakketGz} B, glue ${m.glueGz} B, page ${m.paginaGz} B (gzip)`);
if (teGroot.length > 0) {
  console.error(`The download grew past the guard:\n  ${teGroot.join('\n  ')}`);
  process.exit(1);
}

const wasmTest = ['test', '--target', 'wasm32-unknown-unknown', '--test', 'wasm'];
step('wasm-bindgen-test in Node', 'cargo', wasmTest);
step('wasm-bindgen-test in headless Chromium', 'cargo', wasmTest, {
  WASM_BINDGEN_USE_BROWSER: '1',
  CHROMEDRIVER: '/usr/bin/chromedriver',
});

const nodeTests = readdirSync(join(root, 'tests', 'js'))
  .filter((f) => f.endsWith('.test.mjs'))
  .map((f) => join('tests', 'js', f));
step('Node and browser tests of the package and the page', process.execPath, ['--test', '--test-concurrency=1', ...nodeTests]);
