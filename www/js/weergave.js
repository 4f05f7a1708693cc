// Showing a report: the summary of problems (GOV.UK pattern), the hours against the caps,
// the timeline of the plan and the price. Numbers come from the report; the caps come from
// the report (which took them from the core's table). Text only through textContent.
import { isEchteDatum } from './datum.js';
import { element, svgElement } from './dom.js';
import { toonDatum, toonEuro, toonUren } from './getallen.js';
import { bronVan, DATUMLABELS, TEKST, tel, vul } from './tekst.js';

/** Findings about the total hours: one cause, however many rules it breaks. */
const TOTAAL_UREN = ['U01', 'U02', 'U05', 'U08'];

/** The cause of a finding: findings with one cause are shown once in the summary. */
export function oorzaak(b) {
  if (TOTAAL_UREN.includes(b.code) && typeof b.feiten?.totaal === 'number') return 'totaal-uren';
  return `${b.code} ${b.pad}`;
}

export function maakOpmaak(taal) {
  return {
    uren: (n) => toonUren(n, taal),
    euro: (cent) => toonEuro(cent, taal),
    // A date that does not exist (an opened plan's "2025-13-45") is shown as written.
    datum: (iso) => (isEchteDatum(iso) ? toonDatum(iso, taal) : String(iso)),
  };
}

/** An activity's name in the hours legend: its description, or null when it has none. */
function legendaNaam(a) {
  return typeof a?.omschrijving === 'string' && a.omschrijving.trim() ? a.omschrijving.trim() : null;
}

export class Weergave {
  constructor(doc, { taal, catalogus, naarVeld, laadUitleg = null }) {
    this.doc = doc;
    this.taal = taal;
    this.catalogus = new Map(catalogus.map((r) => [r.code, r]));
    /** Fetches the catalogue when the core came without one (the page's own small core). */
    this.laadUitleg = laadUitleg;
    this.naarVeld = naarVeld;
    this.opmaak = maakOpmaak(taal);

    this.element = this.el('div', { class: 'weergave' });
    this.overzicht = this.el('div', { class: 'overzicht', tabindex: '-1', role: 'region', 'aria-labelledby': 'ov-kop' });
    // The panels take the focus when the bar's figures are followed (tabindex -1: not a tab stop).
    this.urenEl = this.el('section', { class: 'paneel uren', 'aria-labelledby': 'uren-kop', tabindex: '-1' });
    this.tijdlijnEl = this.el('section', { class: 'paneel tijdlijn', 'aria-labelledby': 'tijdlijn-kop', tabindex: '-1' });
    this.prijsEl = this.el('section', { class: 'paneel prijs', 'aria-labelledby': 'prijs-kop', tabindex: '-1' });
    // The hours and the total in a few words, with a way to their panels: in the state bar
    // (sticky on small screens, where the panels sit below the form) and at the top of the
    // panel beside the form (which stays in view there while the panel scrolls).
    this.kernBalk = this.el('div', { class: 'kern kern-balk' });
    this.kernPaneel = this.el('div', { class: 'kern kern-paneel' });
    this.element.append(this.overzicht, this.urenEl, this.tijdlijnEl, this.prijsEl);
  }

  /** Brings a panel into view and gives it the focus (the person asked for it). */
  naarPaneel(paneel) {
    paneel.scrollIntoView?.({ block: 'start' });
    paneel.focus({ preventScroll: true });
  }

  el(tag, attrs = {}, ...kinderen) {
    return element(this.doc, tag, attrs, ...kinderen);
  }

  svg(tag, attrs = {}, tekst) {
    return svgElement(this.doc, tag, attrs, tekst);
  }

  w(tekst, waarden) {
    return vul(tekst[this.taal], waarden);
  }

  zetTaal(taal) {
    this.taal = taal;
    this.opmaak = maakOpmaak(taal);
  }

