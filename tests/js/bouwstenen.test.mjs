// The page's small shared modules, in Node: JSON Pointers that never reach a prototype,
// the bounded copy of a plan that comes in, and dates that exist.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isEchteDatum, peildatumOf, vandaag } from '../../www/js/datum.js';
import { toonDatum, toonEuro, toonUren } from '../../www/js/getallen.js';
import { kopieer, MAX_DIEPTE, metWijzigingen, neemPlanAan, OnleesbaarPlan } from '../../www/js/plankopie.js';
import { delen, haal, pointer, verwijder, zet } from '../../www/js/pointer.js';

const schoon = () => {
  for (const k of ['x', 'z', 'w', 'y', 'vergiftigd']) assert.equal(Object.prototype[k], undefined, `Object.prototype.${k}`);
  assert.equal(Array.prototype.x, undefined);
};

test('pointer: __proto__, constructor and prototype are ordinary keys, never a way to a prototype', () => {
  const plan = {};
  for (const pad of ['/__proto__/x', '/client/__proto__/z', '/activiteiten/0/__proto__/w', '/constructor/prototype/y', '/a/constructor/prototype/vergiftigd']) {
    assert.equal(zet(plan, pad, 1), true, pad);
  }
  schoon();
  assert.equal(Object.getPrototypeOf(plan), Object.prototype);
  assert.deepEqual(Object.keys(plan), ['__proto__', 'client', 'activiteiten', 'constructor', 'a']);
  assert.equal(haal(plan, '/__proto__/x'), 1);
  assert.equal(haal(plan, '/activiteiten/0/__proto__/w'), 1);
  assert.equal(JSON.stringify(plan.client), '{"__proto__":{"z":1}}');
  // Reading only sees own properties.
  assert.equal(haal({}, '/constructor'), undefined);
  assert.equal(haal({}, '/toString'), undefined);
  assert.equal(haal([1], '/length'), undefined);
  // Removing an own __proto__ key removes the key.
  assert.equal(verwijder(plan, '/__proto__'), true);
  assert.equal(Object.hasOwn(plan, '__proto__'), false);
  schoon();
});

test('pointer: arrays take indices only, and grow only as far as allowed', () => {
  const plan = { activiteiten: [{}] };
  assert.equal(zet(plan, '/activiteiten/length', 1e9), false);
  assert.equal(zet(plan, '/activiteiten/-', 1), false);
  assert.equal(zet(plan, '/activiteiten/01/x', 1), false);
  assert.equal(zet(plan, '/activiteiten/99999999/sessies', 4), false, 'far past the end: refused');
  assert.equal(zet(plan, '/activiteiten/99999999/sessies', 4, { groeiTot: 500 }), false, 'past the cap: refused');
  assert.equal(plan.activiteiten.length, 1, 'a refused pointer changes nothing');
  assert.equal(zet(plan, '/activiteiten/1/sessies', 4), true, 'appending');
  assert.equal(zet(plan, '/activiteiten/4/sessies', 4, { groeiTot: 500 }), true);
  assert.equal(plan.activiteiten.length, 5);
  assert.equal(zet(plan, '/mijlpalen/0/datum', 'x'), true, 'a missing list is made');
  assert.ok(Array.isArray(plan.mijlpalen));
  assert.deepEqual(delen('/a~1b/c~0d'), ['a/b', 'c~d']);
  assert.equal(pointer(['a/b', 'c~d']), '/a~1b/c~0d');
  assert.equal(haal({ 'a/b': { 'c~d': 7 } }, '/a~1b/c~0d'), 7);
});

