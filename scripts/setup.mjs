// Makes this machine ready to build and test Plantoets, installing only what is missing:
// the Rust WebAssembly target, wasm-bindgen-cli at exactly the version in Cargo.lock, a
// nightly Rust with rust-src for the smaller .wasm (optional: stable is the fallback), and
// (with --browser) Debian's Chromium and ChromeDriver for the browser tests.
// Idempotent and quiet when everything is there. Used by `npm start`, `npm test`, `.ci/run`.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function run(cmd, args, opts = {}) {
  console.log(`[setup] ${cmd} ${args.join(' ')}`);
  execFileSync(cmd, args, { stdio: 'inherit', cwd: root, ...opts });
}

function output(cmd, args) {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}

/** The wasm-bindgen version the crate is pinned to (Cargo.toml `=0.2.x`, resolved in Cargo.lock). */
export function wasmBindgenVersion() {
  const lock = readFileSync(join(root, 'Cargo.lock'), 'utf8');
  const m = lock.match(/name = "wasm-bindgen"\nversion = "([^"]+)"/);
  if (!m) throw new Error('wasm-bindgen not found in Cargo.lock');
  return m[1];
}

export function ensureRust() {
  const targets = output('rustup', ['target', 'list', '--installed']) ?? '';
  if (!targets.split('\n').includes('wasm32-unknown-unknown')) {
    run('rustup', ['target', 'add', 'wasm32-unknown-unknown']);
  }
  // npm test runs clippy for the no-panic lints of src/lib.rs and src/bin/plantoets.rs.
  if (output('cargo', ['clippy', '--version']) === null) run('rustup', ['component', 'add', 'clippy']);
  if (output('cargo', ['fmt', '--version']) === null) run('rustup', ['component', 'add', 'rustfmt']);
  const want = wasmBindgenVersion();
  const have = output('wasm-bindgen', ['--version']);
  if (have !== `wasm-bindgen ${want}`) {
    // No --locked: it fails against this registry. Takes a few minutes, once.
    run('cargo', ['install', 'wasm-bindgen-cli', '--version', want]);
  }
}

/**
 * A nightly Rust with the standard library's source, for the smaller `.wasm` (scripts/build.mjs
 * builds std itself with `panic = "immediate-abort"`). Installs what is missing; true when it
 * is there. Never throws: without it the build uses stable (a larger module, same behaviour).
 */
export function ensureNightly() {
  if (process.env.PLANTOETS_STABIEL) return false;
  const heeft = () =>
    (output('rustup', ['component', 'list', '--installed', '--toolchain', 'nightly']) ?? '').split('\n').some((c) => c.startsWith('rust-src'));
  if (heeft()) return true;
  try {
    if (output('rustc', ['+nightly', '--version']) === null) {
      run('rustup', ['toolchain', 'install', 'nightly', '--profile', 'minimal', '--component', 'rust-src']);
    } else {
      run('rustup', ['component', 'add', 'rust-src', '--toolchain', 'nightly']);
    }
  } catch (e) {
    console.log(`[setup] no nightly Rust with rust-src (${e.message.split('\n')[0]}); the .wasm is built with stable`);
    return false;
  }
  return heeft();
}

export function ensureBrowser() {
  if (existsSync('/usr/bin/chromium') && existsSync('/usr/bin/chromedriver')) return;
  if (process.getuid?.() !== 0) {
    throw new Error('Chromium and ChromeDriver are missing; install the Debian packages chromium and chromium-driver (as root).');
  }
  run('apt-get', ['update']);
  run('apt-get', ['install', '-y', 'chromium', 'chromium-driver'], { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}

export function ensureNodeModules() {
  // Also when package.json gained a package since the last install (Biome, say).
  const paketten = Object.keys(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).devDependencies ?? {});
  const ontbreekt = paketten.some((p) => !existsSync(join(root, 'node_modules', p, 'package.json')));
  if (ontbreekt || !existsSync(join(root, 'node_modules', '.package-lock.json'))) {
    run('npm', [existsSync(join(root, 'package-lock.json')) ? 'ci' : 'install', '--no-audit', '--no-fund']);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  ensureRust();
  ensureNightly();
  if (process.argv.includes('--browser')) ensureBrowser();
  ensureNodeModules();
}