  /**
   * Everything, from one report. `bevindingen` are the findings that show now (of the
   * fields left or checked); `samenvatting` whether the summary shows at all; `vasthouden`
   * keeps the summary from shrinking while the person types below it.
   */
  toon(
    report,
    { peildatum, datums = {}, activiteiten = [], uitzondering = false, bevindingen = report.bevindingen, samenvatting = true, vasthouden = false } = {},
  ) {
    this.vastePrijs = report.prijs.vastePrijs;
    this.toonOverzicht(bevindingen, { samenvatting, vasthouden });
    // A panel is rebuilt only when what it shows changed: most keystrokes (a description, a
    // name) change none of them, and a rebuilt panel costs the browser a new layout.
    // The legend's names follow the descriptions as they are typed, in place; only whether an
    // activity has a name changes the panel's shape.
    const namen = activiteiten.map(legendaNaam);
    const uren = [report.uren, uitzondering, namen.map(Boolean), report.prijs.vastePrijs, this.naarVeld.idVoor('/uitzonderingUwv')];
    if (this.anders('uren', uren)) this.toonUren(report.uren, uitzondering, activiteiten);
    else this.werkNamenBij(namen);
    if (this.anders('tijdlijn', [report.termijnen, peildatum, datums.opdracht])) this.toonTijdlijn(report.termijnen, { peildatum, opdracht: datums.opdracht });
    // The price's lines carry the activities' descriptions: those too are set in place, so a
    // description being typed does not rebuild the table (a new table costs a whole layout).
    const prijsVorm = { ...report.prijs, regels: report.prijs.regels.map(({ omschrijving, ...r }) => r) };
    if (this.anders('prijs', [prijsVorm])) this.toonPrijs(report.prijs);
    else this.werkPrijsBij(report.prijs.regels);
    if (this.anders('kern', [report.uren, report.prijs.totaalCent, uitzondering])) this.toonKern(report, uitzondering);
  }

  /** The legend's activity names as they are now (the panel itself stays). */
  werkNamenBij(namen) {
    for (const span of this.urenEl.querySelectorAll('.legenda-naam[data-n]')) {
      const tekst = ` ${namen[Number(span.dataset.n) - 1] ?? ''}`;
      if (span.textContent !== tekst) span.textContent = tekst;
    }
  }

  /** The price lines' descriptions as they are now (the table itself stays). */
  werkPrijsBij(regels) {
    regels.forEach((r, i) => {
      const t = this.prijsNamen?.[i];
      if (t && t.data !== (r.omschrijving ?? '')) t.data = r.omschrijving ?? '';
    });
  }

  /** Whether a panel's data (in this language) differs from what it shows; remembers it. */
  anders(paneel, gegevens) {
    const sleutel = JSON.stringify([this.taal, gegevens]);
    this.getoond ??= new Map();
    if (this.getoond.get(paneel) === sleutel) return false;
    this.getoond.set(paneel, sleutel);
    return true;
  }

  /** Forgets what the panels show (a new catalogue): the next report rebuilds them all. */
  vergeet() {
    this.getoond?.clear();
    this.vorigOverzicht = undefined;
  }

