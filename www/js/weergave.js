// Showing a report: the summary of problems (GOV.UK pattern), the hours against the caps,
// the timeline of the plan and the price. Numbers come from the report; the caps come from
// the report (which took them from the core's table). Text only through textContent.
import { isEchteDatum } from './datum.js';
import { element, svgElement } from './dom.js';
import { bronVan, DATUMLABELS, DATUMLABELS_KORT, TEKST, tel, vul } from './tekst.js';

/** Findings about the total hours: one cause, however many rules it breaks. */
const TOTAAL_UREN = ['U01', 'U02', 'U05', 'U08'];

/** The cause of a finding: findings with one cause are shown once in the summary. */
export function oorzaak(b) {
  if (TOTAAL_UREN.includes(b.code) && typeof b.feiten?.totaal === 'number') return 'totaal-uren';
  return `${b.code} ${b.pad}`;
}

export function maakOpmaak(taal) {
  const locale = taal === 'nl' ? 'nl-NL' : 'en-GB';
  const uren = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const euro = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' });
  const datum = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return {
    uren: (n) => uren.format(n),
    euro: (cent) => euro.format(cent / 100),
    // A date that does not exist (an opened plan's "2025-13-45") is shown as written.
    datum: (iso) => (isEchteDatum(iso) ? datum.format(new Date(`${iso}T00:00:00Z`)) : String(iso)),
  };
}

