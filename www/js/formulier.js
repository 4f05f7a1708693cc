// The plan as a form: built from velden.js into any root (a page or a shadow root), filled
// from a plan and read back into one. All text goes in through textContent, never as HTML.
//
// Nothing that came in is lost (issue 14, item 5). The plan that was given is kept whole
// as the basis (plankopie.js); reading the form lays only the fields the user edited over
// a copy of it. So an unknown field, a value an input cannot hold ("werkfit-maken ", 1e21,
// a text with a newline in a one-line field, "" or null) and a value in a field that is
// hidden because it does not apply all go back out as they came, until the user edits that
// field. What the user typed into a field that is hidden is not part of the plan (it stays
// in the form, so switching back restores it).
//
// Lists longer than the core reads (maxItems in schema(), 500) get no rows: the list is
// kept as it came and the section says so, instead of building 20 000 rows (item 2).
import { element, voegToe, zetTekst } from './dom.js';
import { markeerGevonden } from './markeer.js';
import { neemPlanAan, metWijzigingen } from './plankopie.js';
import { haal } from './pointer.js';
import { schemaVoor } from './schema.js';
import { TEKST, vul } from './tekst.js';
import { idVan, SECTIES } from './velden.js';
import { WIDGETS } from './widgets.js';

const PLAN_OBJECTEN = ['client', 'datums', 'werkplan', 'scholing', 'werkbehoud', 'bijstelling'];
const LIJSTEN = ['activiteiten', 'mijlpalen'];
const RIJPAD = /^\/(activiteiten|mijlpalen)\/(\d+)(\/.*)$/;

export class Formulier {
  /**
   * @param {Document} doc        the document that makes the elements
   * @param {object}   opties     { diensten, maxRijen, taal, onWijziging }
   */
  constructor(doc, { diensten, maxRijen, schema = null, taal = 'nl', onWijziging = () => {} }) {
    this.doc = doc;
    /** The core's schema(): the labels of fields and options (x-titel, x-namen), the same words as `veld`. */
    this.schema = schema;
    this.diensten = diensten;
    this.maxRijen = maxRijen;
    this.taal = taal;
    this.onWijziging = onWijziging;
    /** pad → { def, widget, input, wrapper, melding } for every field, rows included. */
    this.velden = new Map();
    /** The plan as it came in, with the rows added, moved and removed since (plankopie.js). */
    this.basis = {};
    /** The fields the user has edited since the plan came in: only these are read. */
    this.bewerkt = new Set();
    /** Rows the user added (items of the basis's lists): left out when their section is hidden. */
    this.nieuweRijen = new WeakSet();
    /** Per list, whether the plan that came in had it (then an emptied list stays []). */
    this.lijstKwamBinnen = {};
    /** Elements whose text depends on the language: [element, Taalpaar, values]. */
    this.teksten = [];
    /** Every element that can carry a message: id → melding element. */
    this.meldingen = new Map();
    /** What each message element shows now, so an unchanged one is left alone. */
    this.meldingSleutels = new WeakMap();
    /** id → the element a message belongs to, found once (invoerVan()). */
    this.invoerPerId = new Map();
    /**
     * When messages show (GOV.UK): the pointers of the fields, rows and sections whose
     * findings are shown. A field joins when the person leaves it, a row or section when the
     * focus leaves it; all at once on "Controleer het plan" or when a plan is opened. A row
     * added since joins only when it is left in its turn.
     */
    this.getoond = new Set();
    /** The pointer of the focused field when it showed no message as it got the focus: it stays quiet until left. */
    this.stil = null;
    /** Called when the focus leaves a field (its messages may show now). */
    this.onVerlaten = () => {};
    this.rijen = { activiteiten: [], mijlpalen: [] };
    /** The last removed row, while it can be put back: { lijst, i, item, nieuw, bewerkingen, getoond }. */
    this.verwijderd = null;

    // Not one <form> around everything: each group of fields (a section's, a row's) is a small
    // form of its own (raster()). Chromium's autofill reads the whole form a field belongs to on
    // every keystroke and every caret move, a forced style and layout per field: with one form
    // of 200 fields that was ~1300 of them per key, and as much time as the rest of the key.
    this.element = this.el('div', { class: 'formulier' });
    // Enter in a group with a single text field submits its form: never anywhere (submit bubbles).
    this.element.addEventListener('submit', (e) => e.preventDefault());
    this.secties = SECTIES.map((s) => this.bouwSectie(s));
    this.element.addEventListener('input', (e) => this.bijWijziging(e));
    this.element.addEventListener('change', (e) => this.bijWijziging(e));
    this.element.addEventListener('focusin', (e) => this.bijFocus(e));
    this.element.addEventListener('focusout', (e) => this.bijVerlaten(e));
    this.werkZichtbaarheidBij();
  }