  /** "36 van 41 uur" and "Totaal € 3.096,00" as buttons to their panels, in the bar and the panel. */
  toonKern(report, uitzondering = false) {
    const u = report.uren;
    const f = this.opmaak.uren;
    const max = uitzondering && u.verhoogdMaximum !== null ? u.verhoogdMaximum : u.maximum;
    const uren = max === null ? this.w(TEKST.urenEenheid, { n: f(u.totaal ?? 0) }) : this.w(TEKST.urenVan, { totaal: f(u.totaal ?? 0), max: f(max) });
    const totaal = report.prijs.totaalCent;
    for (const houder of [this.kernBalk, this.kernPaneel]) {
      // Made once and then only their words change: a button is never replaced under the pointer.
      if (!houder.firstChild) {
        for (const [klasse, paneel] of [
          ['naar-uren', this.urenEl],
          ['naar-prijs', this.prijsEl],
          ['naar-tijdlijn', this.tijdlijnEl],
        ]) {
          const knop = this.el('button', { type: 'button', class: klasse });
          knop.addEventListener('click', () => this.naarPaneel(paneel));
          houder.append(knop);
        }
      }
      const [urenKnop, prijsKnop, tijdlijnKnop] = houder.children;
      urenKnop.textContent = uren;
      urenKnop.classList.toggle('over', max !== null && (u.totaal ?? 0) > max);
      prijsKnop.hidden = totaal === null;
      prijsKnop.textContent = totaal === null ? '' : this.w(TEKST.kernTotaal, { bedrag: this.opmaak.euro(totaal) });
      tijdlijnKnop.textContent = this.w(TEKST.tijdlijn);
    }
  }

  /** The state of the plan in a few words: { soort: 'concept' | 'fouten' | 'klaar', tekst }. */
  staat(report, gecontroleerd) {
    const f = report.bevindingen.filter((b) => b.ernst === 'fout').length;
    const w = report.bevindingen.filter((b) => b.ernst === 'waarschuwing').length;
    const nogTeBekijken = w ? ` · ${tel(this.taal, w, TEKST.waarschuwingEen, TEKST.waarschuwingMeer)}` : '';
    if (report.indienbaar) return { soort: 'klaar', tekst: this.w(TEKST.klaar) + nogTeBekijken };
    if (f && gecontroleerd) return { soort: 'fouten', tekst: this.w(TEKST.foutenStand, { n: f }) + nogTeBekijken };
    return { soort: 'concept', tekst: tel(this.taal, f + w, TEKST.conceptEen, TEKST.conceptMeer) };
  }

  // ---- the summary of problems -------------------------------------------------------------

  toonOverzicht(bevindingen, { samenvatting = true, vasthouden = false } = {}) {
    const o = this.overzicht;
    // Rebuild only when something changed: a link being clicked must not be replaced under
    // the pointer (leaving a field re-checks the same plan), and it saves work per keystroke.
    const sleutel = JSON.stringify([this.taal, samenvatting, bevindingen]);
    if (sleutel === this.vorigOverzicht) return;
    this.vorigOverzicht = sleutel;
    // While the person types in the form the summary may grow but not shrink: a finding that
    // goes must not pull the field under the caret up.
    o.style.minHeight = vasthouden && !o.hidden ? `${o.getBoundingClientRect().height}px` : '';
    o.replaceChildren();
    o.hidden = !samenvatting;
    if (!samenvatting) return;
    const fouten = bevindingen.filter((b) => b.ernst === 'fout');
    const waarschuwingen = bevindingen.filter((b) => b.ernst === 'waarschuwing');
    o.classList.toggle('met-fouten', fouten.length > 0);
    const kop = fouten.length
      ? this.w(TEKST.probleem)
      : waarschuwingen.length
        ? `${this.w(TEKST.geenFouten)}, ${tel(this.taal, waarschuwingen.length, TEKST.waarschuwingEen, TEKST.waarschuwingMeer)}`
        : this.w(TEKST.geenProblemen);
    o.append(this.el('h2', { id: 'ov-kop' }, kop));
    for (const [ernst, een, meer] of [
      ['fout', TEKST.foutEen, TEKST.foutMeer],
      ['waarschuwing', TEKST.waarschuwingEen, TEKST.waarschuwingMeer],
      ['info', TEKST.infoEen, TEKST.infoMeer],
    ]) {
      const groep = bevindingen.filter((b) => b.ernst === ernst);
      if (!groep.length) continue;
      // One item per cause: the first finding speaks, the others of that cause follow it quietly.
      const oorzaken = new Map();
      for (const b of groep) {
        const k = oorzaak(b);
        if (!oorzaken.has(k)) oorzaken.set(k, []);
        oorzaken.get(k).push(b);
      }
      o.append(this.el('h3', { class: `kop-${ernst}` }, tel(this.taal, oorzaken.size, een, meer)));
      const lijst = this.el('ul', { class: `bevindingen ${ernst}` });
      const rang = (b) => (TOTAAL_UREN.includes(b.code) ? TOTAAL_UREN.indexOf(b.code) : 0);
      for (const leden of oorzaken.values()) {
        const [eerste, ...ook] = leden.sort((a, b) => rang(a) - rang(b));
        lijst.append(this.bevinding(eerste, ook));
      }
      o.append(lijst);
    }
  }

