// The whole checker in one element: toolbar, the summary of problems, the form, and the
// hours, timeline and price beside it. It renders into any container (a page, or the
// shadow root of <plan-toets>), checks on every change, and moves focus only when asked.
import { bouwAfdruk } from './afdruk.js';
import { Concept, exporteer, leesBestand } from './bewaren.js';
import { peildatumOf, vandaag } from './datum.js';
import { element, neemtOver, voegToe, zetTekst } from './dom.js';
import { Formulier } from './formulier.js';
import { OnleesbaarPlan } from './plankopie.js';
import { maxRijen } from './schema.js';
import { TEKST, vul } from './tekst.js';
import { idVan } from './velden.js';
import { Weergave } from './weergave.js';

export { vandaag };

/** Why a plan was not taken in, as the key of its text in tekst.js. */
const WAAROM = { 'te-diep': 'teDiepBestand', 'te-groot': 'teGrootBestand', 'geen-object': 'geenPlanBestand', onleesbaar: 'onleesbaarPlan' };

export class Checker {
  /**
   * @param {object} o
   * @param {HTMLElement} o.container  where to render
   * @param {object} o.plantoets       { check, diensten, catalogus, schema } of the package; without
   *                                   `check` the form works and the check waits for kernKlaar()
   * @param {object|null} [o.gegevens] { schema, diensten, catalogus? }: the core's answers, taken at
   *                                   build time, so the form can be built before the core is loaded
   * @param {'nl'|'en'} [o.taal]
   * @param {string|null} [o.peildatum] "today"; default today, and today when it is not a real date
   * @param {string|null} [o.opslagSleutel] localStorage key for an optional draft; null: no draft option
   * @param {object|null} [o.geenConcept] a text (tekst.js) saying why no draft is offered
   * @param {object|null} [o.voorbeeld] an example plan offered by a button
   * @param {(plan, report) => void} [o.bijWijziging]
   * @param {boolean} [o.waarschuwBijVerlaten] ask before leaving with unsaved changes
   * @param {(taal) => Promise<object>} [o.andereKern] a core that speaks `taal`, when the one
   *                                   given says (its `talen`) that it does not (the page's own
   *                                   small core speaks Dutch only)
   * @param {() => Promise<object[]>} [o.laadUitleg] the catalogue, when the core has none
   */
  constructor({
    container,
    plantoets,
    taal = 'nl',
    peildatum = null,
    opslagSleutel = null,
    geenConcept = null,
    voorbeeld = null,
    bijWijziging = () => {},
    waarschuwBijVerlaten = false,
    negeer = [],
    gegevens = null,
    andereKern = null,
    laadUitleg = null,
  }) {
    /** Codes or groups not to check (the core's `negeer` option), for hosts whose form lacks some parts. */
    this.negeer = leesNegeer(negeer);
    this.container = container;
    this.doc = container.ownerDocument;
    this.plantoets = plantoets;
    this.andereKern = andereKern;
    this.taal = taal;
    this.vasteP = peildatum;
    this.voorbeeld = voorbeeld;
    this.bijWijziging = bijWijziging;
    this.concept = opslagSleutel ? new Concept(opslagSleutel) : null;
    this.geenConcept = geenConcept;
    this.gewijzigd = false;
    /** The core: 'klaar' (checking), 'laden' (the form works, the check is on its way) or 'fout'. */
    this.kern = typeof plantoets.check === 'function' ? 'klaar' : 'laden';
    this.diensten = gegevens?.diensten ?? plantoets.diensten();
    const schema = gegevens?.schema ?? plantoets.schema();
    this.report = null;
    this.isVoorbeeld = false;

    this.formulier = new Formulier(this.doc, {
      diensten: this.diensten,
      maxRijen: maxRijen(schema),
      schema,
      taal,
      onWijziging: () => this.gewijzigdDoorGebruiker(),
    });
    // Leaving a field shows its findings, except while the focus goes to a link in the summary:
    // then after the click, so the link is not replaced under the pointer.
    this.formulier.onVerlaten = (naar) => {
      if (naar && this.weergave.overzicht.contains(naar)) this.uitgesteld = true;
      else this.toonRapport();
    };
    /** Whether the summary of problems shows: after "Controleer het plan" or opening a plan; then it stays, live. */
    this.samenvattingAan = false;
    this.weergave = new Weergave(this.doc, {
      taal,
      catalogus: gegevens?.catalogus ?? plantoets.catalogus?.() ?? [],
      laadUitleg,
      naarVeld: {
        idVoor: (pad) => this.formulier.elementVoor(pad)?.id ?? null,
        focus: (pad) => this.focusVeld(pad),
        // Too many hours in total: the exception box, next to the administration hours, when it applies.
        urenPad: () => (this.formulier.zichtbaar('/uitzonderingUwv') ? '/uitzonderingUwv' : null),
      },
    });
    this.bouw();
    const naUitstel = () => {
      if (!this.uitgesteld) return;
      this.uitgesteld = false;
      this.toonRapport();
    };
    this.weergave.overzicht.addEventListener('click', () => setTimeout(naUitstel));
    this.weergave.overzicht.addEventListener('focusout', () => setTimeout(naUitstel));
    // A link pressed in the summary is not replaced before it is released, even when a check
    // lands in between (a slow machine): the summary waits for the click.
    this.weergave.overzicht.addEventListener('pointerdown', () => {
      this.ingedrukt = true;
    });
    for (const soort of ['pointerup', 'pointercancel']) {
      this.doc.defaultView?.addEventListener(soort, () => {
        if (!this.ingedrukt) return;
        this.ingedrukt = false;
        setTimeout(naUitstel);
      });
    }
    if (waarschuwBijVerlaten) {
      this.doc.defaultView?.addEventListener('beforeunload', (e) => {
        if (this.gewijzigd) {
          e.preventDefault();
          e.returnValue = '';
        }
      });
    }
    this.doc.defaultView?.addEventListener('beforeprint', () => this.maakAfdruk());
    // Taking over the build's form (dom.js): its fields already show the plan the page loads
    // next (app.js takes over only then); emptying them first would only be undone, at the
    // cost of a change to every field.
    if (!neemtOver()) this.formulier.vulPlan({});
    /** Whether a kept draft was loaded (then the page shows it instead of the example). */
    this.conceptGeladen = this.laadConcept();
    this.controleer();
  }

