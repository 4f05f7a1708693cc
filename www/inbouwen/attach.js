// attach(form, options): the checker on a host's own form, in the host's own markup.
//
// Fields are found by their name, a JSON Pointer into the plan: name="/client/visie",
// name="/activiteiten/0/sessies". Their values are read with the types of the core's
// schema() (numbers, yes/no, lists of choices), the plan is checked on every input, and the
// result is reported through the browser's own Constraint Validation: setCustomValidity()
// and aria-invalid on fields with an error (so :invalid styling and reportValidity() work),
// plus, when the host points to one, a summary element with a link to each problem.
// detach() leaves the form exactly as it was.
import { check, schema } from '../../pkg/plantoets.js';
import { isEchteDatum } from '../js/datum.js';
import { leesNegeer } from '../js/checker.js';
import { element } from '../js/dom.js';
import { leesGetal } from '../js/getallen.js';
import { zet } from '../js/pointer.js';
import { maxRijen, schemaVoor } from '../js/schema.js';
import { laadKern } from './kern.js';

function soortVan(node) {
  const type = [].concat(node?.type ?? []);
  if (type.includes('integer') || type.includes('number')) return 'getal';
  if (type.includes('boolean')) return 'janee';
  if (type.includes('array')) return 'lijst';
  return 'tekst';
}

/** Fills the holes of arrays (rows 0 and 2 but no 1) with empty objects; arrays only. */
function vulGaten(w) {
  if (Array.isArray(w)) {
    for (let i = 0; i < w.length; i++) {
      if (w[i] === undefined) w[i] = {};
      else vulGaten(w[i]);
    }
  } else if (w !== null && typeof w === 'object') {
    for (const v of Object.values(w)) vulGaten(v);
  }
  return w;
}

const BUITEN = {
  nl: 'Plantoets leest hooguit {max} rijen; dit veld ({pad}) valt erbuiten en wordt niet gecontroleerd.',
  en: 'Plantoets reads at most {max} rows; this field ({pad}) lies beyond them and is not checked.',
};

export class Binding {
  constructor(form, { samenvatting = null, taal = 'nl', peildatum = null, negeer = [], bijWijziging = () => {} } = {}) {
    this.form = form;
    this.samenvatting = samenvatting;
    this.taal = taal;
    // Not a real date (2025-13-45): the core's default, today.
    this.peildatum = isEchteDatum(peildatum) ? peildatum : null;
    this.bijWijziging = bijWijziging;
    /** Codes or groups not to check ("I10, S" or ["I10", "S"]): the core's `negeer`. */
    this.negeer = leesNegeer(negeer);
    this.schema = schema();
    /** A row index at or past this cannot be part of a plan (the core's maxItems). */
    this.maxRijen = maxRijen(this.schema);
    /** Fields whose pointer cannot be placed in a plan (a row index past the cap). */
    this.buiten = new Set();
    this.report = null;
    /** What we changed, to put back on detach(): element → original aria-invalid. */
    this.aangeraakt = new Map();
    this.oudeSamenvatting = samenvatting ? [...samenvatting.childNodes] : null;
    this.luister = () => this.gepland();
    form.addEventListener('input', this.luister);
    form.addEventListener('change', this.luister);
    this.check();
  }

  /** The host's fields that are part of the plan: those named by a JSON Pointer. */
  velden() {
    return [...this.form.elements].filter((e) => typeof e.name === 'string' && e.name.startsWith('/'));
  }

  plan() {
    const plan = {};
    const lijsten = new Map();
    this.buiten.clear();
    // Pointers come from the host's markup: zet() only ever writes own properties (a field
    // named /__proto__/x is an unknown field "__proto__", never Object.prototype) and grows
    // an array no further than the cap, so /activiteiten/99999999/… allocates nothing.
    const plaats = (e, pad, waarde) => {
      if (!zet(plan, pad, waarde, { groeiTot: this.maxRijen })) this.buiten.add(e);
    };
    for (const e of this.velden()) {
      if (e.disabled) continue;
      const soort = soortVan(schemaVoor(this.schema, e.name));
      if (e.type === 'checkbox' && soort === 'lijst') {
        if (!lijsten.has(e.name)) lijsten.set(e.name, []);
        if (e.checked) lijsten.get(e.name).push(e.value);
        continue;
      }
      let waarde;
      if (e.type === 'checkbox') waarde = e.checked ? true : undefined;
      else if (e.type === 'radio') {
        if (!e.checked) continue;
        waarde = e.value;
      } else if (e.tagName === 'SELECT' && e.multiple) waarde = [...e.selectedOptions].map((o) => o.value);
      else if (soort === 'getal') waarde = leesGetal(e.value);
      else waarde = e.value.trim() === '' ? undefined : e.value;
      if (waarde !== undefined && !(Array.isArray(waarde) && waarde.length === 0)) plaats(e, e.name, waarde);
    }
    for (const [pad, waarden] of lijsten) {
      if (waarden.length)
        plaats(
          this.velden().find((e) => e.name === pad),
          pad,
          waarden,
        );
    }
    return vulGaten(plan);
  }

