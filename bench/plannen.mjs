// The plans of the benchmark, made the same way every time.
import { readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const basis = () => JSON.parse(readFileSync(join(root, 'examples', 'werkfit-maken.json'), 'utf8'));

/** A realistic Werkfit maken plan with 12 activities, about 5 KB of JSON. */
export function referentie() {
  const p = basis();
  p.client.startsituatie = 'Meneer werkte 14 jaar in een magazijn en viel in 2024 uit met een hernia; hij kan 4 uur per dag licht werk doen.';
  p.client.visie = 'Ik wil weer in de logistiek werken, zonder tillen, en oefenen op een echte werkplek.';
  p.client.belastbaarheid = 'Sessies van hooguit een uur, twee ochtenden per week, opbouwend naar vier dagdelen.';
  p.afspraken = 'Meneer meldt zich een dag vooraf af; het bureau belt binnen twee werkdagen terug.';
  p.beoogdResultaat = 'Meneer is werkfit voor vier dagdelen licht logistiek werk.';
  const korte = p.activiteiten.map((a) => ({ ...a, omschrijving: a.omschrijving.slice(0, 60), doel: a.doel.slice(0, 45), resultaat: a.resultaat.slice(0, 55) }));
  p.activiteiten = Array.from({ length: 12 }, (_, i) => ({ ...korte[i % korte.length], sessies: 1 + (i % 3) }));
  p.werkplan.uren = undefined;
  return JSON.parse(JSON.stringify(p));
}

/** The same plan with 200 activities. */
export function groot() {
  const p = referentie();
  p.activiteiten = Array.from({ length: 200 }, (_, i) => ({ ...p.activiteiten[i % 12], sessies: 1, minutenPerSessie: 10 }));
  return p;
}
