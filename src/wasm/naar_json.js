// Turns any JavaScript value into JSON text for the checker, without ever throwing.
//
// JSON.stringify drops or rejects what JSON cannot hold; the checker must instead report
// it on its own field. So what is not JSON becomes a small marker object the reader
// recognises ({"\u0000plantoets": "<kind>"}): a function, a symbol, a BigInt, NaN or
// Infinity (rule I04), a cycle, or a getter that throws (rule I02), an invalid Date (I03).
// `undefined` stays absent, as in a plan object built by a form. A valid Date becomes its
// ISO text through toJSON, which the reader reports as "a date without a time" (I03).

const MARKER = '\u0000plantoets';
const merk = (soort) => ({ [MARKER]: soort });

function vervang(sleutel, waarde) {
  // An invalid Date turns into null through toJSON; say so instead of dropping it.
  if (waarde === null && this !== undefined && this[sleutel] instanceof Date) return merk('ongeldige-datum');
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

// Deeper than this the checker stops reading anyway (I08 at 32 levels).
const MAX_DIEPTE = 40;

/** A copy that JSON.stringify can always handle: cycles and throwing getters marked. */
function veilig(waarde, voorouders, diepte) {
  try {
    if (waarde instanceof Date && Number.isNaN(waarde.getTime())) return merk('ongeldige-datum');
    if (waarde !== null && typeof waarde === 'object' && typeof waarde.toJSON === 'function') {
      waarde = waarde.toJSON();
    }
    if (waarde === null || typeof waarde !== 'object') return vervang.call(undefined, '', waarde);
    if (voorouders.has(waarde)) return merk('kring');
    if (diepte > MAX_DIEPTE) return null;
    voorouders.add(waarde);
    let kopie;
    if (Array.isArray(waarde)) {
      kopie = [];
      for (let i = 0; i < waarde.length; i++) kopie.push(lees(waarde, i, voorouders, diepte));
    } else {
      kopie = {};
      for (const sleutel of Object.keys(waarde)) {
        const w = lees(waarde, sleutel, voorouders, diepte);
        if (w !== undefined) kopie[sleutel] = w;
      }
    }
    voorouders.delete(waarde);
    return kopie;
  } catch {
    return merk('leesfout');
  }
}

function lees(object, sleutel, voorouders, diepte) {
  let w;
  try {
    w = object[sleutel];
  } catch {
    return merk('leesfout');
  }
  return veilig(w, voorouders, diepte + 1);
}

/**
 * Whether JSON.stringify, without a replacer, writes exactly this value: only plain
 * objects, arrays, strings, finite numbers, booleans, null and undefined, not too deep.
 * A form's plan always is; checking that first and then calling JSON.stringify without a
 * replacer is twice as fast as calling the replacer on every value (BENCHMARKS.md).
 */
function gewoon(w, diepte) {
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
        for (let i = 0; i < w.length; i++) if (!gewoon(w[i], diepte + 1)) return false;
        return true;
      }
      const proto = Object.getPrototypeOf(w);
      if (proto !== Object.prototype && proto !== null) return false;
      for (const sleutel in w) if (!Object.hasOwn(w, sleutel) || !gewoon(w[sleutel], diepte + 1)) return false;
      return true;
    }
    default:
      return false;
  }
}

/**
 * JSON text of any value, or `undefined` when there is nothing (undefined, a function…).
 * The fast path is a plain JSON.stringify for plain data; then JSON.stringify with the
 * marking replacer; only when that throws (a cycle, a throwing getter, a revoked Proxy)
 * does the careful copy run.
 */
export function naarJson(waarde) {
  try {
    return gewoon(waarde, 0) ? JSON.stringify(waarde) : JSON.stringify(waarde, vervang);
  } catch {
    try {
      return JSON.stringify(veilig(waarde, new Set(), 0));
    } catch {
      return undefined;
    }
  }
}
