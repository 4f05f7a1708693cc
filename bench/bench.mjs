// `npm run bench`: speed, size and cold start, each with its target beside it, written to
// BENCHMARKS.md with the machine and the date. Never part of `npm test`'s pass/fail:
// these machines are shared and noisy. (The size guard in `npm test` is bench/budget.json.)
//
//   1. One Node process, a 12-activity reference plan (~5 KB of JSON) and a 200-activity
//      plan: p50/p99 of check(object), check(text), and JSON.parse + ajv 8 validating the
//      same plan against schema(), paired call by call, after warm-up.
//   2. The native command line on 10 000 plans, pinned to one core: plans per second.
//   3. Gzipped sizes: the .wasm, the JS glue, the whole page.
//   4. The page as a person feels it, in headless Chromium (bench/pagina.mjs): cold start over
//      fresh browsers (the WebAssembly part, navigation → the live form, → first report;
//      medians), keystroke → next paint in a 12-activity plan with the CPU slowed 4× (p50,
//      p95), and the first paint (which shows the form) on the slow profile (4× CPU,
//      1.6 Mbit/s, 150 ms round trip; median).
import { readFileSync, writeFileSync, mkdirSync, rmSync, existsSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import os from 'node:os';
import { referentie, groot } from './plannen.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// npm packages (ajv, playwright-core) only after they are installed: a fresh clone has none.
const { ensureNodeModules, ensureRust } = await import('../scripts/setup.mjs');
ensureRust();
ensureNodeModules();
const { default: Ajv } = await import('ajv');
const budget = (await import('../scripts/maten.mjs')).budget().doelen;
const snel = process.argv.includes('--snel');

console.log('Building (release) …');
execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { stdio: ['ignore', 'ignore', 'inherit'] });
execFileSync('cargo', ['build', '--release', '--quiet'], { cwd: root, stdio: 'inherit' });

const { initSync, check, schema } = await import(join(root, 'pkg', 'plantoets.js'));
initSync({ module: readFileSync(join(root, 'pkg', 'plantoets_bg.wasm')) });

const PEIL = { peildatum: '2026-11-23' };
const ns = () => process.hrtime.bigint();
const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};

/** Times several functions call by call, interleaved, after warm-up; µs per call. */
function meet(functies, { warm = 2000, n = 20000 } = {}) {
  if (snel) [warm, n] = [200, 2000];
  for (let i = 0; i < warm; i++) for (const f of Object.values(functies)) f();
  const tijden = Object.fromEntries(Object.keys(functies).map((k) => [k, []]));
  for (let i = 0; i < n; i++) {
    for (const [k, f] of Object.entries(functies)) {
      const t0 = ns();
      f();
      tijden[k].push(Number(ns() - t0) / 1000);
    }
  }
  return Object.fromEntries(Object.entries(tijden).map(([k, t]) => [k, { p50: pct(t, 50), p99: pct(t, 99) }]));
}

const ajv = new Ajv({ allErrors: true });
ajv.addVocabulary(['x-titel', 'x-namen', 'x-groep', 'x-item']);
const valideer = ajv.compile(schema());

const uitslag = { plannen: {} };
for (const [naam, plan] of [['12 activiteiten', referentie()], ['200 activiteiten', groot()]]) {
  const tekst = JSON.stringify(plan);
  assert(check(tekst, PEIL).ok !== undefined && valideer(JSON.parse(tekst)), 'the plans are valid input');
  const r = meet(
    {
      object: () => check(plan, PEIL),
      tekst: () => check(tekst, PEIL),
      ajv: () => valideer(JSON.parse(tekst)),
    },
    naam.startsWith('200') ? { warm: 200, n: 2000 } : undefined,
  );
  uitslag.plannen[naam] = { bytes: Buffer.byteLength(tekst), ...r, verhouding: r.tekst.p50 / r.ajv.p50 };
  console.log(`${naam} (${Buffer.byteLength(tekst)} B): check(object) p50 ${r.object.p50.toFixed(1)} µs, check(text) p50 ${r.tekst.p50.toFixed(1)} µs, JSON.parse+ajv p50 ${r.ajv.p50.toFixed(1)} µs`);
}