  /** The link of a finding: its field, or for the total hours the place where they can be fixed. */
  link(b, tekst) {
    const pad = oorzaak(b) === 'totaal-uren' ? (this.naarVeld.urenPad?.() ?? b.pad) : b.pad;
    const doel = this.naarVeld.idVoor(pad);
    if (!doel) return this.el('span', { class: 'bericht' }, ...tekst);
    const a = this.el('a', { href: `#${doel}`, class: 'bericht' }, ...tekst);
    a.addEventListener('click', (e) => {
      e.preventDefault();
      this.naarVeld.focus(pad);
    });
    return a;
  }

  /** A finding in the summary: the field's name and the message, then code and paragraph quietly. */
  bevinding(b, ook = []) {
    const li = this.el('li', { class: `bevinding ${b.ernst}`, 'data-code': b.code });
    const tekst = b.veld ? [this.el('span', { class: 'veldnaam' }, `${b.veld}: `), b.bericht] : [b.bericht];
    li.append(this.link(b, tekst));
    if (b.toelichting) li.append(this.el('p', { class: 'toelichting-tekst' }, `${this.w(TEKST.toelichtingKop)}: `, this.el('q', {}, b.toelichting)));
    if (ook.length) {
      const sub = this.el('ul', { class: 'ook' });
      for (const v of ook) {
        const item = this.el('li', { 'data-code': v.code }, `${this.w(TEKST.ookDaardoor)} `);
        item.append(
          this.link(v, [v.veld ? `${v.veld}: ${v.bericht}` : v.bericht]),
          this.el('span', { class: 'meta' }, ` ${v.code} · ${bronVan(v, this.taal, this.catalogus)}`),
        );
        sub.append(item);
      }
      li.append(sub);
    }
    li.append(this.el('span', { class: 'meta' }, `${b.code} · ${bronVan(b, this.taal, this.catalogus)}`));
    if (this.catalogus.has(b.code) || this.laadUitleg) li.append(this.waarom(b.code));
    return li;
  }

  /** "Waarom?": the rule's explanation from the catalogue, fetched the first time it opens. */
  waarom(code) {
    const details = this.el('details');
    details.append(this.el('summary', {}, this.w(TEKST.waarom)));
    if (this.catalogus.has(code)) {
      details.append(...this.uitleg(code));
      return details;
    }
    details.addEventListener('toggle', async () => {
      if (!details.open || details.dataset.uitleg) return;
      details.dataset.uitleg = 'laden';
      const wacht = this.el('p', {}, this.w(TEKST.uitlegLaden));
      details.append(wacht);
      try {
        this.uitlegGeladen ??= this.laadUitleg().then((lijst) => {
          for (const r of lijst) this.catalogus.set(r.code, r);
        });
        await this.uitlegGeladen;
        wacht.replaceWith(...this.uitleg(code));
        details.dataset.uitleg = 'klaar';
      } catch {
        this.uitlegGeladen = null; // opened again, it tries again
        wacht.textContent = this.w(TEKST.uitlegFout);
        delete details.dataset.uitleg;
        details.addEventListener('toggle', () => wacht.remove(), { once: true });
      }
    });
    return details;
  }

