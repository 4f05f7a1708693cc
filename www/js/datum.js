// Dates as the plan writes them: "YYYY-MM-DD", a day that exists in the Gregorian calendar
// (year 0001 to 9999). Checked by arithmetic, not by Date: "2025-13-45" and "0000-00-00"
// pass a pattern, and a Date made of them throws "Invalid time value" when formatted.

/** Whether `tekst` is a date that exists, written YYYY-MM-DD. */
export function isEchteDatum(tekst) {
  if (typeof tekst !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(tekst)) return false;
  const [j, m, d] = tekst.split('-').map(Number);
  if (j < 1 || m < 1 || m > 12 || d < 1) return false;
  const schrikkel = (j % 4 === 0 && j % 100 !== 0) || j % 400 === 0;
  const dagen = [31, schrikkel ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
  return d <= dagen;
}

/** Today in the user's time zone, YYYY-MM-DD. */
export function vandaag() {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The peildatum to use: the one given when it is a real date, else today. */
export function peildatumOf(gegeven) {
  return isEchteDatum(gegeven) ? gegeven : vandaag();
}