// 2. The native command line on 10 000 plans, on one core.
const map = existsSync('/dev/shm') ? '/dev/shm/plantoets-bench' : join(os.tmpdir(), 'plantoets-bench');
rmSync(map, { recursive: true, force: true });
mkdirSync(map, { recursive: true });
const aantal = snel ? 1000 : 10000;
const refTekst = JSON.stringify(referentie());
const bestanden = [];
for (let i = 0; i < aantal; i++) {
  const f = join(map, `p${i}.json`);
  writeFileSync(f, refTekst);
  bestanden.push(f);
}
const cli = join(root, 'target', 'release', 'plantoets');
const rondes = [];
for (let i = 0; i < 3; i++) {
  const t0 = ns();
  const r = spawnSync('taskset', ['-c', '0', cli, 'check', '--peildatum', '2026-11-23', ...bestanden], { maxBuffer: 1 << 30 });
  if (r.status !== 0 && r.status !== 1) throw new Error(`plantoets check: ${r.stderr}`);
  rondes.push(Number(ns() - t0) / 1e9);
}
const seconden = Math.min(...rondes);
uitslag.native = { plannen: aantal, seconden, perSeconde: aantal / seconden };
rmSync(map, { recursive: true, force: true });
console.log(`native: ${aantal} plans in ${seconden.toFixed(3)} s on one core = ${Math.round(aantal / seconden)} plans/s`);

// 3. Sizes.
const { maten } = await import('../scripts/maten.mjs');
const mt = maten();
uitslag.maten = {
  wasm: mt.wasmGz,
  wasmBr: mt.wasmBr,
  wasmRuw: mt.wasmRuw,
  pakket: mt.pakketGz,
  pakketBr: mt.pakketBr,
  glue: mt.glueGz,
  pagina: mt.paginaGz,
  delen: mt.paginaDelen,
  rust: mt.rust,
};
console.log(
  `sizes (gzip -9): the page's wasm ${uitslag.maten.wasm} B, the package's ${uitslag.maten.pakket} B (${mt.rust} Rust), glue ${uitslag.maten.glue} B, page ${uitslag.maten.pagina} B`,
);

// 4. The page as a person feels it.
const { meetPagina } = await import('./pagina.mjs');
const gevoel = await meetPagina({ snel });
uitslag.koud = gevoel.koud;
console.log(
  `cold start (median of ${gevoel.koud.runs}): WebAssembly part ${gevoel.koud.wasm.toFixed(1)} ms, navigation → live form ${gevoel.koud.formulier.toFixed(1)} ms, → first report ${gevoel.koud.eerste.toFixed(1)} ms`,
);
console.log(`keystroke → next paint, 4× slower CPU, ${gevoel.toets.n} keys: p50 ${gevoel.toets.p50.toFixed(1)} ms, p95 ${gevoel.toets.p95.toFixed(1)} ms`);
console.log(`slow profile: first paint (the form) ${gevoel.traag.fcp.toFixed(0)} ms, first report ${gevoel.traag.rapport.toFixed(0)} ms (median of ${gevoel.traag.runs})`);