  /** The paragraphs of a rule's explanation (none when the catalogue does not know it). */
  uitleg(code) {
    const regel = this.catalogus.get(code);
    if (!regel) return [];
    const delen = [this.el('p', { class: 'regeltitel' }, `${code}: ${regel.titel[this.taal]}`), this.el('p', {}, regel.waarom[this.taal])];
    const zo = this.el('p');
    zo.append(this.el('strong', {}, `${this.w(TEKST.zoWel)}: `), regel.voorbeeld[this.taal]);
    delen.push(zo);
    if (regel.lezing) {
      const l = this.el('p', { class: 'lezing' });
      l.append(this.el('strong', {}, `${this.w(TEKST.lezing)}: `), regel.lezing[this.taal]);
      delen.push(l);
    }
    return delen;
  }

  // ---- hours against the caps --------------------------------------------------------------

  toonUren(u, uitzondering = false, activiteiten = []) {
    const e = this.urenEl;
    e.replaceChildren(this.el('h2', { id: 'uren-kop' }, this.w(TEKST.uren)));
    const totaal = u.totaal ?? 0;
    const f = this.opmaak.uren;
    let samenvatting;
    if (u.maximum === null) {
      // No maximum: a fixed price (Praktijkassessment), or no service chosen yet.
      samenvatting = this.w(this.vastePrijs ? TEKST.urenZonderMax : TEKST.urenNogGeenDienst, { totaal: f(totaal) });
    } else {
      // With UWV's exception the remaining hours count to the exceptional maximum: say so.
      const metUitzondering = uitzondering && u.verhoogdMaximum !== null;
      samenvatting = this.w(metUitzondering ? TEKST.urenVanUitzondering : TEKST.urenVan, {
        totaal: f(totaal),
        max: f(metUitzondering ? u.verhoogdMaximum : u.maximum),
      });
      if (u.resterend !== null) {
        const n = Math.abs(u.resterend);
        samenvatting += ` · ${u.resterend >= 0 ? tel(this.taal, n, TEKST.nogOverEen, TEKST.nogOver, f(n)) : tel(this.taal, n, TEKST.teVeelEen, TEKST.teVeel, f(n))}`;
      }
    }
    e.append(this.el('p', { class: 'samenvatting' }, samenvatting));
    if (u.verhoogdMaximum !== null) {
      const p = this.el(
        'p',
        { class: 'klein' },
        `${this.w(uitzondering ? TEKST.verhoogdAan : TEKST.verhoogd, { n: f(u.verhoogdMaximum), max: f(u.maximum) })} `,
      );
      // The exception box is one step away from the hours.
      const id = this.naarVeld.idVoor('/uitzonderingUwv');
      if (id) {
        const a = this.el('a', { href: `#${id}`, class: 'naar-uitzondering' }, this.w(TEKST.naarUitzondering));
        a.addEventListener('click', (ev) => {
          ev.preventDefault();
          this.naarVeld.focus('/uitzonderingUwv');
        });
        p.append(a);
      }
      e.append(p);
    }

    // A bar: one segment per activity and one for administration, marks at the caps. Each
    // segment carries its number (A for administration) where it fits and a white seam, and
    // the legend names the activities with the same number: not colour alone.
    const delen = [
      ...u.activiteiten.map((h, i) => ({ merk: String(i + 1), n: i + 1, naam: activiteiten[i]?.omschrijving, h: h ?? 0 })),
      { merk: 'A', admin: true, h: u.administratie ?? 0 },
    ].filter((d) => d.h > 0);
    const schaal = Math.max(totaal, u.maximum ?? 0, u.verhoogdMaximum ?? 0, 1);
    const breedte = 300;
    const svg = this.svg('svg', { viewBox: `0 0 ${breedte} 40`, class: 'urenbalk', role: 'img', 'aria-label': samenvatting });
    svg.append(this.svg('rect', { x: 0, y: 8, width: breedte, height: 22, class: 'balk-achter' }));
    let x = 0;
    delen.forEach((d, i) => {
      const b = (d.h / schaal) * breedte;
      const r = this.svg('rect', {
        x: x.toFixed(2),
        y: 8,
        width: Math.max(b, 0.5).toFixed(2),
        height: 22,
        class: `balk-deel deel-${i % 4}${d.admin ? ' deel-admin' : ''}`,
      });
      svg.append(r);
      if (b >= 9 * d.merk.length + 4) {
        svg.append(this.svg('text', { x: (x + b / 2).toFixed(2), y: 24, 'text-anchor': 'middle', class: 'balk-nummer' }, d.merk));
      }
      x += b;
    });
    const merk = (waarde, klasse) => {
      const mx = ((waarde / schaal) * breedte).toFixed(2);
      svg.append(this.svg('line', { x1: mx, x2: mx, y1: 2, y2: 36, class: klasse }));
    };
    if (u.maximum !== null) merk(u.maximum, 'merk-max');
    if (u.verhoogdMaximum !== null) merk(u.verhoogdMaximum, 'merk-verhoogd');
    if (u.maximum !== null && totaal > u.maximum) svg.classList.add('over');
    e.append(svg);

    const legenda = this.el('ol', { class: 'legenda' });
    delen.forEach((d, i) => {
      const li = this.el('li', { class: `deel-${i % 4}${d.admin ? ' deel-admin' : ''}` });
      const kop = d.admin ? this.w(TEKST.administratie) : this.w(TEKST.activiteit, { n: d.n });
      const naam = legendaNaam({ omschrijving: d.naam });
      li.append(
        this.el('span', { class: 'stip', 'aria-hidden': 'true' }, d.merk),
        // The writer's own words (in any language) apart from the page's.
        this.el(
          'span',
          { class: 'legenda-tekst' },
          this.el('span', { class: 'legenda-kop' }, `${kop}${naam ? ':' : ''}`),
          naam ? this.el('span', { class: 'legenda-naam', 'data-n': String(d.n) }, ` ${naam}`) : null,
        ),
        this.el('span', { class: 'legenda-uren' }, this.w(TEKST.urenEenheid, { n: f(d.h) })),
      );
      legenda.append(li);
    });
    e.append(legenda);
  }

