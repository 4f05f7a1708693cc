// The plan as a form: built from velden.js into any root (a page or a shadow root), read
// back into a plan object, and filled from one. Nothing the user typed or imported is lost:
// a value an input cannot hold (a number written as text, an unknown option, a date that
// does not exist) is kept as it was and shown as text; fields the form does not know are
// kept aside and written back. All text goes in through textContent, never as HTML.
import { SECTIES, idVan } from './velden.js';
import { TEKST, vul } from './tekst.js';

const RAUW = '__rauw__';
const PLAN_OBJECTEN = ['client', 'datums', 'werkplan', 'scholing', 'werkbehoud', 'bijstelling'];

/** Parses a number as people type it ("4,5" or "4.5"); anything else stays text for the core to report. */
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

function toonGetal(n, taal) {
  return taal === 'nl' ? String(n).replace('.', ',') : String(n);
}

function toonBedrag(cent, taal) {
  const s = (cent / 100).toFixed(2);
  return taal === 'nl' ? s.replace('.', ',') : s;
}

const isDatum = (v) =>
  typeof v === 'string' &&
  /^\d{4}-\d{2}-\d{2}$/.test(v) &&
  !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) &&
  new Date(`${v}T00:00:00Z`).toISOString().startsWith(v);

/** The value at a pointer, and setting one (creating objects on the way). */
function haal(obj, pad) {
  let o = obj;
  for (const deel of pad.split('/').slice(1)) {
    if (o === null || typeof o !== 'object') return undefined;
    o = o[deel];
  }
  return o;
}
function zet(obj, pad, waarde) {
  const delen = pad.split('/').slice(1);
  let o = obj;
  for (const deel of delen.slice(0, -1)) {
    if (o[deel] === null || typeof o[deel] !== 'object') o[deel] = {};
    o = o[deel];
  }
  o[delen[delen.length - 1]] = waarde;
}

const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);

export class Formulier {
  /**
   * @param {Document} doc        the document that makes the elements
   * @param {object}   opties     { diensten, taal, onWijziging }
   */
  constructor(doc, { diensten, taal = 'nl', onWijziging = () => {} }) {
    this.doc = doc;
    this.diensten = diensten;
    this.taal = taal;
    this.onWijziging = onWijziging;
    /** pad → { def, input, wrapper, melding, hint } for every field, rows included. */
    this.velden = new Map();
    /** pad → { getoond, waarde }: a value the input cannot hold, kept until it is edited. */
    this.rauw = new Map();
    /** The parts of an opened plan that the form does not know (written back on export). */
    this.overig = {};
    /** Elements whose text depends on the language: [element, Taalpaar, values]. */
    this.teksten = [];
    /** Every element that can carry a message: id → melding element. */
    this.meldingen = new Map();
    this.rijen = { activiteiten: [], mijlpalen: [] };

    this.element = this.el('form', { class: 'formulier', novalidate: '' });
    this.element.addEventListener('submit', (e) => e.preventDefault());
    this.secties = SECTIES.map((s) => this.bouwSectie(s));
    this.element.addEventListener('input', (e) => this.bijWijziging(e));
    this.element.addEventListener('change', (e) => this.bijWijziging(e));
    this.werkZichtbaarheidBij();
  }

  // ---- building --------------------------------------------------------------------------