  // ---- building --------------------------------------------------------------------------

  el(tag, attrs = {}, ...kinderen) {
    return element(this.doc, tag, attrs, ...kinderen);
  }

  /** An element whose text follows the language. */
  tekst(tag, tekst, attrs = {}, waarden) {
    const e = this.el(tag, attrs);
    this.teksten.push([e, tekst, waarden]);
    zetTekst(e, vul(tekst[this.taal], waarden));
    return e;
  }

  /** The fields of a section or a row: a form of their own, so autofill reads only these (see the constructor). */
  raster() {
    return this.el('form', { class: 'raster', novalidate: true });
  }

  melding(id) {
    const m = this.el('p', { class: 'melding', id: `${id}-melding`, hidden: true });
    this.meldingen.set(id, m);
    return m;
  }

  /** The main activities of Werkfit maken, with their names, from the core. */
  hoofdactiviteiten() {
    return this.diensten.find((d) => d.hoofdactiviteiten.length > 0)?.hoofdactiviteiten ?? [];
  }

  /** The options of a choice: [value, Taalpaar] pairs. */
  keuzes(def) {
    if (def.soort === 'dienst') return this.diensten.map((d) => [d.dienst, d.naam]);
    if (def.soort === 'hoofdactiviteit') return this.hoofdactiviteiten().map((h) => [h.code, h.naam]);
    const namen = this.schemaNode(def.schemaPad ?? def.pad)?.['x-namen'];
    if (!namen) throw new Error(`schema() names no options for ${def.schemaPad ?? def.pad}`);
    return Object.entries(namen);
  }

  schemaNode(pad) {
    return this.schema ? schemaVoor(this.schema, pad) : null;
  }

  /** A field's label: the core's (schema x-titel, as in `veld`); the page keeps no copy. */
  labelVan(pad) {
    const titel = this.schemaNode(pad)?.['x-titel'];
    if (!titel) throw new Error(`schema() has no label for ${pad}`);
    return titel;
  }

  /** A section's title: the schema's for a part of the plan, the page's own for a grouping of loose fields. */
  titelVan(sectie) {
    return sectie.deel ? this.labelVan(sectie.deel) : sectie.titel;
  }

  bouwSectie(sectie) {
    // A section that stands for an object or list of the plan gets that pointer's id, so a
    // finding about the whole object links to it; the others get an id of their own.
    const id = sectie.lijst || PLAN_OBJECTEN.includes(sectie.id) ? idVan(`/${sectie.lijst ?? sectie.id}`) : `s-${sectie.id}`;
    const pad = sectie.lijst || PLAN_OBJECTEN.includes(sectie.id) ? `/${sectie.lijst ?? sectie.id}` : undefined;
    const el = this.el('section', { class: 'sectie', id, 'aria-labelledby': `${id}-kop`, tabindex: '-1', 'data-sectie': sectie.id, 'data-pad': pad });
    voegToe(el, this.tekst('h2', this.titelVan(sectie), { id: `${id}-kop` }));
    if (sectie.uitleg) voegToe(el, this.tekst('p', sectie.uitleg, { class: 'uitleg' }));
    voegToe(el, this.melding(id));
    const s = { def: sectie, el };
    if (sectie.lijst) {
      s.rijenEl = this.el('div', { class: 'rijen' });
      s.grens = this.el('p', { class: 'uitleg rijgrens', id: `${id}-grens`, hidden: true });
      s.toevoegen = this.tekst('button', sectie.lijst === 'activiteiten' ? TEKST.toevoegenActiviteit : TEKST.toevoegenMijlpaal, {
        type: 'button',
        class: 'toevoegen',
      });
      s.toevoegen.addEventListener('click', () => this.voegRijToe(sectie.lijst));
      // "Activiteit 3 verwijderd — Ongedaan maken": a polite live region, there before it speaks.
      s.ongedaan = this.el('div', { class: 'ongedaan', role: 'status', 'aria-live': 'polite', id: `${id}-ongedaan` });
      voegToe(el, s.rijenEl, s.ongedaan, s.grens, s.toevoegen);
    } else {
      const raster = this.raster();
      for (const def of sectie.velden) voegToe(raster, this.bouwVeld(def, def.pad));
      voegToe(el, raster);
    }
    voegToe(this.element, el);
    return s;
  }

