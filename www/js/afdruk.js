// The print view: the plan as a document for the file and for signing. The plan with the
// form's labels, the dates, the check result (errors, then warnings, then information, each
// with its field's label and message, never a pointer or a code), the hours, the whole price
// table, the rule-set version, and the signatures: the client signs "voor gezien", the
// bureau signs too. Built from the plan and report when printing starts; no app around it.
import { isEchteDatum } from './datum.js';
import { element } from './dom.js';
import { haal } from './pointer.js';
import { DATUMLABELS, TEKST, tel, vul } from './tekst.js';
import { SECTIES } from './velden.js';
import { maakOpmaak } from './weergave.js';

export function bouwAfdruk(doc, { plan, report, taal, peildatum, formulier, diensten, voorbeeld = false }) {
  const w = (t, v) => vul(t[taal], v);
  const opmaak = maakOpmaak(taal);
  const el = (tag, attrs = {}, ...kinderen) => element(doc, tag, attrs, ...kinderen);
  const toon = (def, waarde) => {
    if (waarde === undefined || waarde === null) return null;
    if (def.soort === 'vinkje') return waarde === true ? '✓' : '✗';
    if (def.soort === 'dienst') return diensten.find((d) => d.dienst === waarde)?.naam[taal] ?? String(waarde);
    if (def.soort === 'keuze') {
      return formulier.keuzes(def).find(([k]) => k === String(waarde))?.[1][taal] ?? String(waarde);
    }
    if (def.soort === 'hoofdactiviteit' || def.soort === 'hoofdactiviteiten') {
      const namen = formulier.hoofdactiviteiten();
      const naam = (c) => namen.find((h) => h.code === c)?.naam[taal] ?? String(c);
      return Array.isArray(waarde) ? waarde.map(naam).join(', ') : naam(waarde);
    }
    if (def.soort === 'datum' && isEchteDatum(waarde)) return opmaak.datum(waarde);
    if (def.soort === 'bedrag' && Number.isInteger(waarde)) return opmaak.euro(waarde);
    return typeof waarde === 'string' ? waarde : JSON.stringify(waarde);
  };

  const a = el('div', { class: 'afdruk-inhoud' });
  const dienst = diensten.find((d) => d.dienst === plan.dienst);
  if (voorbeeld) a.append(el('p', { class: 'voorbeeld-afdruk' }, w(TEKST.voorbeeldAfdruk)));
  a.append(el('h1', {}, `${w(TEKST.plan)}${dienst ? ` — ${dienst.naam[taal]}` : ''}${voorbeeld ? ` (${w(TEKST.voorbeeldBadge)})` : ''}`));
  a.append(el('p', { class: 'klein' }, w(TEKST.afgedruktOp, { datum: opmaak.datum(peildatum), versie: report.regelset.versie })));

  for (const s of SECTIES) {
    if (s.lijst) {
      const rijen = Array.isArray(plan[s.lijst]) ? plan[s.lijst] : [];
      if (!rijen.length) continue;
      a.append(el('h2', {}, w(formulier.titelVan(s))));
      rijen.forEach((rij, i) => {
        a.append(el('h3', {}, w(s.lijst === 'activiteiten' ? TEKST.activiteit : TEKST.mijlpaal, { n: i + 1 })));
        const dl = el('dl');
        for (const def of s.velden) {
          const t = toon({ ...def, schemaPad: `/${s.lijst}/${i}${def.pad}` }, haal(rij, def.pad));
          if (t !== null) dl.append(el('dt', {}, w(formulier.labelVan(`/${s.lijst}/${i}${def.pad}`))), el('dd', {}, t));
        }
        if (s.lijst === 'activiteiten' && report.uren.activiteiten[i] != null) {
          dl.append(el('dt', {}, w(TEKST.prijsUren)), el('dd', {}, opmaak.uren(report.uren.activiteiten[i])));
        }
        a.append(dl);
      });
      continue;
    }
    const dl = el('dl');
    for (const def of s.velden) {
      const t = toon(def, haal(plan, def.pad));
      if (t !== null) dl.append(el('dt', {}, w(formulier.labelVan(def.pad))), el('dd', {}, t));
    }
    if (dl.children.length) a.append(el('h2', {}, w(formulier.titelVan(s))), dl);
  }

  a.append(el('h2', {}, w(TEKST.termijnen)));
  const dl = el('dl');
  for (const [k, label] of Object.entries(DATUMLABELS)) {
    const d = report.termijnen[k];
    if (typeof d === 'string')
      dl.append(el('dt', {}, w(label)), el('dd', {}, opmaak.datum(d) + (k === 'start' && report.termijnen.startGeschat ? ` (${w(TEKST.geschat)})` : '')));
  }
  a.append(dl);

  a.append(uitkomst(report, { w, el, taal }));

  a.append(el('h2', {}, w(TEKST.uren)));
  a.append(
    el(
      'p',
      {},
      report.uren.maximum === null
        ? w(TEKST.urenZonderMax, { totaal: opmaak.uren(report.uren.totaal ?? 0) })
        : w(TEKST.urenVan, { totaal: opmaak.uren(report.uren.totaal ?? 0), max: opmaak.uren(report.uren.maximum) }),
    ),
  );
  if (report.prijs.totaalCent !== null) a.append(...prijstabel(plan, report, { w, el, opmaak }));
  a.append(handtekeningen(plan, { w, el }));
  return a;
}