  /** Loads the kept draft, if any; a damaged one is removed, with a message. */
  laadConcept() {
    const concept = this.concept?.lees();
    if (!concept) return false;
    try {
      if (concept.fout) throw new OnleesbaarPlan('onleesbaar');
      this.formulier.vulPlan(concept.plan);
      this.formulier.toonAlles();
      this.samenvattingAan = true;
      return true;
    } catch {
      this.concept.verwijder();
      this.vinkje.checked = false;
      this.melding.textContent = this.w(TEKST.conceptWeg);
      return false;
    }
  }

  /** "Today" for the rules: the fixed one when it is a real date, else today (never a throw). */
  get peildatum() {
    return peildatumOf(this.vasteP);
  }

  el(tag, attrs = {}, tekst) {
    return element(this.doc, tag, attrs, tekst);
  }

  w(tekst, waarden) {
    return vul(tekst[this.taal], waarden);
  }

  // ---- layout ----------------------------------------------------------------------------

  bouw() {
    const root = this.el('div', { class: 'plantoets', lang: this.taal });
    this.root = root;
    const kop = this.el('header', { class: 'kop' });
    this.h1 = this.el('h1', {}, this.w(TEKST.titel));
    this.ondertitel = this.el('p', { class: 'ondertitel' }, this.w(TEKST.ondertitel));
    this.regelsetEl = this.el('p', { class: 'regelset klein' });
    voegToe(kop, this.h1, this.ondertitel, this.regelsetEl, this.werkbalk());
    this.startEl = this.bouwStart();
    // The state of the plan, at the top and in the panel beside the form.
    this.status = this.el('p', { class: 'status' });
    this.naarProblemen = this.el('button', { type: 'button', class: 'naar-problemen' });
    this.naarProblemen.addEventListener('click', () => this.weergave.overzicht.focus());
    this.controleerKnop = this.el('button', { type: 'button', class: 'controleer' }, this.w(TEKST.controleer));
    this.controleerKnop.addEventListener('click', () => this.controleerAlles());
    this.statusbalk = this.el('div', { class: 'statusbalk', role: 'region', 'aria-label': this.w(TEKST.stand) });
    const statusbalk = this.statusbalk;
    // The example is marked wherever it shows: here (sticky on small screens) and in print.
    this.badge = this.el('span', { class: 'voorbeeld-badge', hidden: true }, this.w(TEKST.voorbeeldBadge));
    voegToe(statusbalk, this.badge, this.status, this.weergave.kernBalk, this.controleerKnop, this.naarProblemen);
    this.live = this.el('div', { class: 'visueel-verborgen', role: 'status', 'aria-live': 'polite' });
    this.melding = this.el('p', { class: 'actiemelding', role: 'status' });
    const indeling = this.el('div', { class: 'indeling' });
    const links = this.el('main', { class: 'links' });
    this.controleerOnder = this.el('button', { type: 'button', class: 'controleer controleer-onder' }, this.w(TEKST.controleer));
    this.controleerOnder.addEventListener('click', () => this.controleerAlles());
    voegToe(links, this.weergave.overzicht, this.formulier.element, this.controleerOnder);
    // The panel scrolls on its own on wide screens, so it must be reachable by keyboard.
    const rechts = this.el('aside', { class: 'rechts', tabindex: '0', 'aria-label': this.w(TEKST.paneel) });
    this.rechts = rechts;
    this.statusPaneel = this.el('p', { class: 'status status-paneel' });
    const paneelKop = this.el('div', { class: 'paneel-kop' });
    voegToe(paneelKop, this.statusPaneel, this.weergave.kernPaneel);
    voegToe(rechts, paneelKop, this.weergave.urenEl, this.weergave.tijdlijnEl, this.weergave.prijsEl);
    voegToe(indeling, links, rechts);
    this.afdruk = this.el('section', { class: 'afdruk' });
    voegToe(root, kop, this.startEl, statusbalk, this.melding, this.live, indeling, this.afdruk);
    voegToe(this.container, root);
  }

