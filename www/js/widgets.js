// One entry per kind of field (velden.js `soort`): how its input is built, read and filled.
//
//   bouw(f, def, id, beschreven) → the input (for a group of checkboxes: its fieldset)
//   lees(input, def)             → the value for the plan, or undefined when it is empty
//   vul(f, input, def, waarde)   → shows a value; one the input cannot hold is shown as text
//                                  (or as an extra option), never dropped: the form keeps
//                                  the value itself in its basis until the field is edited
//   plaats                       → 'gewoon' (label, hint, message, input), 'vinkje' (the
//                                  box before its label) or 'groep' (the fieldset is all)
//
// `f` is the form: f.el() and f.tekst() make elements (text as text only), f.taal is the
// language, f.keuzes(def) the options of a choice and f.hoofdactiviteiten() those of the core.
import { isEchteDatum } from './datum.js';
import { leesBedrag, leesGetal, toonBedrag, toonGetal } from './getallen.js';
import { voegToe } from './dom.js';
import { TEKST } from './tekst.js';

/** The value of the extra option that shows a value no option stands for. */
export const RAUW = '__rauw__';

const alsTekst = (waarde) => (typeof waarde === 'string' ? waarde : JSON.stringify(waarde));
const leeg = (waarde) => waarde === undefined || waarde === null;

/**
 * Sets an input's value only when it differs. The same value set again still counts as a
 * change for the browser (the field is laid out anew), and filling the form with the plan it
 * already shows (the build's form the page takes over, dom.js) would touch every field.
 */
function zetWaarde(input, waarde) {
  if (input.value !== waarde) input.value = waarde;
}

const tekstveld = {
  plaats: 'gewoon',
  lees: (input) => (input.value.trim() === '' ? undefined : input.value),
  vul: (_f, input, _def, waarde) => {
    zetWaarde(input, leeg(waarde) ? '' : alsTekst(waarde));
  },
};

const keuzelijst = {
  plaats: 'gewoon',
  bouw(f, def, id, beschreven) {
    const select = f.el('select', { id, 'aria-describedby': beschreven });
    voegToe(select, f.tekst('option', TEKST.kies, { value: '' }));
    for (const [waarde, label] of f.keuzes(def)) voegToe(select, f.tekst('option', label, { value: waarde }));
    return select;
  },
  lees(input, def) {
    if (input.value === '' || input.value === RAUW) return undefined;
    return def.getal ? Number(input.value) : input.value;
  },
  vul(f, input, def, waarde) {
    input.querySelector(`option[value="${RAUW}"]`)?.remove();
    const tekst = leeg(waarde) ? '' : String(waarde);
    const soortKlopt = def.getal ? typeof waarde === 'number' : typeof waarde === 'string';
    if (tekst === '' || (soortKlopt && [...input.options].some((o) => o.value === tekst))) {
      zetWaarde(input, tekst);
      return;
    }
    const o = f.el('option', { value: RAUW }, `${JSON.stringify(waarde)} (${TEKST.onbekend[f.taal]})`);
    input.append(o);
    input.value = RAUW;
  },
  /** Once the user chose an option, the value no option stood for is gone. */
  bewerkt(input) {
    if (input.value !== RAUW) input.querySelector(`option[value="${RAUW}"]`)?.remove();
  },
};

export const WIDGETS = {
  tekst: {
    ...tekstveld,
    bouw: (f, def, id, beschreven) =>
      f.el('input', {
        id,
        type: def.invoer === 'email' ? 'email' : def.invoer === 'tel' ? 'tel' : 'text',
        'aria-describedby': beschreven,
        inputmode: def.invoer === 'numeriek' ? 'numeric' : undefined,
      }),
  },
  lang: {
    ...tekstveld,
    bouw: (f, def, id, beschreven) => f.el('textarea', { id, rows: def.regels ?? 4, 'aria-describedby': beschreven }),
  },
  datum: {
    ...tekstveld,
    bouw: (f, _def, id, beschreven) => f.el('input', { id, type: 'date', 'aria-describedby': beschreven }),
    // A date input cannot hold "2025-02-30" or a number: those are shown as text.
    vul(_f, input, _def, waarde) {
      const soort = leeg(waarde) || isEchteDatum(waarde) ? 'date' : 'text';
      if (input.type !== soort) input.type = soort;
      zetWaarde(input, leeg(waarde) ? '' : alsTekst(waarde));
    },
  },
  getal: {
    plaats: 'gewoon',
    bouw: (f, def, id, beschreven) =>
      f.el('input', { id, type: 'text', inputmode: def.geheel ? 'numeric' : 'decimal', autocomplete: 'off', 'aria-describedby': beschreven, class: 'kort' }),
    lees: (input) => leesGetal(input.value),
    vul(f, input, _def, waarde) {
      zetWaarde(input, leeg(waarde) ? '' : typeof waarde === 'number' && Number.isFinite(waarde) ? toonGetal(waarde, f.taal) : alsTekst(waarde));
    },
    taalgebonden: true,
  },
  bedrag: {
    plaats: 'gewoon',
    bouw: (f, _def, id, beschreven) =>
      f.el('input', { id, type: 'text', inputmode: 'decimal', autocomplete: 'off', 'aria-describedby': beschreven, class: 'kort' }),
    lees: (input) => leesBedrag(input.value),
    vul(f, input, _def, waarde) {
      zetWaarde(input, leeg(waarde) ? '' : Number.isInteger(waarde) && waarde >= 0 ? toonBedrag(waarde, f.taal) : alsTekst(waarde));
    },
    taalgebonden: true,
  },
  vinkje: {
    plaats: 'vinkje',
    bouw: (f, _def, id, beschreven) => f.el('input', { id, type: 'checkbox', 'aria-describedby': beschreven }),
    // Unticked means "not set"; an opened plan's explicit false stays in the basis.
    lees: (input) => input.checked || undefined,
    vul(_f, input, _def, waarde) {
      if (input.checked !== (waarde === true)) input.checked = waarde === true;
    },
  },
  dienst: keuzelijst,
  keuze: keuzelijst,
  hoofdactiviteit: keuzelijst,
  hoofdactiviteiten: {
    plaats: 'groep',
    bouw(f, def, id, beschreven) {
      const set = f.el('fieldset', { class: 'veld groep', id, 'aria-describedby': beschreven });
      voegToe(set, f.tekst('legend', def.label));
      const vakjes = f.el('div', { class: 'vakjes' });
      for (const h of f.hoofdactiviteiten()) {
        const vid = `${id}-${h.code}`;
        voegToe(vakjes, f.el('div', { class: 'vakje' }, f.el('input', { id: vid, type: 'checkbox', value: h.code }), f.tekst('label', h.naam, { for: vid })));
      }
      voegToe(set, vakjes);
      return set;
    },
    lees(input) {
      const codes = [...input.querySelectorAll('input:checked')].map((v) => v.value);
      return codes.length ? codes : undefined;
    },
    vul(_f, input, _def, waarde) {
      const lijst = Array.isArray(waarde) ? waarde : [];
      for (const vak of input.querySelectorAll('input')) if (vak.checked !== lijst.includes(vak.value)) vak.checked = lijst.includes(vak.value);
    },
  },
};
