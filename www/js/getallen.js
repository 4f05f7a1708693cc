// Numbers as people type them, and back. Anything that is not plainly a number stays text,
// for the core to report on its field (I02) instead of being guessed at.

/** "4,5" or "4.5" to 4.5; empty to undefined; anything else stays the text it is. */
export function leesGetal(tekst) {
  const s = tekst.trim();
  if (s === '') return undefined;
  if (/^[-+]?\d+([.,]\d+)?$/.test(s)) return Number(s.replace(',', '.').replace('+', ''));
  return tekst;
}

/** Euros as typed ("95,50") to whole cents, without floating point; anything else stays text. */
export function leesBedrag(tekst) {
  const s = tekst.replace(/€|\s/g, '');
  if (s === '') return undefined;
  const m = /^(\d+)(?:[.,](\d{1,2}))?$/.exec(s);
  if (!m) return tekst;
  return Number(m[1]) * 100 + Number((m[2] ?? '0').padEnd(2, '0'));
}

export function toonGetal(n, taal) {
  return taal === 'nl' ? String(n).replace('.', ',') : String(n);
}

export function toonBedrag(cent, taal) {
  const s = (cent / 100).toFixed(2);
  return taal === 'nl' ? s.replace('.', ',') : s;
}