  el(tag, attrs = {}, ...kinderen) {
    const e = this.doc.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) {
      if (v === false || v === undefined || v === null) continue;
      e.setAttribute(k, v === true ? '' : v);
    }
    for (const k of kinderen) if (k) e.append(k);
    return e;
  }

  /** An element whose text follows the language. */
  tekst(tag, tekst, attrs = {}, waarden) {
    const e = this.el(tag, attrs);
    this.teksten.push([e, tekst, waarden]);
    e.textContent = vul(tekst[this.taal], waarden);
    return e;
  }

  melding(id) {
    const m = this.el('p', { class: 'melding', id: `${id}-melding`, hidden: true });
    this.meldingen.set(id, m);
    return m;
  }

  bouwSectie(sectie) {
    // A section that stands for an object or list of the plan gets that pointer's id, so a
    // finding about the whole object links to it; the others get an id of their own.
    const id = sectie.lijst || PLAN_OBJECTEN.includes(sectie.id) ? idVan(`/${sectie.lijst ?? sectie.id}`) : `s-${sectie.id}`;
    const kop = this.tekst('h2', sectie.titel, { id: `${id}-kop` });
    const el = this.el('section', { class: 'sectie', id, 'aria-labelledby': `${id}-kop`, tabindex: '-1', 'data-sectie': sectie.id });
    el.append(kop);
    if (sectie.uitleg) el.append(this.tekst('p', sectie.uitleg, { class: 'uitleg' }));
    el.append(this.melding(id));
    const s = { def: sectie, el };
    if (sectie.lijst) {
      s.rijenEl = this.el('div', { class: 'rijen' });
      const knop = this.tekst('button', sectie.lijst === 'activiteiten' ? TEKST.toevoegenActiviteit : TEKST.toevoegenMijlpaal, {
        type: 'button',
        class: 'toevoegen',
      });
      knop.addEventListener('click', () => this.voegRijToe(sectie.lijst));
      s.toevoegen = knop;
      el.append(s.rijenEl, knop);
    } else {
      const raster = this.el('div', { class: 'raster' });
      for (const def of sectie.velden) raster.append(this.bouwVeld(def, def.pad));
      el.append(raster);
    }
    this.element.append(el);
    return s;
  }

  bouwVeld(def, pad) {
    const id = idVan(pad);
    const wrapper = this.el('div', { class: `veld veld-${def.soort}`, 'data-pad': pad });
    const label = this.tekst('label', def.label, { for: id, id: `${id}-label` });
    const hint = def.hint ? this.tekst('p', def.hint, { class: 'hint', id: `${id}-hint` }) : null;
    const melding = this.melding(id);
    const beschreven = [hint && `${id}-hint`, `${id}-melding`].filter(Boolean).join(' ');
    let input;
    switch (def.soort) {
      case 'lang':
        input = this.el('textarea', { id, rows: def.regels ?? 4, 'aria-describedby': beschreven });
        break;
      case 'datum':
        input = this.el('input', { id, type: 'date', 'aria-describedby': beschreven });
        break;
      case 'getal':
        input = this.el('input', {
          id,
          type: 'text',
          inputmode: def.geheel ? 'numeric' : 'decimal',
          autocomplete: 'off',
          'aria-describedby': beschreven,
          class: 'kort',
        });
        break;
      case 'bedrag':
        input = this.el('input', { id, type: 'text', inputmode: 'decimal', autocomplete: 'off', 'aria-describedby': beschreven, class: 'kort' });
        break;
      case 'vinkje':
        input = this.el('input', { id, type: 'checkbox', 'aria-describedby': beschreven });
        break;
      case 'dienst':
      case 'keuze':
      case 'hoofdactiviteit':
        input = this.el('select', { id, 'aria-describedby': beschreven });
        this.vulOpties(input, def);
        break;
      case 'hoofdactiviteiten': {
        // A group of checkboxes: a fieldset with a legend instead of a label.
        const set = this.el('fieldset', { class: 'veld groep', id, 'data-pad': pad, 'aria-describedby': beschreven });
        set.append(this.tekst('legend', def.label));
        if (hint) set.append(hint);
        set.append(melding);
        const vakjes = this.el('div', { class: 'vakjes' });
        for (const h of this.hoofdactiviteiten()) {
          const vid = `${id}-${h.code}`;
          const vak = this.el('input', { id: vid, type: 'checkbox', value: h.code });
          const l = this.tekst('label', h.naam, { for: vid });
          vakjes.append(this.el('div', { class: 'vakje' }, vak, l));
        }
        set.append(vakjes);
        this.velden.set(pad, { def, input: set, wrapper: set, melding });
        return set;
      }
      default:
        input = this.el('input', {
          id,
          type: def.invoer === 'email' ? 'email' : def.invoer === 'tel' ? 'tel' : 'text',
          'aria-describedby': beschreven,
          inputmode: def.invoer === 'numeriek' ? 'numeric' : undefined,
        });
    }
    input.dataset.pad = pad;
    if (def.soort === 'vinkje') {
      wrapper.classList.add('vinkje');
      wrapper.append(input, label);
      if (hint) wrapper.append(hint);
      wrapper.append(melding);
    } else {
      wrapper.append(label);
      if (hint) wrapper.append(hint);
      wrapper.append(melding, input);
    }
    this.velden.set(pad, { def, input, wrapper, melding });
    return wrapper;
  }

  /** The main activities of Werkfit maken, with their names, from the core. */
  hoofdactiviteiten() {
    return this.diensten.find((d) => d.hoofdactiviteiten.length > 0)?.hoofdactiviteiten ?? [];
  }

  vulOpties(select, def) {
    const leeg = this.tekst('option', TEKST.kies, { value: '' });
    select.append(leeg);
    let waarden;
    if (def.soort === 'dienst') waarden = this.diensten.map((d) => [d.dienst, d.naam]);
    else if (def.soort === 'hoofdactiviteit') waarden = this.hoofdactiviteiten().map((h) => [h.code, h.naam]);
    else waarden = def.waarden;
    for (const [waarde, label] of waarden) select.append(this.tekst('option', label, { value: waarde }));
  }

  // ---- rows ------------------------------------------------------------------------------

  sectieVoorLijst(lijst) {
    return this.secties.find((s) => s.def.lijst === lijst);
  }

  bouwRij(lijst, i) {
    const sectie = this.sectieVoorLijst(lijst);
    const basis = `/${lijst}/${i}`;
    const id = idVan(basis);
    const rij = this.el('fieldset', { class: 'rij', id, 'data-pad': basis, tabindex: '-1' });
    const legend = this.tekst('legend', lijst === 'activiteiten' ? TEKST.activiteit : TEKST.mijlpaal, {}, { n: i + 1 });
    rij.append(legend, this.melding(id));
    const raster = this.el('div', { class: 'raster' });
    for (const def of sectie.def.velden) raster.append(this.bouwVeld(def, basis + def.pad));
    rij.append(raster);
    const knoppen = this.el('div', { class: 'rijknoppen' });
    if (lijst === 'activiteiten') {
      rij.uren = this.el('output', { class: 'rij-uren', for: `${idVan(`${basis}/sessies`)} ${idVan(`${basis}/minutenPerSessie`)}` });
      knoppen.append(rij.uren);
    }
    const knop = (tekst, actie, naam) => {
      const b = this.tekst('button', tekst, { type: 'button', 'data-actie': naam, 'aria-describedby': `${id}-legend` });
      b.addEventListener('click', () => actie());
      return b;
    };
    legend.id = `${id}-legend`;
    knoppen.append(
      knop(TEKST.omhoog, () => this.verplaats(lijst, i, -1), 'omhoog'),
      knop(TEKST.omlaag, () => this.verplaats(lijst, i, 1), 'omlaag'),
      knop(TEKST.verwijder, () => this.verwijder(lijst, i), 'verwijder'),
    );
    rij.append(knoppen);
    return rij;
  }

  /** Rebuilds the rows of a list to this number (values are filled afterwards). */
  zetAantalRijen(lijst, n) {
    const sectie = this.sectieVoorLijst(lijst);
    // Forget the old rows' fields and texts.
    for (const pad of [...this.velden.keys()]) if (pad.startsWith(`/${lijst}/`)) this.velden.delete(pad);
    for (const id of [...this.meldingen.keys()]) if (id.startsWith(`f-${lijst}-`)) this.meldingen.delete(id);
    this.teksten = this.teksten.filter(([e]) => !sectie.rijenEl.contains(e));
    sectie.rijenEl.replaceChildren();
    this.rijen[lijst] = [];
    for (let i = 0; i < n; i++) {
      const rij = this.bouwRij(lijst, i);
      sectie.rijenEl.append(rij);
      this.rijen[lijst].push(rij);
    }
  }

  voegRijToe(lijst) {
    const plan = this.leesPlan({ metVerborgen: true });
    const rijen = Array.isArray(plan[lijst]) ? plan[lijst] : [];
    rijen.push(lijst === 'activiteiten' ? { vorm: 'individueel' } : {});
    plan[lijst] = rijen;
    this.vulPlan(plan, { behoudOverig: true });
    this.rijen[lijst].at(-1)?.querySelector('textarea, input, select')?.focus();
    this.onWijziging();
  }

  verplaats(lijst, i, richting) {
    const plan = this.leesPlan({ metVerborgen: true });
    const rijen = plan[lijst];
    const j = i + richting;
    if (!Array.isArray(rijen) || j < 0 || j >= rijen.length) return;
    [rijen[i], rijen[j]] = [rijen[j], rijen[i]];
    this.vulPlan(plan, { behoudOverig: true });
    this.rijen[lijst][j]?.querySelector(`button[data-actie="${richting < 0 ? 'omhoog' : 'omlaag'}"]`)?.focus();
    this.onWijziging();
  }

  verwijder(lijst, i) {
    const plan = this.leesPlan({ metVerborgen: true });
    const rijen = plan[lijst];
    if (!Array.isArray(rijen)) return;
    rijen.splice(i, 1);
    if (rijen.length === 0) delete plan[lijst];
    this.vulPlan(plan, { behoudOverig: true });
    const volgende = this.rijen[lijst][Math.min(i, this.rijen[lijst].length - 1)];
    (volgende?.querySelector('textarea, input, select') ?? this.sectieVoorLijst(lijst).toevoegen).focus();
    this.onWijziging();
  }

  // ---- visibility ------------------------------------------------------------------------

  context() {
    const dienst = this.velden.get('/dienst').input.value;
    const soort = this.velden.get('/soort').input.value || 'initieel';
    return { info: this.diensten.find((d) => d.dienst === dienst) ?? null, soort };
  }

  /** Hides what does not apply to the chosen service (and group size for individual work). */
  werkZichtbaarheidBij() {
    const c = this.context();
    for (const s of this.secties) {
      s.el.hidden = s.def.toon ? !s.def.toon(c) : false;
    }
    for (const [pad, v] of this.velden) {
      let rij = {};
      const m = /^\/(activiteiten|mijlpalen)\/(\d+)\//.exec(pad);
      if (m) rij = { vorm: this.velden.get(`/${m[1]}/${m[2]}/vorm`)?.input.value };
      v.wrapper.hidden = v.def.toon ? !v.def.toon(c, rij) : false;
    }
    this.element.dataset.dienst = c.info?.dienst ?? '';
  }

  zichtbaar(pad) {
    const v = this.velden.get(pad);
    if (!v || v.wrapper.hidden) return false;
    return !v.wrapper.closest('section')?.hidden;
  }

  bijWijziging(e) {
    const pad = e.target?.dataset?.pad ?? e.target?.closest?.('[data-pad]')?.dataset.pad;
    if (pad && this.rauw.has(pad) && e.type === 'change' && e.target.type === 'checkbox') this.rauw.delete(pad);
    if (pad && (pad === '/dienst' || pad === '/soort' || pad.endsWith('/vorm'))) this.werkZichtbaarheidBij();
    this.onWijziging();
  }

  // ---- reading ---------------------------------------------------------------------------

  /** The value of one field, or undefined when it is empty. */
  leesVeld(pad, { def, input }) {
    const r = this.rauw.get(pad);
    switch (def.soort) {
      case 'vinkje':
        // Unchecked means "not set", unless the opened plan said false explicitly.
        return r ? r.waarde : input.checked || undefined;
      case 'hoofdactiviteiten': {
        if (r) return r.waarde;
        const codes = [...input.querySelectorAll('input:checked')].map((v) => v.value);
        return codes.length ? codes : undefined;
      }
      case 'dienst':
      case 'keuze':
      case 'hoofdactiviteit':
        if (input.value === RAUW) return r?.waarde;
        if (input.value === '') return undefined;
        return def.getal ? Number(input.value) : input.value;
      default:
        if (r && input.value === r.getoond) return r.waarde;
        if (def.soort === 'getal') return leesGetal(input.value);
        if (def.soort === 'bedrag') return leesBedrag(input.value);
        return input.value.trim() === '' ? undefined : input.value;
    }
  }

  /** The plan: every visible field that has a value, and what the form does not know. */
  leesPlan({ metVerborgen = false } = {}) {
    const plan = {};
    for (const [pad, v] of this.velden) {
      if (/^\/(activiteiten|mijlpalen)\//.test(pad)) continue;
      if (!metVerborgen && !this.zichtbaar(pad)) continue;
      const w = this.leesVeld(pad, v);
      if (w !== undefined) zet(plan, pad, w);
    }
    for (const lijst of ['activiteiten', 'mijlpalen']) {
      const sectie = this.sectieVoorLijst(lijst);
      if ((!metVerborgen && sectie.el.hidden) || this.rijen[lijst].length === 0) continue;
      plan[lijst] = this.rijen[lijst].map((_, i) => {
        const rij = {};
        for (const def of sectie.def.velden) {
          const pad = `/${lijst}/${i}${def.pad}`;
          if (!metVerborgen && !this.zichtbaar(pad)) continue;
          const w = this.leesVeld(pad, this.velden.get(pad));
          if (w !== undefined) rij[def.pad.slice(1)] = w;
        }
        return rij;
      });
    }
    return voegSamen(plan, this.overig);
  }

  // ---- filling ---------------------------------------------------------------------------

  /** Fills the form from a plan object (an opened file, the example, a saved draft). */
  vulPlan(plan, { behoudOverig = false } = {}) {
    if (!isObject(plan)) plan = {};
    if (!behoudOverig) this.overig = onbekend(plan);
    this.rauw.clear();
    for (const lijst of ['activiteiten', 'mijlpalen']) {
      this.zetAantalRijen(lijst, Array.isArray(plan[lijst]) ? plan[lijst].length : 0);
    }
    for (const [pad, v] of this.velden) this.vulVeld(pad, v, haal(plan, pad));
    this.werkZichtbaarheidBij();
  }

  vulVeld(pad, { def, input }, waarde) {
    const leeg = waarde === undefined || waarde === null;
    const bewaarRauw = (getoond) => this.rauw.set(pad, { getoond, waarde });
    switch (def.soort) {
      case 'vinkje':
        input.checked = waarde === true;
        if (!leeg && waarde !== true) bewaarRauw(null);
        return;
      case 'hoofdactiviteiten': {
        const bekend = this.hoofdactiviteiten().map((h) => h.code);
        const lijst = Array.isArray(waarde) ? waarde : [];
        for (const vak of input.querySelectorAll('input')) vak.checked = lijst.includes(vak.value);
        if (!leeg && (!Array.isArray(waarde) || waarde.some((w) => !bekend.includes(w)))) bewaarRauw(null);
        return;
      }
      case 'dienst':
      case 'keuze':
      case 'hoofdactiviteit': {
        input.querySelector(`option[value="${RAUW}"]`)?.remove();
        const tekst = leeg ? '' : String(waarde);
        const past = !leeg && [...input.options].some((o) => o.value === tekst) && (def.getal ? typeof waarde === 'number' : typeof waarde === 'string');
        if (leeg || past || waarde === '') {
          input.value = leeg ? '' : tekst;
          return;
        }
        const o = this.el('option', { value: RAUW });
        o.textContent = `${JSON.stringify(waarde)} (${TEKST.onbekend[this.taal]})`;
        input.append(o);
        input.value = RAUW;
        bewaarRauw(RAUW);
        return;
      }
      case 'datum':
        if (leeg || isDatum(waarde)) {
          input.type = 'date';
          input.value = leeg ? '' : waarde;
        } else {
          input.type = 'text';
          input.value = typeof waarde === 'string' ? waarde : JSON.stringify(waarde);
          bewaarRauw(input.value);
        }
        return;
      case 'getal':
        if (leeg) input.value = '';
        else if (typeof waarde === 'number' && Number.isFinite(waarde)) input.value = toonGetal(waarde, this.taal);
        else {
          input.value = typeof waarde === 'string' ? waarde : JSON.stringify(waarde);
          bewaarRauw(input.value);
        }
        return;
      case 'bedrag':
        if (leeg) input.value = '';
        else if (Number.isInteger(waarde) && waarde >= 0) input.value = toonBedrag(waarde, this.taal);
        else {
          input.value = typeof waarde === 'string' ? waarde : JSON.stringify(waarde);
          bewaarRauw(input.value);
        }
        return;
      default:
        if (leeg) input.value = '';
        else if (typeof waarde === 'string') input.value = waarde;
        else {
          input.value = JSON.stringify(waarde);
          bewaarRauw(input.value);
        }
    }
  }

  // ---- language and messages -------------------------------------------------------------

  zetTaal(taal) {
    const plan = this.leesPlan({ metVerborgen: true });
    this.taal = taal;
    for (const [e, tekst, waarden] of this.teksten) e.textContent = vul(tekst[taal], waarden);
    // Numbers are shown in the language's way (4,5 or 4.5).
    this.vulPlan(plan, { behoudOverig: true });
  }

  /** The element a finding's pointer belongs to: the field, else its row or section. */
  elementVoor(pad) {
    let p = pad;
    while (p) {
      const v = this.velden.get(p);
      if (v && !v.wrapper.hidden) return v.input;
      const e = this.element.querySelector(`#${idVan(p)}`);
      if (e && !e.closest('[hidden]')) return e;
      p = p.slice(0, p.lastIndexOf('/'));
    }
    return null;
  }

  /** Shows each finding at its field (or row, or section), tied with aria-describedby. */
  toonMeldingen(bevindingen) {
    // Every element elementVoor() returns has its message element under its own id.
    const per = new Map();
    for (const b of bevindingen) {
      const id = this.elementVoor(b.pad)?.id;
      if (!id || !this.meldingen.has(id)) continue;
      if (!per.has(id)) per.set(id, []);
      per.get(id).push(b);
    }
    for (const [id, m] of this.meldingen) {
      const lijst = per.get(id) ?? [];
      m.hidden = lijst.length === 0;
      m.replaceChildren(
        ...lijst.map((b) => {
          const regel = this.el('span', { class: `melding-${b.ernst}` });
          regel.textContent = b.bericht;
          return regel;
        }),
      );
      const fout = lijst.some((b) => b.ernst === 'fout');
      const invoer = this.element.querySelector(`#${id}`);
      if (invoer?.matches('input, select, textarea')) {
        if (fout) invoer.setAttribute('aria-invalid', 'true');
        else invoer.removeAttribute('aria-invalid');
      }
      m.parentElement?.classList.toggle('heeft-fout', fout);
    }
  }

  /** Shows each activity's hours next to it (from the report). */
  toonUren(uren, formatteer) {
    this.rijen.activiteiten.forEach((rij, i) => {
      const u = uren[i];
      rij.uren.textContent = u === null || u === undefined ? '' : formatteer(u);
    });
  }
}