test('plankopie: what comes in is copied whole, own keys in order, and bounded', () => {
  const tekst = '{"1":0,"__proto__":{"x":1},"constructor":2,"dienst":"werkfit-maken ","n":1e21,"leeg":"","niets":null,"a":[1,null,{"toString":3}]}';
  const plan = neemPlanAan(JSON.parse(tekst));
  assert.equal(JSON.stringify(plan), JSON.stringify(JSON.parse(tekst)));
  schoon();
  // Edits are laid over a copy; the basis stays as it was.
  const uit = metWijzigingen(plan, [
    ['/client/naam', 'A'],
    ['/dienst', undefined],
  ]);
  assert.equal(uit.client.naam, 'A');
  assert.equal(Object.hasOwn(uit, 'dienst'), false);
  assert.equal(plan.dienst, 'werkfit-maken ');
  // Too deep, too large, not an object: refused with the reason.
  let diep = '0';
  for (let i = 0; i < 2500; i++) diep = `{"a":${diep}}`;
  assert.throws(
    () => neemPlanAan(JSON.parse(diep)),
    (f) => f instanceof OnleesbaarPlan && f.reden === 'te-diep',
  );
  const kring = {};
  kring.zelf = kring;
  assert.throws(
    () => kopieer(kring),
    (f) => f.reden === 'te-diep',
  );
  assert.throws(
    () => neemPlanAan({ activiteiten: Array.from({ length: 200_000 }, () => 0) }),
    (f) => f.reden === 'te-groot',
  );
  assert.throws(
    () => neemPlanAan([1]),
    (f) => f.reden === 'geen-object',
  );
  const gooit = {};
  Object.defineProperty(gooit, 'x', {
    enumerable: true,
    get() {
      throw new Error('nee');
    },
  });
  assert.throws(
    () => neemPlanAan(gooit),
    (f) => f.reden === 'onleesbaar',
  );
  assert.ok(MAX_DIEPTE >= 33, 'deeper than the core reads, so the core can report I08 where it stops');
});

test('datum: only days that exist', () => {
  for (const d of ['2025-13-45', '0000-00-00', '0000-01-01', '2025-02-29', '2025-04-31', '2025-1-01', ' 2025-01-01', 20250101, null]) {
    assert.equal(isEchteDatum(d), false, String(d));
  }
  for (const d of ['2024-02-29', '2000-02-29', '0001-01-01', '9999-12-31', '2025-03-20']) assert.equal(isEchteDatum(d), true, d);
  assert.equal(peildatumOf('2025-13-45'), vandaag());
  assert.equal(peildatumOf('2025-03-20'), '2025-03-20');
});

test('plankopie: an edit replaces a list where an object belongs (the user’s edit wins)', () => {
  const basis = neemPlanAan({ client: [1, 2], activiteiten: [[1], 'x'] });
  const uit = metWijzigingen(basis, [
    ['/client/naam', 'A'],
    ['/activiteiten/0/sessies', 4],
    ['/activiteiten/1/sessies', 5],
  ]);
  assert.deepEqual(uit, { client: { naam: 'A' }, activiteiten: [{ sessies: 4 }, { sessies: 5 }] });
  assert.equal(zet({ client: [1] }, '/client/naam', 'A'), false, 'without vervang a list stays a list');
});

test('getallen: hours, money and dates exactly as Intl writes them for nl-NL and en-GB', () => {
  // Many values: halves at the second decimal, thousands, negatives, zero and minus zero,
  // sevenths of an hour (the core's exact hours), cents up to a hundred million euros.
  const waarden = [0, -0, 0.005, 0.015, 1.005, 2.675, 41, 41.5, 1 / 7, 41 + 1 / 7, -2.5, 999.995, 1000, 1234.5, 1234567.125, 1e9 + 0.5, -0.001];
  for (let i = 0; i < 3000; i++) waarden.push(Math.round((Math.random() - 0.2) * 10 ** (1 + (i % 9))) / [1, 7, 60, 100, 1000][i % 5]);
  const centen = [0, -0, 1, 5, 99, 100, 309600, -500, 123456789, 10 ** 10];
  for (let i = 0; i < 3000; i++) centen.push(Math.round((Math.random() - 0.1) * 10 ** (1 + (i % 11))));
  for (const [taal, locale] of [
    ['nl', 'nl-NL'],
    ['en', 'en-GB'],
  ]) {
    const uren = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
    const euro = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' });
    const datum = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    for (const n of waarden) assert.equal(toonUren(n, taal), uren.format(n), `${taal} ${n}`);
    for (const c of centen) assert.equal(toonEuro(c, taal), euro.format(c / 100), `${taal} ${c}`);
    for (let dag = Date.UTC(1999, 0, 1); dag < Date.UTC(2031, 0, 1); dag += 86400000 * 3) {
      const iso = new Date(dag).toISOString().slice(0, 10);
      assert.equal(toonDatum(iso, taal), datum.format(new Date(`${iso}T00:00:00Z`)), `${taal} ${iso}`);
    }
  }
  assert.equal(toonEuro(309600, 'nl'), '€\u00a03.096,00');
  assert.equal(toonUren(41 + 1 / 7, 'nl'), '41,14');
  assert.equal(toonDatum('2027-05-06', 'nl'), '6 mei 2027');
});