  bouwVeld(gegeven, pad) {
    const def = { ...gegeven, label: this.labelVan(pad), schemaPad: pad };
    const widget = WIDGETS[def.soort];
    const id = idVan(pad);
    const hint = def.hint ? this.tekst('p', def.hint, { class: 'hint', id: `${id}-hint` }) : null;
    const melding = this.melding(id);
    const beschreven = [hint && `${id}-hint`, `${id}-melding`].filter(Boolean).join(' ');
    const input = widget.bouw(this, def, id, beschreven);
    if (input.dataset.pad !== pad) input.dataset.pad = pad;
    let wrapper;
    if (widget.plaats === 'groep') {
      wrapper = input;
      // (Taking over the build's form, the hint is there already.)
      if (hint && hint.parentNode !== input) input.querySelector('legend').after(hint);
      voegToe(input, melding);
    } else {
      const label = this.tekst('label', def.label, { for: id, id: `${id}-label` });
      const vinkje = widget.plaats === 'vinkje';
      wrapper = this.el('div', { class: `veld veld-${def.soort}${vinkje ? ' vinkje' : ''}`, 'data-pad': pad });
      if (vinkje) {
        voegToe(wrapper, input, label, hint ?? '', melding);
      } else {
        // The message stands below the input, so nothing above the caret moves when it comes or goes.
        voegToe(wrapper, label, hint ?? '', input, melding);
      }
    }
    this.velden.set(pad, { def, widget, input, wrapper, melding });
    return wrapper;
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
    const legend = this.tekst('legend', lijst === 'activiteiten' ? TEKST.activiteit : TEKST.mijlpaal, { id: `${id}-legend` }, { n: i + 1 });
    voegToe(rij, legend, this.melding(id));
    const raster = this.raster();
    for (const def of sectie.def.velden) voegToe(raster, this.bouwVeld(def, basis + def.pad));
    voegToe(rij, raster);
    const knoppen = this.el('div', { class: 'rijknoppen' });
    if (lijst === 'activiteiten') {
      rij.uren = this.el('output', { class: 'rij-uren', for: `${idVan(`${basis}/sessies`)} ${idVan(`${basis}/minutenPerSessie`)}` });
      voegToe(knoppen, rij.uren);
    }
    const knop = (tekst, actie, naam) => {
      const b = this.tekst('button', tekst, { type: 'button', 'data-actie': naam, 'aria-describedby': `${id}-legend` });
      b.addEventListener('click', () => actie());
      return b;
    };
    voegToe(
      knoppen,
      knop(TEKST.omhoog, () => this.verplaats(lijst, i, -1), 'omhoog'),
      knop(TEKST.omlaag, () => this.verplaats(lijst, i, 1), 'omlaag'),
      knop(TEKST.verwijder, () => this.verwijder(lijst, i), 'verwijder'),
    );
    voegToe(rij, knoppen);
    return rij;
  }

  /** Adds or removes rows at the end until there are `n` (their fields are filled afterwards). */
  zetAantalRijen(lijst, n) {
    const sectie = this.sectieVoorLijst(lijst);
    const rijen = this.rijen[lijst];
    if (rijen.length > n) {
      // Forget the removed rows' fields, edits, messages and texts, in one pass each.
      for (const rij of rijen.splice(n)) rij.remove();
      const weg = (pad) => {
        const m = RIJPAD.exec(pad);
        return m !== null && m[1] === lijst && Number(m[2]) >= n;
      };
      for (const pad of [...this.velden.keys()]) if (weg(pad)) this.velden.delete(pad);
      for (const pad of [...this.bewerkt]) if (weg(pad)) this.bewerkt.delete(pad);
      for (const pad of [...this.getoond]) if (weg(pad)) this.getoond.delete(pad);
      for (const [id, m] of [...this.meldingen]) if (!this.element.contains(m)) this.meldingen.delete(id);
      this.teksten = this.teksten.filter(([e]) => this.element.contains(e));
    }
    while (rijen.length < n) {
      const rij = this.bouwRij(lijst, rijen.length);
      voegToe(sectie.rijenEl, rij);
      rijen.push(rij);
    }
  }

