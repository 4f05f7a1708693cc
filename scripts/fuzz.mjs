// `npm run fuzz [-- --minuten N] [--doel bytes|plan]`: fuzzes the checker with cargo-fuzz
// (libFuzzer, coverage-guided; needs a nightly Rust, installed here if missing), N minutes
// per target (default 30), both targets side by side. Then it minimises each corpus and
// keeps it as regression tests: fuzz/regressies/<target>.jsonl, one input per line,
// replayed by `cargo test` (tests/eigenschappen.rs). A crash stops with the input saved
// in fuzz/artifacts/<target>/ and its line added to the regressions, so that the fix can
// be tested. Not part of `npm test`: it takes half an hour.
import { spawn, spawnSync, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, readFileSync, copyFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const fuzz = join(root, 'fuzz');
const arg = (naam, standaard) => {
  const i = process.argv.indexOf(naam);
  return i > 0 ? process.argv[i + 1] : standaard;
};
const minuten = Number(arg('--minuten', '30'));
const doelen = arg('--doel', 'bytes,plan').split(',');

function zorgVoor() {
  const toolchains = spawnSync('rustup', ['toolchain', 'list'], { encoding: 'utf8' }).stdout ?? '';
  if (!toolchains.includes('nightly')) {
    execFileSync('rustup', ['toolchain', 'install', 'nightly', '--profile', 'minimal'], { stdio: 'inherit' });
  }
  if (spawnSync('cargo', ['fuzz', '--version']).status !== 0) {
    execFileSync('cargo', ['install', 'cargo-fuzz'], { stdio: 'inherit' });
  }
}

const cargoFuzz = (args, opties = {}) => spawnSync('cargo', ['+nightly', 'fuzz', ...args], { cwd: fuzz, encoding: 'utf8', maxBuffer: 1 << 28, ...opties });

/** Runs one target for the given time; resolves with what libFuzzer reported. */
function fuzzDoel(doel) {
  const corpus = join(fuzz, 'corpus', doel);
  mkdirSync(corpus, { recursive: true });
  if (doel === 'bytes') {
    for (const f of readdirSync(join(root, 'examples')).filter((f) => f.endsWith('.json'))) {
      copyFileSync(join(root, 'examples', f), join(corpus, `voorbeeld-${f}`));
    }
  }
  const args = [
    'run',
    doel,
    corpus,
    '--',
    `-max_total_time=${Math.round(minuten * 60)}`,
    '-max_len=16384',
    '-timeout=10',
    '-rss_limit_mb=2048',
    '-print_final_stats=1',
  ];
  return new Promise((resolve) => {
    const p = spawn('cargo', ['+nightly', 'fuzz', ...args], { cwd: fuzz });
    let uit = '';
    const lees = (d) => {
      uit += d;
      if (uit.length > 1 << 20) uit = uit.slice(-(1 << 19));
    };
    p.stdout.on('data', lees);
    p.stderr.on('data', lees);
    p.on('close', (code) => {
      const done = /Done (\d+) runs in (\d+) second/.exec(uit);
      const cov = [...uit.matchAll(/cov: (\d+) ft: (\d+)/g)].pop();
      resolve({
        doel,
        code,
        runs: done ? Number(done[1]) : null,
        seconden: done ? Number(done[2]) : null,
        cov: cov ? Number(cov[1]) : null,
        staart: uit.slice(-4000),
      });
    });
  });
}

/** Minimises the corpus and writes it, with any crash, as regression lines. */
function bewaar(doel) {
  const corpus = join(fuzz, 'corpus', doel);
  cargoFuzz(['cmin', doel, corpus]);
  const regressies = join(fuzz, 'regressies', `${doel}.jsonl`);
  mkdirSync(dirname(regressies), { recursive: true });
  rmSync(regressies, { force: true });
  const env = { ...process.env, PLANTOETS_FUZZ_BEWAAR: regressies };
  cargoFuzz(['run', doel, corpus, '--', '-runs=0'], { env });
  const artefacten = join(fuzz, 'artifacts', doel);
  if (existsSync(artefacten)) {
    for (const a of readdirSync(artefacten)) cargoFuzz(['run', doel, join(artefacten, a)], { env });
  }
  return existsSync(regressies) ? readFileSync(regressies, 'utf8').split('\n').filter(Boolean).length : 0;
}

zorgVoor();
execFileSync('cargo', ['+nightly', 'fuzz', 'build'], { cwd: fuzz, stdio: 'inherit' });
console.log(`Fuzzing ${doelen.join(' and ')} for ${minuten} minutes each …`);
const uitslagen = await Promise.all(doelen.map(fuzzDoel));
let goed = true;
for (const u of uitslagen) {
  const regels = bewaar(u.doel);
  const schoon = u.code === 0;
  goed &&= schoon;
  console.log(
    `${u.doel}: ${schoon ? 'clean' : `FAILED (exit ${u.code})`}, ${u.runs ?? '?'} inputs in ${u.seconden ?? '?'} s, coverage ${u.cov ?? '?'} edges; ${regels} regression inputs in fuzz/regressies/${u.doel}.jsonl`,
  );
  if (!schoon) console.log(u.staart);
}
process.exit(goed ? 0 : 1);