/** A deep copy of `basis` with the members of `extra` it lacks (extra never overrides). */
function voegSamen(basis, extra) {
  if (!isObject(extra)) return basis;
  for (const [k, v] of Object.entries(extra)) {
    if (!(k in basis)) basis[k] = structuredClone(v);
    else if (isObject(basis[k]) && isObject(v)) voegSamen(basis[k], v);
    else if (Array.isArray(basis[k]) && Array.isArray(v)) {
      v.forEach((item, i) => {
        if (isObject(basis[k][i]) && isObject(item)) voegSamen(basis[k][i], item);
      });
    }
  }
  return basis;
}

/** The parts of a plan the form has no field for (kept and written back as they were). */
function onbekend(plan) {
  const bekend = new Set();
  for (const s of SECTIES) {
    if (s.lijst) bekend.add(`/${s.lijst}`);
    for (const def of s.velden) bekend.add(s.lijst ? `/${s.lijst}/*${def.pad}` : def.pad);
  }
  const lijstRij = /^\/(activiteiten|mijlpalen)\/\d+/;
  const loop = (w, pad) => {
    const uit = {};
    for (const [k, v] of Object.entries(w)) {
      const p = `${pad}/${k}`;
      const patroon = p.replace(lijstRij, '/$1/*');
      const lijst = /^\/(activiteiten|mijlpalen)$/.test(p);
      if (bekend.has(patroon) && !lijst) continue;
      const dieper = [...bekend].some((b) => b.startsWith(`${patroon}/`));
      if (lijst && Array.isArray(v)) {
        const rijen = v.map((item, i) => (isObject(item) ? loop(item, `${p}/${i}`) : {}));
        if (rijen.some((r) => Object.keys(r).length)) uit[k] = rijen;
      } else if (dieper && isObject(v)) {
        const sub = loop(v, p);
        if (Object.keys(sub).length) uit[k] = sub;
      } else if (!bekend.has(patroon) || lijst) {
        // An unknown field, or a container of the wrong type: kept for the core to report.
        uit[k] = structuredClone(v);
      }
    }
    return uit;
  };
  return loop(plan, '');
}
