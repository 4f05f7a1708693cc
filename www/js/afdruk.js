// The print view: the plan as it reads on paper, with the check result, the date and the
// rule-set version, for the file. Built from the plan and report when printing starts.
import { isEchteDatum } from './datum.js';
import { element } from './dom.js';
import { haal } from './pointer.js';
import { bronVan, DATUMLABELS, TEKST, vul } from './tekst.js';
import { SECTIES } from './velden.js';
import { maakOpmaak } from './weergave.js';

export function bouwAfdruk(doc, { plan, report, taal, peildatum, formulier, diensten, catalogus = null, voorbeeld = false }) {
  const w = (t, v) => vul(t[taal], v);
  const opmaak = maakOpmaak(taal);
  const el = (tag, attrs = {}, tekst) => element(doc, tag, attrs, tekst);
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

  a.append(el('h2', {}, w(TEKST.bevindingen)));
  if (!report.bevindingen.length) a.append(el('p', {}, w(TEKST.geenProblemen)));
  const ul = el('ul');
  for (const b of report.bevindingen) {
    const li = el('li', {}, `${b.veld || w(TEKST.geheelPlan)}: ${b.bericht} (${b.code}, ${bronVan(b, taal, catalogus)})`);
    if (b.toelichting) li.append(el('br'), `${w(TEKST.toelichtingKop)}: ${b.toelichting}`);
    ul.append(li);
  }
  a.append(ul);

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
  if (report.prijs.totaalCent !== null) {
    a.append(el('h2', {}, w(TEKST.prijs)));
    const t = el('table');
    for (const r of report.prijs.regels) {
      const tr = el('tr');
      tr.append(
        el('td', {}, r.omschrijving),
        el('td', { class: 'getal' }, r.uren === null ? '' : opmaak.uren(r.uren)),
        el('td', { class: 'getal' }, opmaak.euro(r.bedragCent)),
      );
      t.append(tr);
    }
    const tr = el('tr');
    tr.append(el('th', { colspan: '2' }, w(TEKST.prijsTotaal)), el('td', { class: 'getal' }, opmaak.euro(report.prijs.totaalCent)));
    t.append(tr);
    a.append(t);
    if (report.prijs.tariefBron) a.append(el('p', { class: 'klein' }, report.prijs.tariefBron));
  }
  return a;
}