// The table, with targets.
const ref = uitslag.plannen['12 activiteiten'];
const g = uitslag.plannen['200 activiteiten'];
const kb = (b) => `${(b / 1024).toFixed(1)} KB`;
const regels = [
  ['check(text), 12 activities, p50 ÷ (JSON.parse + ajv) p50, same run', `≤ ${budget.verhoudingTekst}×`, `${ref.verhouding.toFixed(2)}×`, ref.verhouding <= budget.verhoudingTekst],
  [
    'the same ratio against the target of issue 16',
    `≤ ${budget.verhoudingTekst16}×`,
    `${ref.verhouding.toFixed(2)}×`,
    ref.verhouding <= budget.verhoudingTekst16,
  ],
  ['check(text), 12 activities, p50', `≤ ${budget.tekstUs} µs`, `${ref.tekst.p50.toFixed(1)} µs (p99 ${ref.tekst.p99.toFixed(1)})`, ref.tekst.p50 <= budget.tekstUs],
  ['check(object), 12 activities, p50 (as the page calls it)', `≤ ${budget.objectUs} µs`, `${ref.object.p50.toFixed(1)} µs (p99 ${ref.object.p99.toFixed(1)})`, ref.object.p50 <= budget.objectUs],
  ['JSON.parse + ajv, 12 activities, p50 (reference, no domain rules)', '—', `${ref.ajv.p50.toFixed(1)} µs (p99 ${ref.ajv.p99.toFixed(1)})`, null],
  ['check(object), 200 activities, p50', `≤ ${budget.grootUs} µs`, `${g.object.p50.toFixed(0)} µs (text ${g.tekst.p50.toFixed(0)}, ajv ${g.ajv.p50.toFixed(0)})`, g.object.p50 <= budget.grootUs],
  ['native plantoets check, 10 000 plans, one core', `≥ ${budget.nativePerSeconde} plans/s`, `${Math.round(uitslag.native.perSeconde)} plans/s`, uitslag.native.perSeconde >= budget.nativePerSeconde],
  [
    'the page’s plantoets_bg.wasm (pkg/pagina: Dutch, check only), gzip',
    `≤ ${kb(budget.wasmGz)}`,
    `${kb(uitslag.maten.wasm)} (raw ${kb(uitslag.maten.wasmRuw)})`,
    uitslag.maten.wasm <= budget.wasmGz,
  ],
  [
    'the package’s whole plantoets_bg.wasm (pkg/; the page loads it for English), gzip / brotli',
    '—',
    `${kb(uitslag.maten.pakket)} / ${kb(uitslag.maten.pakketBr)}`,
    null,
  ],
  [
    'native, against the target of issue 16',
    `≥ ${budget.nativePerSeconde16} plans/s`,
    `${Math.round(uitslag.native.perSeconde)} plans/s`,
    uitslag.native.perSeconde >= budget.nativePerSeconde16,
  ],
  ['the page’s .wasm, gzip (issue 16)', `≤ ${kb(budget.wasmGz16)}`, kb(uitslag.maten.wasm), uitslag.maten.wasm <= budget.wasmGz16],
  ['the page’s .wasm, brotli (issue 16)', `≤ ${kb(budget.wasmBr16)}`, kb(uitslag.maten.wasmBr), uitslag.maten.wasmBr <= budget.wasmBr16],
  ['JS glue pkg/plantoets.js, gzip', `≤ ${kb(budget.glueGz)}`, kb(uitslag.maten.glue), uitslag.maten.glue <= budget.glueGz],
  ['the whole page (html, css, js, wasm), gzip', `≤ ${kb(budget.paginaGz)}`, kb(uitslag.maten.pagina), uitslag.maten.pagina <= budget.paginaGz],
  ['cold start: WebAssembly part (fetch, compile, instantiate, first check), median', `≤ ${budget.koudMs} ms`, `${uitslag.koud.wasm.toFixed(1)} ms`, uitslag.koud.wasm <= budget.koudMs],
  ['cold start: navigation → the live form (scripts ran, core still loading), median', '—', `${uitslag.koud.formulier.toFixed(1)} ms`, null],
  ['cold start: navigation → first report on the page, median', `≤ ${budget.eersteRapportMs} ms`, `${uitslag.koud.eerste.toFixed(1)} ms`, uitslag.koud.eerste <= budget.eersteRapportMs],
  [
    'keystroke → next paint, 12 activities, CPU 4× slower, p95',
    `≤ ${budget.toetsP95Ms} ms`,
    `${gevoel.toets.p95.toFixed(1)} ms (p50 ${gevoel.toets.p50.toFixed(1)}, ${gevoel.toets.n} keys)`,
    gevoel.toets.p95 <= budget.toetsP95Ms,
  ],
  [
    'first paint, showing the form: 4× CPU, 1.6 Mbit/s, 150 ms RTT, median',
    `≤ ${budget.eerstePaintMs} ms`,
    `${gevoel.traag.fcp.toFixed(0)} ms${gevoel.traag.formulier ? '' : ' (form NOT in the HTML)'} (first report ${gevoel.traag.rapport.toFixed(0)} ms)`,
    gevoel.traag.fcp <= budget.eerstePaintMs && gevoel.traag.formulier,
  ],
];
console.log('\n| figure | target | measured | |');
for (const [f, t, m, ok] of regels) console.log(`| ${f} | ${t} | ${m} | ${ok === null ? '' : ok ? 'met' : '**MISSED**'} |`);

const chromium = spawnSync('/usr/bin/chromium', ['--version'], { encoding: 'utf8' }).stdout.trim();
const machine = `${os.cpus()[0]?.model ?? '?'} × ${os.cpus().length}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.type()} ${os.release()}; Node ${process.version}; ${chromium}`;
if (!snel) {
  const md = join(root, 'BENCHMARKS.md');
  const oud = existsSync(md) ? readFileSync(md, 'utf8') : '';
  const uitleg = oud.includes('<!-- uitleg -->') ? oud.slice(oud.indexOf('<!-- uitleg -->')) : '<!-- uitleg -->\n';
  writeFileSync(
    md,
    `# Benchmarks\n\nWritten by \`npm run bench\` (\`bench/bench.mjs\`); targets from issue 7, also in \`bench/budget.json\`.\n\n` +
      `- Date: ${new Date().toISOString().slice(0, 10)}\n- Machine: ${machine}\n- Plans: \`bench/plannen.mjs\` (reference: ${ref.bytes} bytes of JSON, 12 activities; large: ${g.bytes} bytes, 200 activities)\n\n` +
      `| figure | target | measured | |\n|---|---|---|---|\n` +
      regels.map(([f, t, m, ok]) => `| ${f} | ${t} | ${m} | ${ok === null ? '' : ok ? 'met' : '**MISSED**'} |`).join('\n') +
      `\n\n` +
      uitleg,
  );
  console.log('\nBENCHMARKS.md written.');
}

function assert(v, m) {
  if (!v) throw new Error(m);
}