  /**
   * Puts the rows of a list in a new order: `volgorde[k]` is the old index of new row k, or
   * null for a new row. The basis's items move along, and so do the user's edits.
   */
  herschik(lijst, volgorde, nieuw = {}, { ongedaan = false } = {}) {
    if (!ongedaan) this.wisOngedaan();
    const velden = this.sectieVoorLijst(lijst).def.velden;
    const oud = this.rijen[lijst].map((_, i) =>
      velden.map((def) => {
        const pad = `/${lijst}/${i}${def.pad}`;
        const v = this.velden.get(pad);
        return this.bewerkt.has(pad) ? { waarde: v.widget.lees(v.input, v.def) } : null;
      }),
    );
    // Which fields of each row showed their messages: they move with the row.
    const getoondOud = this.rijen[lijst].map((_, i) => [
      this.getoond.has(`/${lijst}/${i}`),
      ...velden.map((def) => this.getoond.has(`/${lijst}/${i}${def.pad}`)),
    ]);
    for (const pad of [...this.getoond]) if (pad.startsWith(`/${lijst}/`)) this.getoond.delete(pad);
    const items = Array.isArray(this.basis[lijst]) ? this.basis[lijst] : [];
    this.basis[lijst] = volgorde.map((i) => (i === null ? nieuw : items[i]));
    if (volgorde.includes(null) && !ongedaan) this.nieuweRijen.add(nieuw);
    this.zetAantalRijen(lijst, volgorde.length);
    volgorde.forEach((i, k) => {
      if (i !== null && getoondOud[i][0]) this.getoond.add(`/${lijst}/${k}`);
      velden.forEach((def, d) => {
        if (i !== null && getoondOud[i][d + 1]) this.getoond.add(`/${lijst}/${k}${def.pad}`);
        const pad = `/${lijst}/${k}${def.pad}`;
        const v = this.velden.get(pad);
        const bewerking = i === null ? null : oud[i][d];
        if (bewerking) {
          v.widget.vul(this, v.input, v.def, bewerking.waarde);
          this.bewerkt.add(pad);
        } else {
          v.widget.vul(this, v.input, v.def, haal(this.basis, pad));
          this.bewerkt.delete(pad);
        }
      });
    });
    this.werkZichtbaarheidBij();
    this.toonRijgrens(lijst);
  }

  voegRijToe(lijst) {
    const n = this.rijen[lijst].length;
    if (n >= this.maxRijen || this.teLang(lijst)) return;
    this.herschik(lijst, [...this.rijen[lijst].keys(), null], lijst === 'activiteiten' ? { vorm: 'individueel' } : {});
    this.rijen[lijst].at(-1)?.querySelector('textarea, input, select')?.focus();
    this.onWijziging();
  }

  verplaats(lijst, i, richting) {
    const j = i + richting;
    const volgorde = [...this.rijen[lijst].keys()];
    if (j < 0 || j >= volgorde.length) return;
    [volgorde[i], volgorde[j]] = [volgorde[j], volgorde[i]];
    this.herschik(lijst, volgorde);
    this.rijen[lijst][j]?.querySelector(`button[data-actie="${richting < 0 ? 'omhoog' : 'omlaag'}"]`)?.focus();
    this.onWijziging();
  }

