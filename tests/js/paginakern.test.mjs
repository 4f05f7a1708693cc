// The page's own core (pkg/pagina/, built without the default features: scripts/build.mjs)
// against the package's whole core: in Dutch it must judge and word every plan exactly as the
// whole one does, it leaves out only what the page loads when asked (English, the catalogue's
// explanations, the exports whose answers the build took), and it never throws.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as heel from '../../pkg/plantoets.js';
import * as pagina from '../../pkg/pagina/plantoets.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
heel.initSync({ module: readFileSync(join(root, 'pkg', 'plantoets_bg.wasm')) });
pagina.initSync({ module: readFileSync(join(root, 'pkg', 'pagina', 'plantoets_bg.wasm')) });

const NL = { peildatum: '2026-11-23', taal: 'nl' };
const lees = (...p) => JSON.parse(readFileSync(join(root, ...p), 'utf8'));
const voorbeelden = Object.fromEntries(
  readdirSync(join(root, 'examples'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => [f.replace(/\.json$/, ''), lees('examples', f)]),
);

/** A fixture's change (tests/regels.rs `zet`, without its `$herhaal`): set or remove one field. */
function zet(plan, pointer, waarde) {
  const delen = pointer
    .split('/')
    .slice(1)
    .map((d) => d.replaceAll('~1', '/').replaceAll('~0', '~'));
  const laatste = delen.pop();
  let hier = plan;
  for (const d of delen) {
    if (hier[d] === undefined || hier[d] === null || typeof hier[d] !== 'object') hier[d] = {};
    hier = hier[d];
  }
  if (waarde === '$weg') {
    if (Array.isArray(hier)) hier.splice(Number(laatste), 1);
    else delete hier[laatste];
  } else {
    hier[laatste] = waarde;
  }
}

/** Every fixture of tests/regels/ as a plan, and each labelled sentence of the text corpus in its field. */
function plannen() {
  const uit = Object.entries(voorbeelden);
  for (const f of readdirSync(join(root, 'tests', 'regels')).filter((f) => f.endsWith('.json'))) {
    for (const geval of lees('tests', 'regels', f).gevallen ?? []) {
      const basis = voorbeelden[geval.basis];
      if (!basis) continue;
      const plan = structuredClone(basis);
      const herhaalt = JSON.stringify(geval.wijzig ?? {}).includes('$herhaal');
      if (herhaalt) continue;
      for (const [p, w] of Object.entries(geval.wijzig ?? {})) zet(plan, p, w);
      uit.push([`${f} ${geval.naam}`, plan]);
    }
  }
  const veldVan = { omschrijving: ['activiteiten', 0, 'omschrijving'], doel: ['doel'], resultaat: ['beoogdResultaat'] };
  for (const f of readdirSync(join(root, 'tests', 'teksten')).filter((f) => f.endsWith('.jsonl'))) {
    const regels = readFileSync(join(root, 'tests', 'teksten', f), 'utf8')
      .split('\n')
      .filter(Boolean);
    for (const regel of regels.filter((_, i) => i % 5 === 0)) {
      const zin = JSON.parse(regel);
      const basis = voorbeelden[zin.dienst] ?? voorbeelden['werkfit-maken'];
      const pad = veldVan[zin.veld];
      if (!pad) continue;
      const plan = structuredClone(basis);
      zet(plan, `/${pad.join('/')}`, zin.tekst);
      uit.push([`${f} ${zin.id}`, plan]);
    }
  }
  return uit;
}

test('in Dutch the page’s core reports every plan byte for byte as the whole core does', () => {
  const alle = plannen();
  assert.ok(alle.length > 500, `${alle.length} plans`);
  let metBevindingen = 0;
  for (const [naam, plan] of alle) {
    const tekst = JSON.stringify(plan);
    const a = JSON.stringify(heel.check(tekst, NL));
    const b = JSON.stringify(pagina.check(tekst, NL));
    assert.equal(b, a, naam);
    if (JSON.parse(a).bevindingen.length) metBevindingen++;
  }
  // Not a comparison of empty reports: most plans have findings, in every message's words.
  assert.ok(metBevindingen > alle.length / 2, `${metBevindingen} of ${alle.length} with findings`);
});

test('the page’s core leaves out English, the explanations and the other exports, and never throws', () => {
  assert.deepEqual(Object.keys(pagina).sort(), ['check', 'default', 'initSync']);
  for (const f of [heel.catalogus, heel.diensten, heel.schema]) assert.equal(typeof f, 'function');
  // English asked of it: the same report, in Dutch (the page loads the whole core for English).
  const plan = structuredClone(voorbeelden['werkfit-maken']);
  plan.administratieUren = 40;
  const en = pagina.check(plan, { ...NL, taal: 'en' });
  assert.equal(JSON.stringify(en), JSON.stringify(pagina.check(plan, NL)));
  assert.match(heel.check(plan, { ...NL, taal: 'en' }).bevindingen.find((b) => b.code === 'U01').bericht, /hours too many/);
  // The module carries no English message and no explanation of the catalogue.
  const bytes = readFileSync(join(root, 'pkg', 'pagina', 'plantoets_bg.wasm')).toString('latin1');
  const heelBytes = readFileSync(join(root, 'pkg', 'plantoets_bg.wasm')).toString('latin1');
  const u01 = heel.catalogus().find((r) => r.code === 'U01');
  for (const tekst of [u01.waarom.nl, u01.voorbeeld.nl, u01.titel.en, 'Remove hours.']) {
    assert.ok(heelBytes.includes(tekst), `the whole core has "${tekst}"`);
    assert.ok(!bytes.includes(tekst), `the page's core has no "${tekst}"`);
  }
  for (const raar of [undefined, null, 42, 'niet json', '{"activiteiten": "x"}', { peildatum: 'morgen' }]) {
    assert.doesNotThrow(() => pagina.check(raar, raar));
  }
});