  werkbalk() {
    const balk = this.el('div', { class: 'werkbalk', role: 'group', 'aria-label': 'Plantoets' });
    const knop = (tekst, actie, attrs = {}) => {
      const b = this.el('button', { type: 'button', ...attrs }, this.w(tekst));
      b.addEventListener('click', actie);
      this.knoppen.push([b, tekst]);
      return b;
    };
    this.knoppen = [];
    // Language
    this.taalKnop = this.el('button', { type: 'button', class: 'taalknop', lang: this.taal === 'nl' ? 'en' : 'nl' });
    this.taalKnop.addEventListener('click', () => this.zetTaal(this.taal === 'nl' ? 'en' : 'nl'));
    // Open a file
    this.bestand = this.el('input', { type: 'file', accept: '.json,application/json', class: 'visueel-verborgen', tabindex: '-1', 'aria-hidden': 'true' });
    this.bestand.addEventListener('change', () => this.open(this.bestand.files?.[0]));
    voegToe(
      balk,
      knop(TEKST.importeren, () => this.bestand.click(), { class: 'openen' }),
      this.bestand,
      knop(TEKST.exporteren, () => this.bewaarBestand(), { class: 'opslaan' }),
      knop(TEKST.afdrukken, () => this.doc.defaultView?.print(), { class: 'afdrukken' }),
      knop(TEKST.nieuw, () => this.nieuw(), { class: 'nieuw' }),
    );
    if (this.voorbeeld)
      voegToe(
        balk,
        knop(TEKST.voorbeeld, () => this.laadVoorbeeld(), { class: 'voorbeeld' }),
      );
    voegToe(balk, this.taalKnop);
    if (this.concept) {
      const vak = this.el('input', { type: 'checkbox', id: 'concept-bewaren', 'aria-describedby': 'concept-uitleg' });
      const aan = this.concept.aan;
      if (vak.checked !== aan) vak.checked = aan;
      // The plan is read only when turning it on: turning it off must remove the draft
      // even when nothing else works.
      vak.addEventListener('change', () => this.concept.zetAan(vak.checked, () => this.plan));
      this.vinkje = vak;
      this.conceptLabel = this.el('label', { for: 'concept-bewaren' }, this.w(TEKST.bewaren));
      this.conceptUitleg = this.el('span', { id: 'concept-uitleg', class: 'klein' }, this.w(TEKST.bewarenUitleg));
      const div = this.el('div', { class: 'concept' });
      voegToe(div, vak, this.conceptLabel, this.conceptUitleg);
      voegToe(balk, div);
    } else if (this.geenConcept) {
      this.conceptUitleg = this.el('p', { class: 'concept klein geen-concept' }, this.w(this.geenConcept));
      voegToe(balk, this.conceptUitleg);
    }
    this.zetTaalKnop();
    return balk;
  }