  verwijder(lijst, i) {
    // Everything needed to put the row back exactly: its item of the basis (with what the form
    // does not show), the user's edits in it, which of its messages showed, whether it was new.
    const velden = this.sectieVoorLijst(lijst).def.velden;
    const items = Array.isArray(this.basis[lijst]) ? this.basis[lijst] : [];
    const item = items[i];
    const bewaard = {
      lijst,
      i,
      item,
      nieuw: item !== null && typeof item === 'object' && this.nieuweRijen.has(item),
      bewerkingen: velden.map((def) => {
        const pad = `/${lijst}/${i}${def.pad}`;
        const v = this.velden.get(pad);
        return this.bewerkt.has(pad) ? { waarde: v.widget.lees(v.input, v.def) } : null;
      }),
      getoond: [`/${lijst}/${i}`, ...velden.map((def) => `/${lijst}/${i}${def.pad}`)].map((p) => this.getoond.has(p)),
    };
    const volgorde = [...this.rijen[lijst].keys()].filter((k) => k !== i);
    this.herschik(lijst, volgorde);
    if (volgorde.length === 0 && !this.lijstKwamBinnen[lijst]) delete this.basis[lijst];
    this.toonOngedaan(bewaard);
    this.sectieVoorLijst(lijst).ongedaan.querySelector('button')?.focus();
    this.onWijziging();
  }

  /** Offers to undo the last removal (one at a time; any other change to the rows ends it). */
  toonOngedaan(bewaard) {
    this.wisOngedaan();
    this.verwijderd = bewaard;
    this.schrijfOngedaan();
  }

  schrijfOngedaan() {
    const b = this.verwijderd;
    if (!b) return;
    const s = this.sectieVoorLijst(b.lijst);
    const wat = vul((b.lijst === 'activiteiten' ? TEKST.activiteit : TEKST.mijlpaal)[this.taal], { n: b.i + 1 });
    const knop = this.el('button', { type: 'button', class: 'ongedaan-maken' }, vul(TEKST.ongedaanMaken[this.taal]));
    knop.addEventListener('click', () => this.maakOngedaan());
    s.ongedaan.replaceChildren(this.el('span', {}, `${vul(TEKST.verwijderd[this.taal], { wat })} — `), knop);
  }

  wisOngedaan() {
    if (!this.verwijderd) return;
    this.sectieVoorLijst(this.verwijderd.lijst).ongedaan.replaceChildren();
    this.verwijderd = null;
  }

  /** Puts the last removed row back where it was, with all its values, edits and shown messages. */
  maakOngedaan() {
    const b = this.verwijderd;
    if (!b) return;
    this.wisOngedaan();
    const { lijst, i } = b;
    const velden = this.sectieVoorLijst(lijst).def.velden;
    const volgorde = [...this.rijen[lijst].keys()];
    volgorde.splice(i, 0, null);
    this.herschik(lijst, volgorde, b.item === undefined ? {} : b.item, { ongedaan: true });
    if (b.nieuw) this.nieuweRijen.add(b.item);
    velden.forEach((def, d) => {
      const pad = `/${lijst}/${i}${def.pad}`;
      const v = this.velden.get(pad);
      if (b.bewerkingen[d]) {
        v.widget.vul(this, v.input, v.def, b.bewerkingen[d].waarde);
        this.bewerkt.add(pad);
      }
      if (b.getoond[d + 1]) this.getoond.add(pad);
    });
    if (b.getoond[0]) this.getoond.add(`/${lijst}/${i}`);
    this.werkZichtbaarheidBij();
    this.rijen[lijst][i]?.querySelector('textarea, input, select')?.focus();
    this.onWijziging();
  }

  /** The length of a list in the basis that is longer than the form shows, else 0. */
  teLang(lijst) {
    const items = this.basis[lijst];
    return Array.isArray(items) && items.length > this.maxRijen ? items.length : 0;
  }