  gepland() {
    if (this.wacht) return;
    this.wacht = true;
    requestAnimationFrame(() => {
      this.wacht = false;
      if (this.form) this.check();
    });
  }

  /** Checks the form now; returns the report. */
  check() {
    const plan = this.plan();
    const opties = { taal: this.taal };
    if (this.peildatum) opties.peildatum = this.peildatum;
    if (this.negeer.length) opties.negeer = this.negeer;
    this.report = check(plan, opties);
    this.toon(this.report);
    this.bijWijziging(plan, this.report);
    return this.report;
  }

  /** The fields a finding belongs to: those named by its pointer, or by the nearest parent. */
  veldenVoor(pad) {
    const velden = this.velden();
    for (let p = pad; p; p = p.slice(0, p.lastIndexOf('/'))) {
      const gevonden = velden.filter((e) => e.name === p);
      if (gevonden.length) return gevonden;
    }
    return [];
  }

  /** A finding of our own for each field that lies past the most rows a plan may have. */
  buitenBevindingen() {
    return [...this.buiten].map((e) => ({
      code: 'I08',
      ernst: 'fout',
      pad: e.name,
      bron: `max. ${this.maxRijen}`,
      bericht: BUITEN[this.taal === 'en' ? 'en' : 'nl'].replace('{max}', String(this.maxRijen)).replace('{pad}', e.name),
    }));
  }

  toon(report) {
    const bevindingen = [...this.buitenBevindingen(), ...report.bevindingen];
    const fouten = new Map();
    for (const b of bevindingen) {
      if (b.ernst !== 'fout') continue;
      for (const e of this.veldenVoor(b.pad)) {
        if (!fouten.has(e)) fouten.set(e, []);
        fouten.get(e).push(b.bericht);
      }
    }
    for (const e of this.velden()) {
      const berichten = fouten.get(e);
      if (!this.aangeraakt.has(e)) this.aangeraakt.set(e, e.getAttribute('aria-invalid'));
      e.setCustomValidity(berichten ? berichten.join(' ') : '');
      if (berichten) e.setAttribute('aria-invalid', 'true');
      else this.zetTerug(e);
    }
    if (this.samenvatting) this.toonSamenvatting(bevindingen);
  }

  zetTerug(e) {
    const oud = this.aangeraakt.get(e);
    if (oud === null || oud === undefined) e.removeAttribute('aria-invalid');
    else e.setAttribute('aria-invalid', oud);
  }

  toonSamenvatting(bevindingen) {
    const doc = this.form.ownerDocument;
    const el = (tag, tekst) => element(doc, tag, {}, tekst);
    const s = this.samenvatting;
    const lijst = bevindingen.filter((b) => b.ernst !== 'info');
    // Rebuild only when the problems changed: leaving a field re-checks the same plan, and a
    // link being clicked at that moment must not be replaced under the pointer.
    const sleutel = JSON.stringify(lijst) + this.velden().length;
    if (sleutel === this.vorigeSamenvatting) return;
    this.vorigeSamenvatting = sleutel;
    s.replaceChildren();
    s.hidden = lijst.length === 0;
    if (!lijst.length) return;
    s.append(el('h2', this.taal === 'nl' ? 'Er is een probleem' : 'There is a problem'));
    const ul = el('ul');
    for (const b of lijst) {
      const li = el('li');
      li.dataset.ernst = b.ernst;
      const doel = this.veldenVoor(b.pad)[0];
      if (doel) {
        const a = el('a', b.bericht);
        a.href = doel.id ? `#${doel.id}` : '#';
        a.addEventListener('click', (e) => {
          e.preventDefault();
          doel.focus();
        });
        li.append(a);
      } else {
        li.append(el('span', b.bericht));
      }
      li.append(el('span', ` (${b.code}, ${b.bron})`));
      ul.append(li);
    }
    s.append(ul);
  }

  /** Removes every listener and every mark; the form is as it was before attach(). */
  detach() {
    if (!this.form) return;
    this.form.removeEventListener('input', this.luister);
    this.form.removeEventListener('change', this.luister);
    for (const e of this.aangeraakt.keys()) {
      e.setCustomValidity('');
      this.zetTerug(e);
    }
    if (this.samenvatting) {
      this.samenvatting.replaceChildren(...this.oudeSamenvatting);
      this.samenvatting.hidden = this.samenvattingVerborgen;
    }
    this.form = null;
  }
}

/**
 * Binds the checker to a form. Resolves to a handle with check(), plan(), detach() and
 * report. Options: samenvatting (an element for the summary), taal, peildatum, negeer, wasmUrl,
 * bijWijziging(plan, report).
 */
export async function attach(form, opties = {}) {
  await laadKern(opties.wasmUrl);
  const verborgen = opties.samenvatting?.hidden ?? false;
  const b = new Binding(form, opties);
  b.samenvattingVerborgen = verborgen;
  return {
    check: () => b.check(),
    plan: () => b.plan(),
    detach: () => b.detach(),
    get report() {
      return b.report;
    },
  };
}