  /** The first visit's choice: a new plan, a plan file, or the example (shown below it, marked). */
  bouwStart() {
    const sectie = this.el('section', { class: 'start', 'aria-labelledby': 'start-kop', hidden: true });
    this.startTeksten = [];
    const tekst = (tag, t, attrs = {}) => {
      const e = this.el(tag, attrs, this.w(t));
      this.startTeksten.push([e, t]);
      return e;
    };
    // Each choice hides the choice once it is made (opening a file: once a file was opened).
    const knop = (t, actie, klasse) => {
      const b = tekst('button', t, { type: 'button', class: klasse });
      b.addEventListener('click', actie);
      return b;
    };
    const knoppen = this.el('div', { class: 'start-knoppen' });
    voegToe(
      knoppen,
      knop(TEKST.startNieuw, () => this.nieuw(), 'start-nieuw'),
      knop(TEKST.startOpenen, () => this.bestand.click(), 'start-openen'),
      knop(
        TEKST.startVoorbeeld,
        () => {
          if (!this.isVoorbeeld) this.laadVoorbeeld();
          this.verbergStart();
          this.statusbalk.scrollIntoView?.({ block: 'start' });
          this.weergave.overzicht.focus();
        },
        'start-voorbeeld',
      ),
    );
    voegToe(sectie, tekst('h2', TEKST.startKop, { id: 'start-kop' }), tekst('p', TEKST.startUitleg), knoppen);
    return sectie;
  }

  /** Shows the first visit's choice (the page does, when no draft was kept). */
  toonStart() {
    this.startEl.hidden = !this.voorbeeld;
  }

  verbergStart() {
    this.startEl.hidden = true;
  }

  zetTaalKnop() {
    zetTekst(this.taalKnop, this.taal === 'nl' ? 'English' : 'Nederlands');
    const andere = this.taal === 'nl' ? 'en' : 'nl';
    if (this.taalKnop.lang !== andere) this.taalKnop.lang = andere;
  }

  // ---- checking --------------------------------------------------------------------------

  get plan() {
    return this.formulier.leesPlan();
  }

  set plan(plan) {
    this.neemPlan(plan);
  }

  /** Fills the form with a plan; false, with a message and the form unchanged, when it cannot. */
  neemPlan(plan, { voorbeeld = false } = {}) {
    try {
      this.formulier.vulPlan(plan);
    } catch (fout) {
      if (!(fout instanceof OnleesbaarPlan)) throw fout;
      this.melding.textContent = this.w(TEKST[WAAROM[fout.reden]]);
      return false;
    }
    this.gewijzigd = false;
    this.zetVoorbeeld(voorbeeld);
    // An opened plan, a kept draft, the example: everything in it is shown at once.
    this.formulier.toonAlles();
    this.samenvattingAan = true;
    this.controleer();
    return true;
  }

  /** Whether the plan in the form is the example: then it is marked "Voorbeeld" on screen and in print. */
  zetVoorbeeld(aan) {
    this.isVoorbeeld = aan;
    this.badge.hidden = !aan;
  }

  /** "Controleer het plan": every finding shows, the summary appears (and stays) and takes the focus. */
  controleerAlles() {
    this.formulier.toonAlles();
    this.samenvattingAan = true;
    this.controleer();
    this.weergave.overzicht.focus();
  }

  gewijzigdDoorGebruiker() {
    this.gewijzigd = true;
    // Coalesce the events of one frame into one check.
    if (this.gepland) return;
    this.gepland = true;
    const nu = () => {
      this.gepland = false;
      this.controleer();
    };
    if (this.doc.defaultView?.requestAnimationFrame) this.doc.defaultView.requestAnimationFrame(nu);
    else queueMicrotask(nu);
  }

  /** The core has loaded: from now on every change is checked. */
  kernKlaar(plantoets) {
    this.plantoets = plantoets;
    this.kern = 'klaar';
    if (plantoets.catalogus) this.weergave.catalogus = new Map(plantoets.catalogus().map((r) => [r.code, r]));
    this.weergave.vergeet();
    if (!this.spreekt(this.taal)) this.wisselKern();
    this.controleer();
  }

