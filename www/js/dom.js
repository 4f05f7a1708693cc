// Making elements. Text only ever goes in as text: a string child becomes a Text node
// (append), never HTML, so nothing a user typed or opened can become markup.
//
// Taking over the build's elements. The page's HTML arrives with the checker already in it,
// rendered at build time by the same code (scripts/vooraf.mjs). Building it a second time and
// swapping it in cost as much again as the first paint: the script, then style and layout of
// ~900 new elements. So the build numbers every element it makes, in the order it makes them
// (data-i), and the page, running the same code in the same state, takes the element with the
// same number instead of making one (neemOver). The code then attaches its listeners and keeps
// its references as always, to the elements that are already on screen: nothing is created,
// moved or laid out again. Every element taken must be what the code asks for (its tag and
// id); if not (an HTML from another build), the take-over stops and the caller builds anew.

const SVG = 'http://www.w3.org/2000/svg';

/** The attribute that carries an element's number in the build's HTML. */
export const NUMMER = 'data-i';

/**
 * While numbering (the build) or taking over (the page): the next element's number, and in
 * the page the build's elements by number. null the rest of the time.
 * @type {{ n: number, stempel: boolean, oud: (Element|undefined)[] | null } | null}
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
  if (telling.stempel || !telling.oud) return null;
  const oud = telling.oud[n];
  // No element with this number: the build made it but did not put it on the page (a
  // container the code empties again): it is made anew, as in the build.
  if (!oud) return null;
  const id = attrs.id === undefined || attrs.id === null || attrs.id === false ? '' : String(attrs.id);
  if (oud.localName !== tag || oud.id !== id) throw new Afwijking(`element ${n}: <${oud.localName} id="${oud.id}">, not <${tag} id="${id}">`);
  return oud;
}

function maak(e, n, attrs, kinderen) {
  zetAttributen(e, attrs);
  if (n !== null) e.setAttribute(NUMMER, String(n));
  for (const k of kinderen) if (k !== null && k !== undefined && k !== false) e.append(k);
  return e;
}

/** An HTML element with attributes (true: present, false/null/undefined: left out) and children. */
export function element(doc, tag, attrs = {}, ...kinderen) {
  const n = telling ? telling.n : null;
  const oud = volgende(tag, attrs);
  if (oud) {
    // Its attributes and text are the build's, made by this same code; only a child element
    // that is not in it yet (made anew) is put in its place.
    voegToe(oud, ...kinderen.filter((k) => typeof k !== 'string'));
    return oud;
  }
  return maak(doc.createElement(tag), telling?.stempel ? n : null, attrs, kinderen);
}

/** An SVG element, the same way. */
export function svgElement(doc, tag, attrs = {}, ...kinderen) {
  const n = telling ? telling.n : null;
  const oud = volgende(tag, attrs);
  if (oud) {
    voegToe(oud, ...kinderen.filter((k) => typeof k !== 'string'));
    return oud;
  }
  return maak(doc.createElementNS(SVG, tag), telling?.stempel ? n : null, attrs, kinderen);
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

/** Runs `bouw` with every element it makes numbered in order (data-i): the build's HTML. */
export function nummer(bouw) {
  telling = { n: 0, stempel: true, oud: null };
  try {
    return bouw();
  } finally {
    telling = null;
  }
}

/**
 * Runs `bouw` taking over the numbered elements under `wortel` (see above); its result, or
 * null when an element was not the one asked for (then the caller builds anew; what `bouw`
 * did to the taken elements is undone by replacing them).
 */
export function neemOver(wortel, bouw) {
  const oud = [];
  for (const e of wortel.querySelectorAll(`[${NUMMER}]`)) oud[Number(e.getAttribute(NUMMER))] = e;
  if (oud.length === 0) return null;
  telling = { n: 0, stempel: false, oud };
  try {
    return bouw();
  } catch (fout) {
    if (fout instanceof Afwijking) {
      console.warn('Plantoets: the form in the HTML is not this version’s; it is built anew.', fout.message);
      return null;
    }
    throw fout;
  } finally {
    telling = null;
  }
}
