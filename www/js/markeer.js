// The words that triggered a text rule (feiten.gevonden, "as written in the text"), shown
// marked in the text they came from: an excerpt with each found word in <mark>. Built from
// Text nodes and elements only, never HTML, since the text is the user's.
import { element } from './dom.js';

/** Around each found word this many characters of context; a short text is shown whole. */
const OMGEVING = 40;
const KORT = 160;

/** The [begin, eind) ranges of the found words in the text (case-insensitive), merged. */
export function plekken(tekst, gevonden) {
  const klein = tekst.toLocaleLowerCase('nl');
  const r = [];
  for (const woord of gevonden) {
    const w = String(woord).toLocaleLowerCase('nl');
    if (!w) continue;
    for (let i = klein.indexOf(w); i !== -1; i = klein.indexOf(w, i + w.length)) r.push([i, i + w.length]);
  }
  r.sort((a, b) => a[0] - b[0]);
  const samen = [];
  for (const [b, e] of r) {
    const laatste = samen.at(-1);
    if (laatste && b <= laatste[1]) laatste[1] = Math.max(laatste[1], e);
    else samen.push([b, e]);
  }
  return samen;
}

/** A quiet excerpt of `tekst` with the found words marked, or null when none is in it. */
export function markeerGevonden(doc, tekst, gevonden, { kop = '' } = {}) {
  if (typeof tekst !== 'string' || !Array.isArray(gevonden)) return null;
  const r = plekken(tekst, gevonden);
  if (!r.length) return null;
  const p = element(doc, 'span', { class: 'gevonden' });
  if (kop) p.append(`${kop} `);
  // The windows of context to show: the whole text when short, else around each word.
  const vensters = [];
  for (const [b, e] of r) {
    const van = tekst.length <= KORT ? 0 : Math.max(0, b - OMGEVING);
    const tot = tekst.length <= KORT ? tekst.length : Math.min(tekst.length, e + OMGEVING);
    const laatste = vensters.at(-1);
    if (laatste && van <= laatste[1]) laatste[1] = Math.max(laatste[1], tot);
    else vensters.push([van, tot]);
  }
  for (const [van, tot] of vensters) {
    if (van > 0) p.append('…');
    let i = van;
    for (const [b, e] of r) {
      if (e <= van || b >= tot) continue;
      p.append(tekst.slice(i, b), element(doc, 'mark', {}, tekst.slice(b, e)));
      i = e;
    }
    p.append(tekst.slice(i, tot));
    if (tot < tekst.length) p.append('…');
  }
  return p;
}