  /** Whether the core checks in `taal` (a core that does not say, speaks both). */
  spreekt(taal) {
    return !this.plantoets.talen || this.plantoets.talen.includes(taal);
  }

  /**
   * The core for another language (English: the page's own core speaks Dutch only): the check
   * waits, saying so, until it is there. Should it not load, the check goes on in Dutch and
   * says why.
   */
  wisselKern() {
    if (!this.andereKern || this.geenAndereKern) return;
    const taal = this.taal;
    this.kern = 'laden';
    this.andereKern(taal).then(
      (kern) => this.kernKlaar(kern),
      () => {
        this.geenAndereKern = true;
        this.kern = 'klaar';
        this.controleer();
        this.melding.textContent = this.w(TEKST.andereKernFout);
      },
    );
  }

  /** The core could not be loaded: say so, and what still works (filling in, saving as a file). */
  kernFout() {
    this.kern = 'fout';
    this.controleer();
    this.melding.textContent = this.w(TEKST.kernFout);
  }

  controleer() {
    if (this.kern !== 'klaar') return this.zonderKern();
    const plan = this.plan;
    const opties = { peildatum: this.peildatum, taal: this.taal };
    if (this.negeer.length) opties.negeer = this.negeer;
    const report = this.plantoets.check(plan, opties);
    this.report = report;
    this.planNu = plan;
    this.toonRapport();
    this.concept?.bewaar(plan);
    this.bijWijziging(plan, report);
    return report;
  }

  /** Before (or without) the core: the form works and is kept; the state says why nothing is checked. */
  zonderKern() {
    const plan = this.plan;
    this.report = null;
    const tekst = this.w(this.kern === 'fout' ? TEKST.kernFoutKort : TEKST.kernLaden);
    const soort = this.kern === 'fout' ? 'fout' : 'laden';
    for (const e of [this.status, this.statusPaneel]) {
      zetTekst(e, tekst);
      // (Set only when it changes: the taken-over form, dom.js, already says so.)
      if (e.dataset.staat !== soort) e.dataset.staat = soort;
    }
    if (!this.naarProblemen.hidden) this.naarProblemen.hidden = true;
    this.concept?.bewaar(plan);
    this.bijWijziging(plan, null);
    return null;
  }

  /** Shows the latest report: only the findings of fields that were left or checked. */
  toonRapport() {
    const report = this.report;
    if (!report) return;
    if (this.ingedrukt) {
      this.uitgesteld = true;
      return;
    }
    const plan = this.planNu ?? {};
    // Nothing moves under the caret: the focused field keeps its place on the screen.
    const actief = this.formulier.actief();
    const voor = actief?.getBoundingClientRect().top;
    const getoond = this.samenvattingAan ? report.bevindingen.filter((b) => this.formulier.toont(b)) : [];
    this.weergave.toon(report, {
      peildatum: this.peildatum,
      datums: plan.datums ?? {},
      activiteiten: Array.isArray(plan.activiteiten) ? plan.activiteiten : [],
      uitzondering: plan.uitzonderingUwv === true,
      bevindingen: getoond,
      samenvatting: this.samenvattingAan,
      vasthouden: actief !== null,
    });
    this.formulier.toonMeldingen(report.bevindingen);
    this.formulier.toonUren(report.uren.activiteiten, (u) => `${this.weergave.opmaak.uren(u)} ${this.taal === 'nl' ? 'uur' : 'h'}`);
    const staat = this.weergave.staat(report, this.samenvattingAan);
    for (const e of [this.status, this.statusPaneel]) {
      zetTekst(e, staat.tekst);
      e.dataset.staat = staat.soort;
    }
    const f = getoond.filter((b) => b.ernst === 'fout').length;
    const w = getoond.filter((b) => b.ernst === 'waarschuwing').length;
    zetTekst(this.naarProblemen, this.w(TEKST.naarProblemen));
    this.naarProblemen.hidden = !this.samenvattingAan || f + w === 0;
    const genegeerd = report.regelset.genegeerd ?? [];
    zetTekst(
      this.regelsetEl,
      this.w(TEKST.regelset, { versie: report.regelset.versie, vanaf: this.weergave.opmaak.datum(report.regelset.geldigVanaf) }) +
        (genegeerd.length ? ` ${this.w(TEKST.genegeerd, { codes: genegeerd.join(', ') })}` : ''),
    );
    this.aankondigen(staat.tekst);
    if (actief && voor !== undefined) {
      const verschil = actief.getBoundingClientRect().top - voor;
      if (Math.abs(verschil) >= 0.5) this.doc.defaultView?.scrollBy(0, verschil);
    }
  }