  // ---- the timeline --------------------------------------------------------------------------

  toonTijdlijn(t, { peildatum: gegeven, opdracht }) {
    const peildatum = isEchteDatum(gegeven) ? gegeven : null;
    const e = this.tijdlijnEl;
    e.replaceChildren(this.el('h2', { id: 'tijdlijn-kop' }, this.w(TEKST.tijdlijn)));
    const punten = [
      ['opdracht', opdracht],
      ['indienenUiterlijk', t.indienenUiterlijk],
      ['start', t.start],
      ['evaluatiemoment', t.evaluatiemoment],
      ['eindeDoorlooptijd', t.eindeDoorlooptijd],
      ['werkhervattingUiterlijk', t.werkhervattingUiterlijk],
      ['eindrapportageUiterlijk', t.eindrapportageUiterlijk],
    ].filter(([, d]) => isEchteDatum(d));
    if (punten.length === 0) {
      e.append(this.el('p', { class: 'klein' }, '—'));
      return;
    }
    // Top to bottom in the order of time, today among them: every label is text at the page's
    // size and has a line of its own at any width. The space between two moments grows with
    // the time between them, and the doorlooptijd is a band along the line from start to end.
    const dag = (iso) => Date.parse(`${iso}T00:00:00Z`) / 864e5;
    const label = (k) => this.w(DATUMLABELS[k]) + (k === 'start' && t.startGeschat ? ` (${this.w(TEKST.geschat)})` : '');
    const momenten = punten.map(([k, d]) => ({ k, d, label: label(k) }));
    if (peildatum) momenten.push({ k: 'vandaag', d: peildatum, label: this.w(DATUMLABELS.vandaag) });
    momenten.sort((a, b) => dag(a.d) - dag(b.d));
    const band = t.start && t.eindeDoorlooptijd && isEchteDatum(t.start) && isEchteDatum(t.eindeDoorlooptijd) ? [dag(t.start), dag(t.eindeDoorlooptijd)] : null;
    const tussen = (a, b) => `${Math.min(2.5, 0.15 * Math.sqrt(Math.max(0, dag(b) - dag(a)))).toFixed(2)}rem`;
    const lijst = this.el('dl', { class: 'datums tijdlijn-lijst' });
    momenten.forEach((m, i) => {
      const volgende = momenten[i + 1];
      const inBand = band && volgende && dag(m.d) >= band[0] && dag(volgende.d) <= band[1];
      const rij = this.el(
        'div',
        { class: `moment moment-${m.k}${inBand ? ' in-doorlooptijd' : ''}${inBand && t.startGeschat ? ' geschat' : ''}` },
        this.el('dt', {}, m.label),
        this.el('dd', {}, this.opmaak.datum(m.d)),
      );
      if (i > 0) rij.style.setProperty('--tussen', tussen(momenten[i - 1].d, m.d));
      if (volgende) rij.style.setProperty('--naar-volgende', tussen(m.d, volgende.d));
      lijst.append(rij);
    });
    e.append(lijst);
  }

