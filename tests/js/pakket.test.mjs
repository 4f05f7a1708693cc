// The npm package as a user loads it in Node 20: pkg/plantoets.js + initSync.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, mkdtempSync, writeFileSync, copyFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import Ajv from 'ajv';
import { initSync, check, diensten, catalogus, schema } from '../../pkg/plantoets.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
initSync({ module: readFileSync(join(root, 'pkg', 'plantoets_bg.wasm')) });

const PEIL = { peildatum: '2026-11-23' };
const voorbeelden = readdirSync(join(root, 'examples'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => [f, readFileSync(join(root, 'examples', f), 'utf8')]);

/** Calls check and insists it did not throw. */
function toets(plan, opties) {
  let r;
  assert.doesNotThrow(() => {
    r = check(plan, opties);
  });
  assert.equal(typeof r, 'object');
  assert.ok(Array.isArray(r.bevindingen));
  assert.equal(r.ok, !r.bevindingen.some((b) => b.ernst === 'fout'));
  return r;
}
const heeft = (r, code, pad) => r.bevindingen.some((b) => b.code === code && (pad === undefined || b.pad === pad));

test('every example is clean, as object and as text, in both languages', () => {
  assert.equal(voorbeelden.length, 8);
  for (const [naam, tekst] of voorbeelden) {
    const object = toets(JSON.parse(tekst), PEIL);
    assert.equal(object.ok, true, `${naam}: ${JSON.stringify(object.bevindingen)}`);
    assert.ok(!object.bevindingen.some((b) => b.ernst === 'waarschuwing'), naam);
    assert.deepEqual(toets(tekst, PEIL), object, `${naam}: text and object agree`);
    const en = toets(tekst, { ...PEIL, taal: 'en' });
    assert.deepEqual(en.uren, object.uren);
    assert.deepEqual(en.termijnen, object.termijnen);
  }
});

test('the report carries the numbers of the spec', () => {
  const r = toets(readFileSync(join(root, 'examples', 'werkfit-maken.json'), 'utf8'), PEIL);
  assert.deepEqual(r.regelset, { versie: '7.1', geldigVanaf: '2025-01-01', genegeerd: [] });
  assert.equal(r.indienbaar, true);
  assert.equal(r.uren.totaal, 36);
  assert.equal(r.uren.maximum, 41);
  assert.equal(r.uren.verhoogdMaximum, 60);
  assert.equal(r.uren.resterend, 5);
  assert.equal(r.termijnen.indienenUiterlijk, '2026-11-02');
  assert.equal(r.termijnen.evaluatiemoment, '2027-05-06');
  assert.equal(r.prijs.uurtariefCent, 8600);
  assert.equal(r.prijs.totaalCent, 36 * 8600);
  assert.equal(
    r.prijs.totaalCent,
    r.prijs.regels.reduce((s, l) => s + l.bedragCent, 0),
  );
});

test('hostile input never throws and becomes I-findings', () => {
  const alleenI01 = (r) =>
    assert.deepEqual(
      r.bevindingen.map((b) => [b.code, b.pad]),
      [['I01', '']],
    );
  alleenI01(toets(undefined));
  alleenI01(toets(null));
  alleenI01(toets(42));
  alleenI01(toets('geen json'));
  alleenI01(toets([1, 2, 3]));
  alleenI01(toets(() => 1));
  alleenI01(toets(Symbol('x')));

  const kring = { dienst: 'naar-werk', client: { uitkering: 'WW' } };
  kring.client.zelf = kring;
  kring.activiteiten = [kring];
  let r = toets(kring, PEIL);
  assert.ok(heeft(r, 'I02', '/activiteiten/0'), JSON.stringify(r.bevindingen));

  r = toets({ dienst: 'naar-werk', client: { visie: 'x'.repeat(10 * 1024 * 1024) } }, PEIL);
  assert.ok(heeft(r, 'I08', '/client/visie'));

  r = toets(JSON.stringify({ dienst: 'naar-werk', client: { visie: 'x'.repeat(10 * 1024 * 1024) } }), PEIL);
  assert.ok(heeft(r, 'I08', '/client/visie'), '10 MB as text too');

  r = toets({ dienst: 'naar-werk', activiteiten: Array.from({ length: 10000 }, () => ({ sessies: 1, minutenPerSessie: 60 })) }, PEIL);
  assert.ok(heeft(r, 'I08', '/activiteiten'));

  r = toets({ dienst: 'naar-werk', datums: { opdracht: new Date(Date.UTC(2025, 2, 3)), akkoord: new Date(NaN) } }, PEIL);
  assert.ok(heeft(r, 'I03', '/datums/opdracht'));
  assert.ok(heeft(r, 'I03', '/datums/akkoord'), 'an invalid Date is reported, not silently empty');

  const gooit = { dienst: 'naar-werk' };
  Object.defineProperty(gooit, 'client', {
    enumerable: true,
    get() {
      throw new Error('nee');
    },
  });
  r = toets(gooit, PEIL);
  assert.ok(heeft(r, 'I02', '/client'));

  r = toets({ dienst: 'naar-werk', doorlooptijdMaanden: NaN, administratieUren: -Infinity, ordernummer: 10n, client: { naam: Symbol('n') } }, PEIL);
  for (const [code, pad] of [
    ['I04', '/doorlooptijdMaanden'],
    ['I04', '/administratieUren'],
    ['I02', '/ordernummer'],
    ['I02', '/client/naam'],
  ]) {
    assert.ok(heeft(r, code, pad), `${code} ${pad}: ${JSON.stringify(r.bevindingen)}`);
  }

  // Options of the wrong kind are reported and ignored; the plan is still checked.
  r = toets('{}', 'geen opties');
  assert.ok(heeft(r, 'I01', '') && heeft(r, 'I06', '/dienst'));
  r = toets('{}', { taal: 'fr', peildatum: 'morgen' });
  assert.equal(r.bevindingen.filter((b) => b.pad === '' && typeof b.feiten.optie === 'string').length, 2);
});

test('check(object) bounds its walk: huge arrays, typed arrays and too many values are I08 on their field', () => {
  // Each of these costs a program nothing to build, and made the unbounded JSON.stringify
  // write gigabytes (issue 14, item 6). Now each is one marker, reported where it is.
  const tijd = (f) => {
    const t = performance.now();
    const r = f();
    return [r, performance.now() - t];
  };
  const ijl = [];
  ijl.length = 1.2e8;
  let [r, ms] = tijd(() => toets({ dienst: 'naar-werk', activiteiten: ijl, client: { uitkering: 'WW' } }, PEIL));
  assert.ok(heeft(r, 'I08', '/activiteiten'), JSON.stringify(r.bevindingen));
  assert.ok(ms < 2000, `${ms} ms`);
  assert.ok(!heeft(r, 'I06', '/client/uitkering'), 'the rest of the plan is still read');

  [r, ms] = tijd(() => toets({ dienst: 'naar-werk', client: { visie: new Uint8Array(6e7) } }, PEIL));
  assert.ok(heeft(r, 'I08', '/client/visie'), JSON.stringify(r.bevindingen));
  assert.ok(ms < 2000, `${ms} ms`);

  // A small typed array is what JSON.stringify makes of it: an object with index keys.
  r = toets({ dienst: 'naar-werk', client: { visie: new Uint8Array(3) } }, PEIL);
  assert.ok(heeft(r, 'I02', '/client/visie'));

  // More values than the core reads in all (100 000): the container that does not fit.
  const veel = Array.from({ length: 60_000 }, () => ({ a: 1 }));
  r = toets({ dienst: 'naar-werk', x: veel, activiteiten: veel }, PEIL);
  assert.ok(heeft(r, 'I08', '/activiteiten') || heeft(r, 'I08', ''), JSON.stringify(r.bevindingen.slice(0, 3)));

  // Deeper than any plan, built by a program: bounded, and I08 where the core stops.
  let diep = {};
  const top = diep;
  for (let i = 0; i < 100_000; i++) diep = diep.a = {};
  r = toets({ dienst: 'naar-werk', client: top }, PEIL);
  assert.ok(
    r.bevindingen.some((b) => b.code === 'I08' && b.pad.startsWith('/client')),
    JSON.stringify(r.bevindingen),
  );

  // An object with more fields than the budget, and a huge array as the whole input.
  const breed = {};
  for (let i = 0; i < 150_000; i++) breed[`k${i}`] = i;
  r = toets({ dienst: 'naar-werk', werkplan: breed }, PEIL);
  assert.ok(heeft(r, 'I08', '/werkplan'), JSON.stringify(r.bevindingen.slice(0, 3)));
  r = toets(ijl, PEIL);
  assert.deepEqual(
    r.bevindingen.map((b) => [b.code, b.pad]),
    [['I08', '']],
  );
});

test('an invalid Date, also at the top or in a cycle walk, is an I-finding', () => {
  let r = toets({ dienst: 'naar-werk', datums: { opdracht: new Date(NaN) } }, PEIL);
  assert.ok(heeft(r, 'I03', '/datums/opdracht') && !heeft(r, 'I06', '/datums/opdracht'));
  const kring = { dienst: 'naar-werk', datums: { opdracht: new Date(NaN) } };
  kring.zelf = kring; // forces the careful walk
  r = toets(kring, PEIL);
  assert.ok(heeft(r, 'I03', '/datums/opdracht'), JSON.stringify(r.bevindingen));
  alleenI01Top(toets(new Date()));
});

function alleenI01Top(r) {
  assert.deepEqual(
    r.bevindingen.map((b) => b.code),
    ['I01'],
  );
}

test('diensten, catalogus and schema', () => {
  const d = diensten();
  assert.equal(d.length, 8);
  const wfm = d.find((x) => x.dienst === 'werkfit-maken');
  assert.deepEqual(wfm.uren, { soort: 'maximum', maximum: 41, verhoogdMaximum: 60 });
  assert.equal(wfm.maxDoorlooptijdMaanden, 18);
  const c = catalogus();
  assert.equal(c.length, 65);
  for (const r of c) {
    assert.match(r.code, /^[ICUDTSP]\d\d$/);
    assert.ok(r.titel.nl && r.titel.en && r.waarom.nl && r.bron, r.code);
  }
  const s = schema();
  assert.equal(s.$schema, 'http://json-schema.org/draft-07/schema#');
});

test('schema(): ajv accepts every example and rejects what the reader rejects', () => {
  const ajv = new Ajv({ allErrors: true });
  // The schema's labels and names are annotations of our own (x-titel, x-namen, x-groep, x-item).
  ajv.addVocabulary(['x-titel', 'x-namen', 'x-groep', 'x-item']);
  const valideer = ajv.compile(schema());
  for (const [naam, tekst] of voorbeelden) {
    assert.ok(valideer(JSON.parse(tekst)), `${naam}: ${JSON.stringify(valideer.errors)}`);
  }
  assert.ok(!valideer({ dienst: 'werkfit' }));
  assert.ok(!valideer({ activiteiten: [{ sessies: '4' }] }));
  assert.ok(!valideer({ kleur: 'blauw' }));
  assert.ok(!valideer({ datums: { opdracht: '3-3-2025' } }));
  assert.ok(valideer({}), 'an empty draft has the right shape');
});

test('the package works through a bundler (esbuild)', () => {
  const map = mkdtempSync(join(tmpdir(), 'plantoets-bundel-'));
  cpSync(join(root, 'pkg'), join(map, 'pkg'), { recursive: true });
  writeFileSync(
    join(map, 'ingang.mjs'),
    `import { initSync, check } from './pkg/plantoets.js';
     import { readFileSync } from 'node:fs';
     initSync({ module: readFileSync(new URL('./pkg/plantoets_bg.wasm', import.meta.url)) });
     console.log(JSON.stringify(check({ dienst: 'naar-werk' }, { peildatum: '2025-01-01' }).bevindingen.map((b) => b.code)));`,
  );
  execFileSync(
    join(root, 'node_modules', '.bin', 'esbuild'),
    ['ingang.mjs', '--bundle', '--format=esm', '--platform=node', '--outfile=bundel.mjs', '--log-level=warning'],
    { cwd: map },
  );
  copyFileSync(join(map, 'pkg', 'plantoets_bg.wasm'), join(map, 'plantoets_bg.wasm'));
  const uit = execFileSync(process.execPath, ['bundel.mjs'], { cwd: map, encoding: 'utf8' });
  assert.ok(JSON.parse(uit).includes('I06'));
});