export class Weergave {
  constructor(doc, { taal, catalogus, naarVeld }) {
    this.doc = doc;
    this.taal = taal;
    this.catalogus = new Map(catalogus.map((r) => [r.code, r]));
    this.naarVeld = naarVeld;
    this.opmaak = maakOpmaak(taal);

    this.element = this.el('div', { class: 'weergave' });
    this.overzicht = this.el('div', { class: 'overzicht', tabindex: '-1', role: 'region', 'aria-labelledby': 'ov-kop' });
    this.urenEl = this.el('section', { class: 'paneel uren', 'aria-labelledby': 'uren-kop' });
    this.tijdlijnEl = this.el('section', { class: 'paneel tijdlijn', 'aria-labelledby': 'tijdlijn-kop' });
    this.prijsEl = this.el('section', { class: 'paneel prijs', 'aria-labelledby': 'prijs-kop' });
    this.element.append(this.overzicht, this.urenEl, this.tijdlijnEl, this.prijsEl);
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
  toon(report, { peildatum, datums = {}, uitzondering = false, bevindingen = report.bevindingen, samenvatting = true, vasthouden = false } = {}) {
    this.vastePrijs = report.prijs.vastePrijs;
    this.toonOverzicht(bevindingen, { samenvatting, vasthouden });
    // A panel is rebuilt only when what it shows changed: most keystrokes (a description, a
    // name) change none of them, and a rebuilt panel costs the browser a new layout.
    const uren = [report.uren, uitzondering, report.prijs.vastePrijs, this.naarVeld.idVoor('/uitzonderingUwv')];
    if (this.anders('uren', uren)) this.toonUren(report.uren, uitzondering);
    if (this.anders('tijdlijn', [report.termijnen, peildatum, datums.opdracht])) this.toonTijdlijn(report.termijnen, { peildatum, opdracht: datums.opdracht });
    if (this.anders('prijs', [report.prijs])) this.toonPrijs(report.prijs);
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
    const regel = this.catalogus.get(b.code);
    if (regel) {
      const details = this.el('details');
      details.append(this.el('summary', {}, this.w(TEKST.waarom)));
      details.append(this.el('p', { class: 'regeltitel' }, `${b.code}: ${regel.titel[this.taal]}`));
      details.append(this.el('p', {}, regel.waarom[this.taal]));
      const zo = this.el('p');
      zo.append(this.el('strong', {}, `${this.w(TEKST.zoWel)}: `), regel.voorbeeld[this.taal]);
      details.append(zo);
      if (regel.lezing) {
        const l = this.el('p', { class: 'lezing' });
        l.append(this.el('strong', {}, `${this.w(TEKST.lezing)}: `), regel.lezing[this.taal]);
        details.append(l);
      }
      li.append(details);
    }
    return li;
  }

  // ---- hours against the caps --------------------------------------------------------------

  toonUren(u, uitzondering = false) {
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

    // A bar: one segment per activity and one for administration, marks at the caps.
    const delen = [
      ...u.activiteiten.map((h, i) => [this.w(TEKST.activiteit, { n: i + 1 }), h ?? 0]),
      [this.w(TEKST.administratie), u.administratie ?? 0],
    ].filter(([, h]) => h > 0);
    const schaal = Math.max(totaal, u.maximum ?? 0, u.verhoogdMaximum ?? 0, 1);
    const breedte = 300;
    const svg = this.svg('svg', { viewBox: `0 0 ${breedte} 36`, class: 'urenbalk', role: 'img', 'aria-label': samenvatting });
    svg.append(this.svg('rect', { x: 0, y: 8, width: breedte, height: 16, class: 'balk-achter' }));
    let x = 0;
    delen.forEach(([naam, h], i) => {
      const b = (h / schaal) * breedte;
      const r = this.svg('rect', {
        x: x.toFixed(2),
        y: 8,
        width: Math.max(b, 0.5).toFixed(2),
        height: 16,
        class: `balk-deel deel-${i % 4}${naam === this.w(TEKST.administratie) ? ' deel-admin' : ''}`,
      });
      r.append(this.svg('title', {}, `${naam}: ${this.w(TEKST.urenEenheid, { n: f(h) })}`));
      svg.append(r);
      x += b;
    });
    const merk = (waarde, klasse) => {
      const mx = ((waarde / schaal) * breedte).toFixed(2);
      svg.append(this.svg('line', { x1: mx, x2: mx, y1: 2, y2: 30, class: klasse }));
    };
    if (u.maximum !== null) merk(u.maximum, 'merk-max');
    if (u.verhoogdMaximum !== null) merk(u.verhoogdMaximum, 'merk-verhoogd');
    if (u.maximum !== null && totaal > u.maximum) svg.classList.add('over');
    e.append(svg);

    const legenda = this.el('ul', { class: 'legenda' });
    delen.forEach(([naam, h], i) => {
      const li = this.el('li', { class: `deel-${i % 4}${naam === this.w(TEKST.administratie) ? ' deel-admin' : ''}` });
      li.append(this.el('span', { class: 'stip', 'aria-hidden': 'true' }), `${naam}: ${this.w(TEKST.urenEenheid, { n: f(h) })}`);
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
    const dag = (iso) => Date.parse(`${iso}T00:00:00Z`) / 864e5;
    const alle = [...punten.map(([, d]) => dag(d)), ...(peildatum ? [dag(peildatum)] : [])];
    const [van, tot] = [Math.min(...alle), Math.max(...alle)];
    const B = 360;
    const marge = 6;
    const x = (iso) => (tot === van ? B / 2 : marge + ((dag(iso) - van) / (tot - van)) * (B - 2 * marge));
    const label = (k) => this.w(DATUMLABELS[k]) + (k === 'start' && t.startGeschat ? ` (${this.w(TEKST.geschat)})` : '');

    const svg = this.svg('svg', { viewBox: `0 0 ${B} 132`, class: 'tijdlijn-svg', 'aria-hidden': 'true' });
    svg.append(this.svg('line', { x1: marge, x2: B - marge, y1: 66, y2: 66, class: 'as' }));
    if (t.start && t.eindeDoorlooptijd) {
      const x1 = x(t.start);
      svg.append(
        this.svg('rect', {
          x: x1.toFixed(1),
          y: 60,
          width: Math.max(x(t.eindeDoorlooptijd) - x1, 1).toFixed(1),
          height: 12,
          class: `doorlooptijd${t.startGeschat ? ' geschat' : ''}`,
        }),
      );
    }
    // Short labels alternate above and below the axis, on two heights, so they do not collide.
    punten.forEach(([k, d], i) => {
      const px = x(d);
      const boven = i % 2 === 0;
      const hoogte = Math.floor(i / 2) % 2;
      const ly = boven ? 46 - hoogte * 18 : 96 + hoogte * 18;
      svg.append(this.svg('circle', { cx: px.toFixed(1), cy: 66, r: 4.5, class: `punt punt-${k}` }));
      svg.append(this.svg('line', { x1: px.toFixed(1), x2: px.toFixed(1), y1: boven ? ly + 3 : 71, y2: boven ? 61 : ly - 11, class: 'steel' }));
      const anker = px < 50 ? 'start' : px > B - 50 ? 'end' : 'middle';
      svg.append(this.svg('text', { x: px.toFixed(1), y: ly, 'text-anchor': anker, class: 'label' }, this.w(DATUMLABELS_KORT[k])));
    });
    if (peildatum) {
      const px = x(peildatum).toFixed(1);
      svg.append(this.svg('line', { x1: px, x2: px, y1: 4, y2: 122, class: 'vandaag' }));
      svg.append(
        this.svg(
          'text',
          { x: px, y: 131, 'text-anchor': Number(px) < 40 ? 'start' : Number(px) > B - 40 ? 'end' : 'middle', class: 'label vandaag-label' },
          this.w(TEKST.vandaag),
        ),
      );
    }
    e.append(svg);

    // The same dates as text: for screen readers, print and small screens.
    const lijst = this.el('dl', { class: 'datums' });
    for (const [k, d] of punten) {
      lijst.append(this.el('dt', {}, label(k)), this.el('dd', {}, this.opmaak.datum(d)));
    }
    if (peildatum) lijst.append(this.el('dt', {}, this.w(DATUMLABELS.vandaag)), this.el('dd', {}, this.opmaak.datum(peildatum)));
    e.append(lijst);
  }

  // ---- the price -----------------------------------------------------------------------------

  toonPrijs(p) {
    const e = this.prijsEl;
    e.replaceChildren(this.el('h2', { id: 'prijs-kop' }, this.w(TEKST.prijs)));
    if (p.totaalCent === null || p.regels.length === 0) {
      e.append(this.el('p', { class: 'klein' }, this.w(TEKST.geenPrijs)));
      return;
    }
    const tabel = this.el('table');
    const kop = this.el('tr');
    for (const k of [TEKST.prijsOmschrijving, TEKST.prijsUren, TEKST.prijsTarief, TEKST.prijsBedrag]) kop.append(this.el('th', { scope: 'col' }, this.w(k)));
    tabel.append(this.el('thead'), this.el('tbody'), this.el('tfoot'));
    tabel.tHead.append(kop);
    for (const r of p.regels) {
      const tr = this.el('tr');
      tr.append(
        this.el('td', {}, r.omschrijving),
        this.el('td', { class: 'getal' }, r.uren === null ? '' : this.opmaak.uren(r.uren)),
        this.el('td', { class: 'getal' }, r.tariefCent === null ? '' : this.opmaak.euro(r.tariefCent)),
        this.el('td', { class: 'getal' }, this.opmaak.euro(r.bedragCent)),
      );
      tabel.tBodies[0].append(tr);
    }
    const voet = this.el('tr');
    voet.append(this.el('th', { scope: 'row', colspan: '3' }, this.w(TEKST.prijsTotaal)), this.el('td', { class: 'getal' }, this.opmaak.euro(p.totaalCent)));
    tabel.tFoot.append(voet);
    e.append(tabel);
    if (p.tariefBron) e.append(this.el('p', { class: 'klein' }, p.tariefBron));
  }
}
