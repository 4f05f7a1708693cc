// Keeping what the form has no field for. The plan that comes in (an opened file, a kept
// draft, the example, `.plan = …`) is copied whole and kept as the form's basis: unknown
// fields, values an input cannot hold, "" and null, 1e21, rows the page does not show.
// What the user changes is laid over a copy of that basis (metWijzigingen), so whatever
// was not changed goes back out exactly as it came in.
//
// The copy is where a plan from outside is walked, so it is bounded: a value nested deeper
// than any plan or with more values than the core reads is refused with a reason, not a
// "Maximum call stack size exceeded" (issue 14, item 3).
import { verwijder, zet, zetEigen } from './pointer.js';

/** Deeper than this no plan goes (a real one is 4 deep; the core reads 32). */
export const MAX_DIEPTE = 64;
/** More values than the core reads at all (json::MAX_WAARDEN). */
export const MAX_WAARDEN = 100_000;

/** A plan that cannot be taken in; `reden` says why: geen-object, te-diep, te-groot, onleesbaar. */
export class OnleesbaarPlan extends Error {
  constructor(reden) {
    super(`plan: ${reden}`);
    this.reden = reden;
  }
}

/**
 * A copy of JSON-like data as JSON would keep it: own enumerable properties (a key named
 * "__proto__" stays a key), arrays by index, toJSON applied; functions, symbols, BigInts
 * and undefined left out (null in an array). Throws OnleesbaarPlan past the bounds.
 */
export function kopieer(waarde, { maxWaarden = MAX_WAARDEN } = {}) {
  const budget = { over: maxWaarden };
  try {
    return kopie(waarde, 0, budget);
  } catch (fout) {
    throw fout instanceof OnleesbaarPlan ? fout : new OnleesbaarPlan('onleesbaar');
  }
}

function kopie(w, diepte, budget) {
  if (w !== null && typeof w === 'object' && typeof w.toJSON === 'function') w = w.toJSON();
  if (w === null || typeof w !== 'object') return ['function', 'symbol', 'bigint'].includes(typeof w) ? undefined : w;
  if (diepte >= MAX_DIEPTE) throw new OnleesbaarPlan('te-diep');
  if (Array.isArray(w)) {
    betaal(budget, w.length);
    const uit = new Array(w.length);
    for (let i = 0; i < w.length; i++) uit[i] = kopie(w[i], diepte + 1, budget) ?? null;
    return uit;
  }
  const sleutels = Object.keys(w);
  betaal(budget, sleutels.length);
  const uit = {};
  for (const k of sleutels) {
    const v = kopie(w[k], diepte + 1, budget);
    if (v !== undefined) zetEigen(uit, k, v);
  }
  return uit;
}

function betaal(budget, n) {
  if (!(n <= budget.over)) throw new OnleesbaarPlan('te-groot');
  budget.over -= n;
}

/** A plan as it came in: an object, copied within the bounds (else OnleesbaarPlan). */
export function neemPlanAan(plan) {
  if (plan === null || typeof plan !== 'object' || Array.isArray(plan)) throw new OnleesbaarPlan('geen-object');
  return kopieer(plan);
}

/**
 * A copy of the basis with the form's changes laid over it: [pointer, value] pairs, where
 * undefined removes the member. The basis is never changed.
 */
export function metWijzigingen(basis, wijzigingen) {
  const plan = kopieer(basis, { maxWaarden: Number.POSITIVE_INFINITY });
  for (const [pad, waarde] of wijzigingen) {
    if (waarde === undefined) verwijder(plan, pad);
    else zet(plan, pad, waarde, { vervang: true });
  }
  return plan;
}
