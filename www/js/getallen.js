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

// Hours, money and dates for the panels, as Intl.NumberFormat and Intl.DateTimeFormat write
// them for nl-NL and en-GB (tests/js/bouwstenen.test.mjs compares them over many values), in
// our own few lines: starting Intl's locale data cost ~50 ms of the page's first report.
const MAANDEN = {
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/**
 * A number ≥ 0 as "123.45": its shortest decimal text (what `String` gives, as Intl takes it:
 * 0.015 is "0.015", not the 0.01499… the double holds) rounded half up at the second decimal.
 */
function tweeDecimalen(n) {
  const s = String(n);
  if (s.includes('e')) return n.toFixed(2); // below 1e-6 (0.00) or from 1e21 on
  const [heel, deel = ''] = s.split('.');
  if (deel.length <= 2) return `${heel}.${deel.padEnd(2, '0')}`;
  let honderdsten = BigInt(heel + deel.slice(0, 2));
  if (deel[2] >= '5') honderdsten += 1n;
  const cijfers = String(honderdsten).padStart(3, '0');
  return `${cijfers.slice(0, -2)}.${cijfers.slice(-2)}`;
}

/** `n` rounded to two decimals (half away from zero, as Intl), grouped: its sign and its text. */
function getal(n, taal, decimalen) {
  const negatief = n < 0 || Object.is(n, -0);
  if (!Number.isFinite(n)) return { negatief, tekst: Number.isNaN(n) ? 'NaN' : '∞' };
  const [groep, komma] = taal === 'nl' ? ['.', ','] : [',', '.'];
  const [heel, deel] = tweeDecimalen(Math.abs(n)).split('.');
  const achter = decimalen === 2 ? deel : deel.replace(/0+$/, '');
  return { negatief, tekst: heel.replace(/\B(?=(\d{3})+$)/g, groep) + (achter ? komma + achter : '') };
}

/** Hours: "1.234,5" (nl), "1,234.5" (en): at most two decimals. */
export function toonUren(n, taal) {
  const { negatief, tekst } = getal(n, taal, 0);
  return (negatief ? '-' : '') + tekst;
}

/** Euro cents: "€ 3.096,00" (nl, a no-break space), "€3,096.00" (en); "€ -5,00" and "-€5.00". */
export function toonEuro(cent, taal) {
  const { negatief, tekst } = getal(cent / 100, taal, 2);
  return taal === 'nl' ? `€\u00a0${negatief ? '-' : ''}${tekst}` : `${negatief ? '-' : ''}€${tekst}`;
}

/** A date that exists (YYYY-MM-DD): "6 mei 2027", "6 May 2027". */
export function toonDatum(iso, taal) {
  const [j, m, d] = iso.split('-').map(Number);
  return `${d} ${MAANDEN[taal === 'nl' ? 'nl' : 'en'][m - 1]} ${j}`;
}