/** The check result: errors, then warnings, then information, each as the field's label and the message. */
function uitkomst(report, { w, el, taal }) {
  const sectie = el('section', { class: 'afdruk-uitkomst' }, el('h2', {}, w(TEKST.bevindingen)));
  const b = report.bevindingen;
  const n = (ernst) => b.filter((x) => x.ernst === ernst).length;
  const stand = report.indienbaar ? w(TEKST.klaar) : w(TEKST.nietKlaar);
  sectie.append(
    el(
      'p',
      { class: 'afdruk-stand' },
      `${stand} · ${[
        tel(taal, n('fout'), TEKST.foutEen, TEKST.foutMeer),
        tel(taal, n('waarschuwing'), TEKST.waarschuwingEen, TEKST.waarschuwingMeer),
        tel(taal, n('info'), TEKST.infoEen, TEKST.infoMeer),
      ].join(', ')}`,
    ),
  );
  for (const [ernst, kop] of [
    ['fout', TEKST.fouten],
    ['waarschuwing', TEKST.waarschuwingen],
    ['info', TEKST.info],
  ]) {
    const groep = b.filter((x) => x.ernst === ernst);
    if (!groep.length) continue;
    sectie.append(el('h3', { class: `afdruk-${ernst}` }, w(kop)));
    const ul = el('ul', { class: 'afdruk-bevindingen' });
    for (const x of groep) {
      const li = el('li', {}, el('strong', {}, `${x.veld || w(TEKST.geheelPlan)}: `), x.bericht);
      if (x.toelichting) li.append(el('span', { class: 'afdruk-toelichting' }, `${w(TEKST.toelichtingKop)}: ${x.toelichting}`));
      // The paragraph of the Overzicht, quietly; an input rule has none.
      if (String(x.bron ?? '').startsWith('§')) li.append(el('span', { class: 'afdruk-bron' }, `${w(TEKST.bronKort)} ${x.bron}`));
      ul.append(li);
    }
    sectie.append(ul);
  }
  return sectie;
}

/**
 * The price table in full: the core shortens an activity's description to 80 characters for
 * the screen; on paper it stands whole (taken from the plan when the core's text is its start).
 */
function prijstabel(plan, report, { w, el, opmaak }) {
  const acts = Array.isArray(plan.activiteiten) ? plan.activiteiten : [];
  const metUren = report.uren.activiteiten.map((u, i) => (u === null || u === undefined ? null : i)).filter((i) => i !== null);
  const heel = (r, k) => {
    const i = metUren[k];
    const o = i === undefined ? null : acts[i]?.omschrijving;
    if (typeof o !== 'string' || !r.omschrijving.endsWith('…')) return r.omschrijving;
    return o.trim().startsWith(r.omschrijving.slice(0, -1)) ? o.trim() : r.omschrijving;
  };
  const t = el('table', { class: 'afdruk-prijs' });
  const kop = el('tr');
  for (const k of [TEKST.prijsOmschrijving, TEKST.prijsUren, TEKST.prijsTarief, TEKST.prijsBedrag]) kop.append(el('th', { scope: 'col' }, w(k)));
  t.append(el('thead', {}, kop), el('tbody'), el('tfoot'));
  report.prijs.regels.forEach((r, k) => {
    t.tBodies[0].append(
      el(
        'tr',
        {},
        el('td', {}, heel(r, k)),
        el('td', { class: 'getal' }, r.uren === null ? '' : opmaak.uren(r.uren)),
        el('td', { class: 'getal' }, r.tariefCent === null ? '' : opmaak.euro(r.tariefCent)),
        el('td', { class: 'getal' }, opmaak.euro(r.bedragCent)),
      ),
    );
  });
  t.tFoot.append(
    el('tr', {}, el('th', { scope: 'row', colspan: '3' }, w(TEKST.prijsTotaal)), el('td', { class: 'getal' }, opmaak.euro(report.prijs.totaalCent))),
  );
  const delen = [el('h2', {}, w(TEKST.prijs)), t];
  if (report.prijs.tariefBron) delen.push(el('p', { class: 'klein' }, report.prijs.tariefBron));
  return delen;
}

/** Where the plan is signed: by the client "voor gezien", and by the bureau. */
function handtekeningen(plan, { w, el }) {
  const tekst = (v) => (typeof v === 'string' ? v : '');
  const regel = (label, waarde = '', klasse = '') => [el('dt', {}, w(label)), el('dd', { class: `lijn ${klasse}`.trim() }, waarde)];
  const client = el(
    'div',
    { class: 'tekenvak' },
    el('h3', {}, w(TEKST.tekenClient)),
    el('dl', {}, ...regel(TEKST.tekenNaam, tekst(plan.client?.naam)), ...regel(TEKST.tekenDatum), ...regel(TEKST.tekenHandtekening, '', 'handtekening')),
  );
  const bureau = el(
    'div',
    { class: 'tekenvak' },
    el('h3', {}, w(TEKST.tekenBureau)),
    tekst(plan.opdrachtnemer?.naam) ? el('p', { class: 'tekenbureau' }, tekst(plan.opdrachtnemer.naam)) : null,
    el('dl', {}, ...regel(TEKST.tekenNaam), ...regel(TEKST.tekenFunctie), ...regel(TEKST.tekenDatum), ...regel(TEKST.tekenHandtekening, '', 'handtekening')),
  );
  return el(
    'section',
    { class: 'handtekeningen' },
    el('h2', {}, w(TEKST.tekenKop)),
    el('p', {}, w(TEKST.tekenUitleg)),
    el('div', { class: 'tekenvakken' }, client, bureau),
  );
}
