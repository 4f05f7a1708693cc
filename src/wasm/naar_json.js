// Turns any JavaScript value into JSON text for the checker, without ever throwing, in
// bounded time and memory.
//
// JSON.stringify drops or rejects what JSON cannot hold; the checker must instead report
// it on its own field. So what is not JSON becomes a small marker object the reader
// recognises ({"\u0000plantoets": "<kind>"}): a function, a symbol, a BigInt, NaN or
// Infinity (rule I04), a cycle, or a getter that throws (rule I02), an invalid Date (I03),
// and a value too large to walk ("te-groot", I08 on its field). `undefined` stays absent,
// as in a plan object built by a form. A valid Date becomes its ISO text through toJSON,
// which the reader reports as "a date without a time" (I03).
//
// Why bounded: a plan from JSON text is capped by the core (16 MB, 100 000 values), but an
// object a program builds is not text yet. A sparse array of length 1.2e8 or a
// Uint8Array(6e7) costs almost nothing to build and made JSON.stringify write gigabytes
// (a V8 fatal error after 31 s; 295 s and 6 GB). So the walk pays for every value before
// it looks at it: a container whose members do not fit in what is left of the budget
// becomes the "te-groot" marker, without its length ever being iterated.

const MARKER = '\u0000plantoets';
const merk = (soort) => ({ [MARKER]: soort });

/** The values one walk may visit: the core's own cap (json::MAX_WAARDEN). */
const MAX_WAARDEN = 100_000;
// Deeper than this the checker stops reading anyway (I08 at 32 levels).
const MAX_DIEPTE = 40;

/** What is left of a walk's budget of values. */
class Budget {
  constructor() {
    this.over = MAX_WAARDEN;
  }
  /** Takes `n` values; false (taking nothing) when they do not fit. */
  neem(n) {
    if (!(n <= this.over)) return false; // also NaN, from a hostile `length`
    this.over -= n;
    return true;
  }
}

function primitief(waarde) {
  switch (typeof waarde) {
    case 'number':
      return Number.isFinite(waarde) ? waarde : merk(String(waarde));
    case 'function':
    case 'symbol':
    case 'bigint':
      return merk(typeof waarde);
    default:
      return waarde;
  }
}

/** A typed array or DataView: JSON.stringify writes its indices as keys of an object. */
const isBinair = (w) => ArrayBuffer.isView(w);

/** A copy that JSON.stringify can always handle quickly: cycles, getters and size marked. */
function veilig(waarde, voorouders, diepte, budget) {
  try {
    if (waarde instanceof Date && Number.isNaN(waarde.getTime())) return merk('ongeldige-datum');
    if (waarde !== null && typeof waarde === 'object' && typeof waarde.toJSON === 'function') {
      waarde = waarde.toJSON();
    }
    if (waarde === null || typeof waarde !== 'object') return primitief(waarde);
    if (voorouders.has(waarde)) return merk('kring');
    if (diepte > MAX_DIEPTE) return merk('te-groot');
    let kopie;
    if (Array.isArray(waarde) || isBinair(waarde)) {
      // The length is read once and paid for before any member is looked at.
      const n = isBinair(waarde) ? (waarde.length ?? 0) : waarde.length;
      if (!budget.neem(n)) return merk('te-groot');
      voorouders.add(waarde);
      if (Array.isArray(waarde)) {
        kopie = [];
        for (let i = 0; i < n; i++) kopie.push(lees(waarde, i, voorouders, diepte, budget));
      } else {
        kopie = {};
        for (let i = 0; i < n; i++) kopie[i] = lees(waarde, i, voorouders, diepte, budget);
      }
    } else {
      const sleutels = Object.keys(waarde);
      if (!budget.neem(sleutels.length)) return merk('te-groot');
      voorouders.add(waarde);
      kopie = {};
      for (const sleutel of sleutels) {
        const w = lees(waarde, sleutel, voorouders, diepte, budget);
        // defineProperty: a key named "__proto__" stays a key, as JSON.parse makes it.
        if (w !== undefined) Object.defineProperty(kopie, sleutel, { value: w, enumerable: true, writable: true, configurable: true });
      }
    }
    voorouders.delete(waarde);
    return kopie;
  } catch {
    return merk('leesfout');
  }
}

function lees(object, sleutel, voorouders, diepte, budget) {
  let w;
  try {
    w = object[sleutel];
  } catch {
    return merk('leesfout');
  }
  return veilig(w, voorouders, diepte + 1, budget);
}

/**
 * Whether JSON.stringify, without a replacer, writes exactly this value in bounded time:
 * only plain objects, arrays, strings, finite numbers, booleans, null and undefined, not
 * too deep, within the budget. A form's plan always is; checking that first and then
 * calling JSON.stringify without a replacer is twice as fast as the careful copy
 * (BENCHMARKS.md).
 */
function gewoon(w, diepte, budget) {
  switch (typeof w) {
    case 'string':
    case 'boolean':
    case 'undefined':
      return true;
    case 'number':
      return Number.isFinite(w);
    case 'object': {
      if (w === null) return true;
      if (diepte > MAX_DIEPTE) return false;
      if (Array.isArray(w)) {
        if (!budget.neem(w.length)) return false;
        for (let i = 0; i < w.length; i++) if (!gewoon(w[i], diepte + 1, budget)) return false;
        return true;
      }
      const proto = Object.getPrototypeOf(w);
      if (proto !== Object.prototype && proto !== null) return false;
      for (const sleutel in w) {
        if (!budget.neem(1) || !Object.hasOwn(w, sleutel) || !gewoon(w[sleutel], diepte + 1, budget)) return false;
      }
      return true;
    }
    default:
      return false;
  }
}

/**
 * JSON text of any value, or `undefined` when there is nothing (undefined, a function…).
 * The fast path is a plain JSON.stringify for plain data of bounded size; anything else
 * goes through the careful copy, which marks what JSON cannot hold and what is too large.
 */
export function naarJson(waarde) {
  try {
    if (gewoon(waarde, 0, new Budget())) return JSON.stringify(waarde);
  } catch {
    // A Proxy or getter that threw during the check: the careful copy marks it.
  }
  try {
    return JSON.stringify(veilig(waarde, new Set(), 0, new Budget()));
  } catch {
    return undefined;
  }
}
