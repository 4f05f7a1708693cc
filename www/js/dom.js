// Making elements. Text only ever goes in as text: a string child becomes a Text node
// (append), never HTML, so nothing a user typed or opened can become markup.
//
// Taking over the build's elements. The page's HTML arrives with the checker already in it,
// rendered at build time by the same code (scripts/vooraf.mjs). Building it a second time and
// swapping it in cost as much again as the first paint: the script, then style and layout of
// ~900 new elements. So the build writes down where each element it made ended up, in the
// order it made them (leg()), and the page, running the same code in the same state,
// takes the element made n-th instead of making one (neemOver). The code then attaches its
// listeners and keeps its references as always, to the elements that are already on screen:
// nothing is created, moved or laid out again. Every element taken must be what the code asks
// for (its tag and id); if not (an HTML from another build), the take-over stops and the
// caller builds anew.
//
// Where the elements are is one short attribute on the checker's first element, not a number
// on each: ~900 numbers were 11 kB more HTML before the first paint (2 kB this way).

const SVG = 'http://www.w3.org/2000/svg';

/** The attribute (on the checker's first element) that says where the build's elements are. */
export const VOLGORDE = 'data-volgorde';

/**
 * While recording (the build) or taking over (the page): the next element's number, the
 * elements made (the build) or the build's elements by number (the page). null otherwise.
 * @type {{ n: number, gemaakt: Element[] | null, oud: (Element|undefined)[] | null } | null}
 */
let telling = null;

/** Thrown when an element of the build is not the one the code makes: the take-over stops. */
export class Afwijking extends Error {}

function zetAttributen(e, attrs) {
  for (const [k, v] of Object.entries(attrs)) {
    if (v === false || v === undefined || v === null) continue;
    e.setAttribute(k, v === true ? '' : String(v));
  }
}

/** The build's element with the next number, when taking over; it must be what is asked for. */
function volgende(tag, attrs) {
  if (!telling) return null;
  const n = telling.n++;
  if (!telling.oud) return null;
  const oud = telling.oud[n];
  // No element with this number: the build made it but kept it off the page (the Weergave's
  // own wrapper, whose parts go elsewhere): it is made anew, as in the build.
  if (!oud) return null;
  const id = attrs.id === undefined || attrs.id === null || attrs.id === false ? '' : String(attrs.id);
  if (oud.localName !== tag || oud.id !== id) throw new Afwijking(`element ${n}: <${oud.localName} id="${oud.id}">, not <${tag} id="${id}">`);
  return oud;
}

function maak(e, attrs, kinderen) {
  zetAttributen(e, attrs);
  telling?.gemaakt?.push(e);
  for (const k of kinderen) if (k !== null && k !== undefined && k !== false) e.append(k);
  return e;
}

/** An HTML element with attributes (true: present, false/null/undefined: left out) and children. */
export function element(doc, tag, attrs = {}, ...kinderen) {
  const oud = volgende(tag, attrs);
  if (oud) {
    // Its attributes and text are the build's, made by this same code; only a child element
    // that is not in it yet (made anew) is put in its place.
    voegToe(oud, ...kinderen.filter((k) => typeof k !== 'string'));
    return oud;
  }
  return maak(doc.createElement(tag), attrs, kinderen);
}

/** An SVG element, the same way. */
export function svgElement(doc, tag, attrs = {}, ...kinderen) {
  const oud = volgende(tag, attrs);
  if (oud) {
    voegToe(oud, ...kinderen.filter((k) => typeof k !== 'string'));
    return oud;
  }
  return maak(doc.createElementNS(SVG, tag), attrs, kinderen);
}

/**
 * `ouder.append(...kinderen)`, except while taking over: then a child that is already in
 * `ouder` stays where it is (appending it again would move it: a mutation, style and layout
 * for nothing), an empty text is left out (the HTML has no empty text nodes), and any other
 * child is put after the one before it in `kinderen` (or before the one after it), which is
 * where the build had it.
 */