  /** Says so when a list is at or past the most rows a plan may have, and stops adding. */
  toonRijgrens(lijst) {
    const s = this.sectieVoorLijst(lijst);
    const lang = this.teLang(lijst);
    const vol = !lang && this.rijen[lijst].length >= this.maxRijen;
    const woorden = lijst === 'activiteiten' ? TEKST.activiteitenMeervoud : TEKST.mijlpalenMeervoud;
    const waarden = { n: lang, max: this.maxRijen, wat: woorden[this.taal] };
    // Only what changes is set (nothing, most of the time): an unchanged element costs no style.
    if (s.grens.hidden !== (!lang && !vol)) s.grens.hidden = !lang && !vol;
    zetTekst(s.grens, lang ? vul(TEKST.teVeelRijen[this.taal], waarden) : vol ? vul(TEKST.rijenVol[this.taal], waarden) : '');
    if (s.toevoegen.disabled !== (!!lang || vol)) s.toevoegen.disabled = !!lang || vol;
    if (s.grens.hidden) s.toevoegen.removeAttribute('aria-describedby');
    else if (s.toevoegen.getAttribute('aria-describedby') !== s.grens.id) s.toevoegen.setAttribute('aria-describedby', s.grens.id);
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
    // Only what changes is set: most of the time nothing does, and the build's form that the
    // page takes over (dom.js) already shows what applies.
    for (const s of this.secties) {
      const verborgen = s.def.toon ? !s.def.toon(c) : false;
      if (s.el.hidden !== verborgen) s.el.hidden = verborgen;
    }
    for (const [pad, v] of this.velden) {
      let rij = {};
      const m = RIJPAD.exec(pad);
      if (m) rij = { vorm: this.velden.get(`/${m[1]}/${m[2]}/vorm`)?.input.value };
      const verborgen = v.def.toon ? !v.def.toon(c, rij) : false;
      if (v.wrapper.hidden !== verborgen) v.wrapper.hidden = verborgen;
    }
    if (this.element.dataset.dienst !== (c.info?.dienst ?? '')) this.element.dataset.dienst = c.info?.dienst ?? '';
  }

  zichtbaar(pad) {
    const v = this.velden.get(pad);
    if (!v || v.wrapper.hidden) return false;
    return !v.wrapper.closest('section')?.hidden;
  }

  bijWijziging(e) {
    const pad = e.target?.dataset?.pad ?? e.target?.closest?.('[data-pad]')?.dataset.pad;
    const v = pad && this.velden.get(pad);
    if (v) {
      this.bewerkt.add(pad);
      v.widget.bewerkt?.(v.input);
    }
    if (pad && (pad === '/dienst' || pad === '/soort' || pad.endsWith('/vorm'))) this.werkZichtbaarheidBij();
    this.onWijziging();
  }

  // ---- reading ---------------------------------------------------------------------------

  /** The plan: the basis, with every edited field that is visible laid over it. */
  leesPlan() {
    const wijzigingen = [];
    for (const pad of this.bewerkt) {
      const v = this.velden.get(pad);
      if (v) wijzigingen.push([pad, this.zichtbaar(pad) ? v.widget.lees(v.input, v.def) : undefined]);
    }
    const plan = metWijzigingen(this.basis, wijzigingen);
    // Rows the user added to a list whose section is hidden are not part of the plan either.
    for (const lijst of LIJSTEN) {
      if (!this.sectieVoorLijst(lijst).el.hidden || !Array.isArray(this.basis[lijst])) continue;
      const blijft = plan[lijst].filter((_, i) => !this.nieuweRijen.has(this.basis[lijst][i]));
      if (blijft.length === 0 && !this.lijstKwamBinnen[lijst]) delete plan[lijst];
      else plan[lijst] = blijft;
    }
    return plan;
  }

  // ---- filling ---------------------------------------------------------------------------

  /**
   * Fills the form from a plan object (an opened file, the example, a kept draft). Throws
   * OnleesbaarPlan (plankopie.js), changing nothing, when it is not a plan it can take in.
   */
  vulPlan(plan) {
    this.basis = neemPlanAan(plan);
    this.wisOngedaan();
    this.lijstKwamBinnen = Object.fromEntries(LIJSTEN.map((l) => [l, Object.hasOwn(this.basis, l)]));
    this.bewerkt.clear();
    this.getoond.clear();
    this.stil = null;
    for (const lijst of LIJSTEN) {
      const items = this.basis[lijst];
      this.zetAantalRijen(lijst, Array.isArray(items) && !this.teLang(lijst) ? items.length : 0);
      this.toonRijgrens(lijst);
    }
    for (const [pad, v] of this.velden) v.widget.vul(this, v.input, v.def, haal(this.basis, pad));
    this.werkZichtbaarheidBij();
  }

  // ---- language and messages -------------------------------------------------------------

