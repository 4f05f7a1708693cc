// JSON Pointers (RFC 6901): "/activiteiten/2/sessies", "~1" for "/" and "~0" for "~" in a key.
//
// Pointers come from outside: a host names its fields by them (attach()), and an opened
// file's keys become them. So reading and writing only ever touch an object's own
// properties, and writing defines them (Object.defineProperty) instead of assigning: a
// segment named __proto__, constructor or prototype is an ordinary key here, and nothing
// can reach Object.prototype (issue 14, item 1). An array takes only indices: "length",
// "-" or "01" in an array are refused, and an index far past the end is refused unless the
// caller allows the array to grow that far, so no pointer can make a 10⁸-long array.

const INDEX = /^(0|[1-9]\d*)$/;

/** Whether a segment is an array index as RFC 6901 writes it (no sign, no leading zero). */
export const isIndex = (deel) => INDEX.test(deel);

const isContainer = (w) => w !== null && typeof w === 'object';

/** The segments of a pointer, unescaped; null when it is not a pointer. */
export function delen(pad) {
  if (pad === '') return [];
  if (typeof pad !== 'string' || !pad.startsWith('/')) return null;
  return pad
    .slice(1)
    .split('/')
    .map((d) => d.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The pointer of these segments, escaped. */
export function pointer(segmenten) {
  return segmenten.map((d) => `/${String(d).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

/** The own member `deel` of a container (an index for an array), else undefined. */
export function eigen(container, deel) {
  if (!isContainer(container)) return undefined;
  if (Array.isArray(container)) return isIndex(deel) ? container[Number(deel)] : undefined;
  return Object.hasOwn(container, deel) ? container[deel] : undefined;
}

/** Makes `sleutel` an own, ordinary property of `object`, whatever its name. */
export function zetEigen(object, sleutel, waarde) {
  Object.defineProperty(object, sleutel, { value: waarde, enumerable: true, writable: true, configurable: true });
}

/** The value at a pointer, or undefined. */
export function haal(doel, pad) {
  let o = doel;
  for (const deel of delen(pad) ?? [undefined]) {
    o = deel === undefined ? undefined : eigen(o, deel);
    if (o === undefined) return undefined;
  }
  return o;
}

/** Whether `deel` may be written into `container` (undefined: a container yet to be made for it). */
function past(container, deel, { groeiTot }) {
  const lijst = container === undefined ? isIndex(deel) : Array.isArray(container);
  if (!lijst) return true;
  if (!isIndex(deel)) return false;
  const n = Number(deel);
  return n <= (container?.length ?? 0) || n < groeiTot;
}

/**
 * Sets the value at a pointer, making an object (or, before an index, an array) where a
 * container is missing or is not one. An index may be the end of an array (appending) or,
 * with `groeiTot`, anything below it (the holes stay holes). With `vervang`, an array
 * where a key follows is replaced by an object too (the form's edit wins over a plan that
 * had a list where an object belongs). Returns false, and changes nothing, when the
 * pointer cannot be placed.
 */
export function zet(doel, pad, waarde, { groeiTot = 0, vervang = false } = {}) {
  const ds = delen(pad);
  if (!ds || ds.length === 0 || !isContainer(doel)) return false;
  // A member that will be replaced by a new container: not a container, or (vervang) a
  // list where the next segment is a key.
  const nieuwNodig = (w, volgend) => !isContainer(w) || (vervang && Array.isArray(w) && !isIndex(volgend));
  // First see that every segment fits, so that a refused pointer changes nothing.
  let o = doel;
  for (let i = 0; i < ds.length; i++) {
    if (!past(o, ds[i], { groeiTot })) return false;
    const volgende = eigen(o, ds[i]);
    o = i + 1 < ds.length && !nieuwNodig(volgende, ds[i + 1]) ? volgende : undefined;
  }
  o = doel;
  for (let i = 0; i < ds.length - 1; i++) {
    let volgende = eigen(o, ds[i]);
    if (nieuwNodig(volgende, ds[i + 1])) {
      volgende = isIndex(ds[i + 1]) ? [] : {};
      plaats(o, ds[i], volgende);
    }
    o = volgende;
  }
  plaats(o, ds[ds.length - 1], waarde);
  return true;
}

function plaats(container, deel, waarde) {
  if (Array.isArray(container)) container[Number(deel)] = waarde;
  else zetEigen(container, deel, waarde);
}

/** Removes the member at a pointer from its object (array items are never removed here). */
export function verwijder(doel, pad) {
  const ds = delen(pad);
  if (!ds || ds.length === 0) return false;
  const ouder = ds.length === 1 ? doel : haal(doel, pointer(ds.slice(0, -1)));
  const laatste = ds[ds.length - 1];
  if (!isContainer(ouder) || Array.isArray(ouder) || !Object.hasOwn(ouder, laatste)) return false;
  delete ouder[laatste];
  return true;
}