export function voegToe(ouder, ...kinderen) {
  if (!telling?.oud) {
    ouder.append(...kinderen.filter((k) => k !== null && k !== undefined && k !== false));
    return;
  }
  const lijst = kinderen.filter((k) => k !== null && k !== undefined && k !== false && k !== '');
  lijst.forEach((k, i) => {
    if (typeof k !== 'string' && k.parentNode === ouder) return;
    const voor = lijst[i - 1];
    if (voor !== undefined && typeof voor !== 'string' && voor.parentNode === ouder) voor.after(k);
    else {
      const na = lijst.slice(i + 1).find((x) => typeof x !== 'string' && x.parentNode === ouder);
      if (na) na.before(k);
      else ouder.append(k);
    }
  });
}

/** Sets an element's text only when it differs: the same text costs the browser nothing then. */
export function zetTekst(e, tekst) {
  if (e.textContent !== tekst) e.textContent = tekst;
}

/** Whether the page is taking over the build's elements now (then nothing needs setting that is already so). */
export function neemtOver() {
  return telling?.oud != null;
}

/**
 * Runs `bouw` (the build), which renders into `wortel`, and writes down on the first element
 * in it where each element it made ended up (VOLGORDE), for neemOver().
 */
export function leg(wortel, bouw) {
  telling = { n: 0, gemaakt: [], oud: null };
  let gemaakt;
  try {
    bouw();
    gemaakt = telling.gemaakt;
  } finally {
    telling = null;
  }
  const plek = new Map([...wortel.querySelectorAll('*')].map((e, i) => [e, i]));
  wortel.firstElementChild?.setAttribute(VOLGORDE, codeer(gemaakt.map((e) => plek.get(e) ?? -1)));
}

/**
 * The places (index among the elements under the root, in document order; -1: not on the
 * page) of the elements in the order they were made, short: runs of places that follow each
 * other as "start.length" (base 36, the start counted from the end of the run before;
 * elements not on the page as "x"), separated by commas. ~600 runs for ~850 elements.
 */
export function codeer(plaatsen) {
  const runs = [];
  let eind = 0;
  for (let n = 0; n < plaatsen.length; ) {
    let lengte = 1;
    const p = plaatsen[n];
    while (n + lengte < plaatsen.length && (p === -1 ? plaatsen[n + lengte] === -1 : plaatsen[n + lengte] === p + lengte)) lengte++;
    runs.push((p === -1 ? 'x' : (p - eind).toString(36)) + (lengte > 1 ? `.${lengte.toString(36)}` : ''));
    if (p !== -1) eind = p + lengte;
    n += lengte;
  }
  return runs.join(',');
}

/** The places codeer() wrote down, at most `max`; null when it is not such a text. */
export function decodeer(tekst, max = 100_000) {
  const plaatsen = [];
  let eind = 0;
  for (const run of tekst.split(',')) {
    const [start, lengte = '1'] = run.split('.');
    const n = Number.parseInt(lengte, 36);
    const p = start === 'x' ? -1 : eind + Number.parseInt(start, 36);
    if (!(n > 0) || Number.isNaN(p) || plaatsen.length + n > max) return null;
    for (let k = 0; k < n; k++) plaatsen.push(p === -1 ? -1 : p + k);
    if (p !== -1) eind = p + n;
  }
  return plaatsen;
}

/**
 * Runs `bouw` taking over the elements under `wortel` that the build made (see above); its
 * result, or null when the HTML has no such list, an element was not the one asked for, or
 * anything else went wrong on the way (then the caller builds anew, as without a form in the
 * HTML; what `bouw` did to the taken elements goes with them).
 */
export function neemOver(wortel, bouw) {
  const eerste = wortel.firstElementChild;
  const plaatsen = decodeer(eerste?.getAttribute(VOLGORDE) ?? '');
  if (!plaatsen) return null;
  // Read once: the attribute is of no use after this.
  eerste.removeAttribute(VOLGORDE);
  const alle = wortel.getElementsByTagName('*');
  const oud = plaatsen.map((p) => (p === -1 ? undefined : alle[p]));
  telling = { n: 0, gemaakt: null, oud };
  try {
    return bouw();
  } catch (fout) {
    if (fout instanceof Afwijking) console.warn('Plantoets: the form in the HTML is not this version’s; it is built anew.', fout.message);
    else console.warn('Plantoets: taking over the form in the HTML failed; it is built anew.', fout);
    return null;
  } finally {
    telling = null;
  }
}