  zetTaal(taal) {
    const getypt = new Map();
    for (const pad of this.bewerkt) {
      const v = this.velden.get(pad);
      if (v?.widget.taalgebonden) getypt.set(pad, v.widget.lees(v.input, v.def));
    }
    this.taal = taal;
    for (const [e, tekst, waarden] of this.teksten) e.textContent = vul(tekst[taal], waarden);
    // Numbers are shown in the language's way (4,5 or 4.5), typed ones too.
    for (const [pad, v] of this.velden) {
      if (getypt.has(pad)) v.widget.vul(this, v.input, v.def, getypt.get(pad));
      else if (!this.bewerkt.has(pad)) v.widget.vul(this, v.input, v.def, haal(this.basis, pad));
    }
    for (const lijst of LIJSTEN) this.toonRijgrens(lijst);
    this.schrijfOngedaan();
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

  // ---- when messages show -----------------------------------------------------------------

  /** The pointer a message element stands for: a field, a row or a section. */
  padVan(e) {
    return e?.dataset?.pad ?? e?.closest?.('[data-pad]')?.dataset.pad ?? null;
  }

  /** The focused element inside the form (also inside a shadow root), or null. */
  actief() {
    const a = this.element.getRootNode().activeElement;
    return a && this.element.contains(a) ? a : null;
  }

  bijFocus(e) {
    const pad = this.padVan(e.target);
    const v = pad && this.velden.get(pad);
    // A field that shows nothing as the person starts typing stays quiet until it is left:
    // "2," or one digit of a BSN is not an error yet.
    this.stil = v?.melding.hidden ? pad : null;
  }

  bijVerlaten(e) {
    const pad = this.padVan(e.target);
    if (!pad) return;
    this.stil = null;
    // Only what the person changed counts as touched: tabbing through an empty field (or
    // leaving the one the page put the focus in) says nothing yet.
    if (this.bewerkt.has(pad)) this.getoond.add(pad);
    // Leaving a row or a section in which something was changed shows what is said about it as a whole.
    const naar = e.relatedTarget;
    for (const deel of [e.target.closest('.rij'), e.target.closest('.sectie')]) {
      const p = deel?.dataset.pad;
      if (p && !(naar && deel.contains(naar)) && [...this.bewerkt].some((b) => b.startsWith(`${p}/`))) this.getoond.add(p);
    }
    this.onVerlaten(e.relatedTarget);
  }

  /** "Controleer het plan", an opened plan: every field, row and section shows its findings. */
  toonAlles() {
    for (const pad of this.velden.keys()) this.getoond.add(pad);
    for (const e of this.element.querySelectorAll('[data-pad]')) this.getoond.add(e.dataset.pad);
    this.stil = null;
  }

  /** Whether a finding shows now: its field (or row, or section) was left or checked, and is not being typed into quietly. */
  toont(b) {
    const e = this.elementVoor(b.pad);
    if (!e) return true;
    const pad = this.padVan(e);
    if (pad === null) return true;
    return this.getoond.has(pad) && this.stil !== pad;
  }

  /**
   * The element with this id in the form, remembered: looking ~200 of them up on every
   * keystroke was 2 ms of the key at 4× CPU (ids are unique, and the form never moves its
   * elements out: a row rebuilt since has new ones, and one no longer on the page is looked
   * up again).
   */
  invoerVan(id) {
    const e = this.invoerPerId.get(id);
    if (e?.id === id && e.isConnected) return e;
    const nieuw = this.element.querySelector(`#${id}`);
    if (nieuw) this.invoerPerId.set(id, nieuw);
    else this.invoerPerId.delete(id);
    return nieuw;
  }

  /** Shows each finding that shows now at its field (or row, or section), tied with aria-describedby. */
  toonMeldingen(bevindingen) {
    // Every element elementVoor() returns has its message element under its own id.
    const per = new Map();
    for (const b of bevindingen) {
      if (!this.toont(b)) continue;
      const id = this.elementVoor(b.pad)?.id;
      if (!id || !this.meldingen.has(id)) continue;
      if (!per.has(id)) per.set(id, []);
      per.get(id).push(b);
    }
    for (const [id, m] of this.meldingen) {
      const lijst = per.get(id) ?? [];
      const invoer = this.invoerVan(id);
      // A text rule's words are marked in the text as it stands now.
      const tekst = lijst.some((b) => Array.isArray(b.feiten?.gevonden)) ? invoer?.value : undefined;
      const sleutel = JSON.stringify([lijst, tekst]);
      if (this.meldingSleutels.get(m) !== sleutel) {
        this.meldingSleutels.set(m, sleutel);
        m.hidden = lijst.length === 0;
        m.replaceChildren(
          ...lijst.map((b) =>
            this.el(
              'span',
              { class: `melding-${b.ernst}` },
              b.bericht,
              markeerGevonden(this.doc, tekst, b.feiten?.gevonden, { kop: vul(TEKST.gevondenKop[this.taal]) }),
              b.toelichting
                ? this.el('span', { class: 'toelichting-tekst' }, `${vul(TEKST.toelichtingKop[this.taal])}: `, this.el('q', {}, b.toelichting))
                : null,
              this.toelichtKnop(b, id),
            ),
          ),
        );
      }
      const fout = lijst.some((b) => b.ernst === 'fout');
      if (invoer?.matches('input, select, textarea')) {
        if (fout) invoer.setAttribute('aria-invalid', 'true');
        else invoer.removeAttribute('aria-invalid');
      }
      m.parentElement?.classList.toggle('heeft-fout', fout);
    }
  }

  // ---- toelichtingen: the writer's answer to a warning (SPEC §3) ---------------------------

  /** The plan's toelichting for a finding, or undefined. */
  toelichtingVan(code, pad) {
    const lijst = Array.isArray(this.basis.toelichtingen) ? this.basis.toelichtingen : [];
    return lijst.find((t) => t && t.code === code && t.pad === pad);
  }

  /** "Klopt niet voor dit plan? Licht toe" on a warning (not on missing input: I), or to change a toelichting. */
  toelichtKnop(b, id) {
    const kan = (b.ernst === 'waarschuwing' && !b.code.startsWith('I')) || (b.ernst === 'info' && b.toelichting);
    if (!kan) return null;
    const knop = this.el(
      'button',
      { type: 'button', class: 'licht-toe', 'data-code': b.code },
      vul((b.toelichting ? TEKST.toelichtingWijzig : TEKST.lichtToe)[this.taal]),
    );
    knop.addEventListener('click', () => this.openToelichting(b, id));
    return this.el('span', { class: 'licht-toe-regel' }, knop);
  }

  /** Opens (once) a short text field under the field for the toelichting of finding `b`; what is typed goes into the plan. */
  openToelichting(b, id) {
    const v = this.velden.get(this.padVan(this.element.querySelector(`#${id}`)));
    const plek = v?.wrapper ?? this.element.querySelector(`#${id}`);
    const tid = `${id}-toelichting-${b.code}`;
    let vak = this.element.querySelector(`#${tid}`);
    if (!vak) {
      const div = this.el('div', { class: 'toelichting-invoer' });
      div.append(this.el('label', { for: tid }, vul(TEKST.toelichtingLabel[this.taal], { code: b.code })));
      vak = this.el('textarea', { id: tid, rows: 2, 'data-toelichting': b.code });
      vak.value = this.toelichtingVan(b.code, b.pad)?.tekst ?? '';
      vak.addEventListener('input', (e) => {
        // Not a field of the plan itself: its text is the plan's toelichtingen entry.
        e.stopPropagation();
        this.zetToelichting(b.code, b.pad, vak.value);
      });
      vak.addEventListener('change', (e) => e.stopPropagation());
      div.append(vak);
      plek.append(div);
    }
    vak.focus();
  }

  zetToelichting(code, pad, tekst) {
    if (!Array.isArray(this.basis.toelichtingen)) this.basis.toelichtingen = [];
    const lijst = this.basis.toelichtingen;
    const i = lijst.findIndex((t) => t && t.code === code && t.pad === pad);
    if (tekst.trim() === '') {
      if (i !== -1) lijst.splice(i, 1);
      if (lijst.length === 0) delete this.basis.toelichtingen;
    } else if (i === -1) lijst.push({ code, pad, tekst });
    else lijst[i] = { ...lijst[i], tekst };
    this.onWijziging();
  }

  /** Shows each activity's hours next to it (from the report). */
  toonUren(uren, formatteer) {
    this.rijen.activiteiten.forEach((rij, i) => {
      const u = uren[i];
      const tekst = u === null || u === undefined ? '' : formatteer(u);
      // Only a changed text is set: an unchanged one would still cost the browser a layout.
      if (rij.uren.textContent !== tekst) rij.uren.textContent = tekst;
    });
  }
}