  // ---- the price -----------------------------------------------------------------------------

  toonPrijs(p) {
    const e = this.prijsEl;
    e.replaceChildren(this.el('h2', { id: 'prijs-kop' }, this.w(TEKST.prijs)));
    this.prijsNamen = [];
    if (p.totaalCent === null || p.regels.length === 0) {
      e.append(this.el('p', { class: 'klein' }, this.w(TEKST.geenPrijs)));
      return;
    }
    // Four columns where the panel is wide; where it is narrow (a phone, the panel beside the
    // form) the hours and rate go under the description and the amounts keep their room.
    const tabel = this.el('table');
    const kop = this.el('tr');
    for (const k of [TEKST.prijsOmschrijving, TEKST.prijsUren, TEKST.prijsTarief, TEKST.prijsBedrag]) kop.append(this.el('th', { scope: 'col' }, this.w(k)));
    tabel.append(this.el('thead'), this.el('tbody'), this.el('tfoot'));
    tabel.tHead.append(kop);
    for (const r of p.regels) {
      const uren = r.uren === null ? '' : this.opmaak.uren(r.uren);
      const tarief = r.tariefCent === null ? '' : this.opmaak.euro(r.tariefCent);
      const tr = this.el('tr');
      const naam = this.doc.createTextNode(r.omschrijving ?? '');
      this.prijsNamen.push(naam);
      tr.append(
        this.el(
          'td',
          { class: 'omschrijving' },
          naam,
          uren && tarief ? this.el('span', { class: 'prijs-detail' }, this.w(TEKST.prijsDetail, { uren, tarief })) : null,
        ),
        this.el('td', { class: 'getal prijs-uren' }, uren),
        this.el('td', { class: 'getal prijs-tarief' }, tarief),
        this.el('td', { class: 'getal' }, this.opmaak.euro(r.bedragCent)),
      );
      tabel.tBodies[0].append(tr);
    }
    const voet = this.el('tr');
    voet.append(
      this.el('th', { scope: 'row' }, this.w(TEKST.prijsTotaal)),
      this.el('td', { class: 'prijs-uren' }),
      this.el('td', { class: 'prijs-tarief' }),
      this.el('td', { class: 'getal totaal' }, this.opmaak.euro(p.totaalCent)),
    );
    tabel.tFoot.append(voet);
    e.append(tabel);
    if (p.tariefBron) e.append(this.el('p', { class: 'klein' }, p.tariefBron));
  }
}