  /** A polite announcement once typing pauses; focus is never moved by checking. */
  aankondigen(tekst) {
    clearTimeout(this.aankondiging);
    this.aankondiging = setTimeout(() => {
      if (this.live.textContent !== tekst) this.live.textContent = tekst;
    }, 1200);
  }

  focusVeld(pad) {
    const e = this.formulier.elementVoor(pad);
    if (!e) return;
    const doel = e.matches('input, select, textarea') ? e : (e.querySelector('input, select, textarea') ?? e);
    e.scrollIntoView?.({ block: 'center' });
    doel.focus();
  }

  // ---- the toolbar's actions -------------------------------------------------------------

  zetTaal(taal) {
    this.taal = taal;
    this.root.setAttribute('lang', taal);
    this.formulier.zetTaal(taal);
    this.weergave.zetTaal(taal);
    this.h1.textContent = this.w(TEKST.titel);
    this.ondertitel.textContent = this.w(TEKST.ondertitel);
    for (const [b, t] of this.knoppen) b.textContent = this.w(t);
    if (this.conceptLabel) {
      this.conceptLabel.textContent = this.w(TEKST.bewaren);
      this.conceptUitleg.textContent = this.w(TEKST.bewarenUitleg);
    } else if (this.conceptUitleg) {
      this.conceptUitleg.textContent = this.w(this.geenConcept);
    }
    this.rechts.setAttribute('aria-label', this.w(TEKST.paneel));
    this.controleerKnop.textContent = this.w(TEKST.controleer);
    this.statusbalk.setAttribute('aria-label', this.w(TEKST.stand));
    this.controleerOnder.textContent = this.w(TEKST.controleer);
    for (const [e, t] of this.startTeksten) e.textContent = this.w(t);
    this.badge.textContent = this.w(TEKST.voorbeeldBadge);
    this.zetTaalKnop();
    if (this.kern === 'klaar' && !this.spreekt(taal)) this.wisselKern();
    this.controleer();
  }

  bewaarBestand() {
    exporteer(this.doc, this.plan);
    this.gewijzigd = false;
  }

  async open(bestand) {
    if (!bestand) return;
    const { plan, fout } = await leesBestand(bestand);
    this.bestand.value = '';
    if (fout) {
      this.melding.textContent = this.w(TEKST[fout]);
      return;
    }
    if (this.neemPlan(plan)) {
      this.verbergStart();
      this.melding.textContent = this.w(TEKST.geopend, { naam: bestand.name });
    }
  }

  nieuw() {
    if (this.gewijzigd && !this.doc.defaultView?.confirm(this.w(TEKST.nieuwVragen))) return;
    this.formulier.vulPlan({});
    this.gewijzigd = false;
    this.zetVoorbeeld(false);
    this.verbergStart();
    // A new plan shows nothing until the person leaves a field or asks for the check.
    this.samenvattingAan = false;
    this.controleer();
    this.melding.textContent = '';
    this.formulier.velden.get('/dienst')?.input.focus();
  }

  laadVoorbeeld() {
    if (this.gewijzigd && !this.doc.defaultView?.confirm(this.w(TEKST.nieuwVragen))) return;
    this.neemPlan(this.voorbeeld, { voorbeeld: true });
    this.verbergStart();
  }

  maakAfdruk() {
    if (!this.report) return;
    this.afdruk.replaceChildren(
      bouwAfdruk(this.doc, {
        plan: this.plan,
        report: this.report,
        taal: this.taal,
        peildatum: this.peildatum,
        formulier: this.formulier,
        diensten: this.diensten,
        catalogus: this.weergave.catalogus,
        voorbeeld: this.isVoorbeeld,
      }),
    );
  }
}

export { idVan };

/** "I10, S" or ["I10", "S"] → ["I10", "S"]: the codes or groups a host does not want checked. */
export function leesNegeer(negeer) {
  const lijst = Array.isArray(negeer) ? negeer : typeof negeer === 'string' ? negeer.split(',') : [];
  return lijst.map((c) => String(c).trim()).filter(Boolean);
}
