// Export after import is lossless (issue 14, item 5): for every plan the page takes in,
// saving it again writes JSON.stringify(JSON.parse(file), null, 2) — the README says
// precisely what that keeps. Tested on a generated corpus of odd plans and on every plan
// input of the fuzzer's corpus (fuzz/regressies/plan.jsonl), untouched, after a language
// switch, after moving rows, and after editing one field (then only that field differs).
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { CSP_SITE } from '../../scripts/site.mjs';
import { root, serve, startBrowser } from './hulp.mjs';

const site = join(root, 'dist', 'site');
const werk = join(root, 'target', 'verliesvrij');
mkdirSync(werk, { recursive: true });

/** Plans that tried to lose something: each a JSON text, as a file would hold it. */
function vreemdePlannen() {
  const wfm = JSON.parse(readFileSync(join(root, 'examples', 'werkfit-maken.json'), 'utf8'));
  const metDienst = (dienst) => {
    const p = structuredClone(wfm);
    if (dienst === undefined) delete p.dienst;
    else p.dienst = dienst;
    p.uitzonderingUwv = false;
    return JSON.stringify(p);
  };
  const teksten = [
    metDienst('werkfit-maken '),
    metDienst(undefined),
    metDienst(null),
    metDienst(''),
    metDienst(42),
    JSON.stringify({
      dienst: 'naar-werk',
      activiteiten: [
        { vorm: 'Groep', deelnemers: 5, sessies: 2 },
        { vorm: 'individueel', deelnemers: 3 },
      ],
    }),
    JSON.stringify({ dienst: 'naar-werk', soort: 'Bijstelling', bijstelling: { eerdereSubstantieel: 0, vorigeUren: 20 } }),
    JSON.stringify({
      dienst: 'werkbehoud-loondienst',
      soort: 'bijstelling',
      bijstelling: { vorigeUren: 1 },
      mijlpalen: [{ datum: '2025-01-01' }],
      client: { visie: 'x' },
    }),
    '{"constructor":1,"toString":"x","valueOf":{"a":[1]},"__proto__":{"p":1},"hasOwnProperty":null,"client":{"constructor":{"prototype":2},"__proto__":[]},"activiteiten":[{"__proto__":{"w":1},"toString":2}]}',
    '{"dienst":"naar-werk","doorlooptijdMaanden":1e21,"administratieUren":1E-7,"werkplan":{"uren":12345678901234567890,"doorlooptijdMaanden":-0},"activiteiten":[{"sessies":1.0,"minutenPerSessie":2.50,"uurtariefCent":95.5}]}',
    JSON.stringify({
      ordernummer: ' RI-1 \n 2 ',
      uwvContactpersoon: '\n',
      opdrachtnemer: { naam: '  Bureau  ', email: ' a@b.nl ', telefoon: '\t06\n12', contactpersoon: 'a\r\nb' },
      client: { naam: ' Jan ', bsn: ' 111 222 333 ', trede: '3', voorGezienGetekend: 'ja' },
      mijlpalen: [{ omschrijving: ' x\ny ', datum: ' 2025-01-01' }],
    }),
    JSON.stringify({
      dienst: null,
      soort: '',
      ordernummer: '',
      client: { naam: '', bsn: null, uitkering: '', trede: null, voorGezienGetekend: false, startsituatie: '' },
      datums: { opdracht: '', indiening: null },
      werkplan: { hoofdactiviteiten: [] },
      scholing: { getoetst: false, start: '' },
      activiteiten: [{ omschrijving: '', sessies: null, start: '', vorm: '' }],
      mijlpalen: [],
    }),
    JSON.stringify({ datums: { opdracht: '2025-13-45', indiening: '0000-00-00', akkoord: 20250101, afkeuring: '2025-02-29', inkooporder: ['2025-01-01'] } }),
    JSON.stringify({ client: { voorGezienGetekend: 1, trede: 7 }, uitzonderingUwv: 'nee', scholing: { getoetst: 'ja' } }),
    JSON.stringify({ activiteiten: 'geen', mijlpalen: { 0: {} } }),
    JSON.stringify({ activiteiten: [1, 'x', null, [], [1, 2], { sessies: '4' }, true] }),
    JSON.stringify({
      dienst: 'werkfit-maken',
      werkplan: { hoofdactiviteiten: ['arbeidsmarktpositie', 'onbekend', 'arbeidsmarktpositie'] },
      activiteiten: [{ hoofdactiviteit: 'Arbeidsmarktpositie' }],
    }),
    JSON.stringify({ dienst: 'werkfit-maken', werkplan: { hoofdactiviteiten: 'arbeidsmarktpositie' } }),
    JSON.stringify({ 'a/b': 1, 'c~d': { 'e/f': 2, '~0': 3 }, client: { 'x/y': 1 }, '': 0, ' ': 1 }),
    '{"1":"een","0":"nul","client":{"2":"b","1":"a"}}',
    JSON.stringify({ client: { naam: 'lone \ud800 surrogate', visie: 'emoji 😀 and \u0000 nul' } }),
    '{"dienst":"werkfit-maken","dienst":"naar-werk","client":{"naam":"A","naam":"B"}}',
    JSON.stringify({ client: [1, 2], datums: 'morgen', werkplan: 5, opdrachtnemer: null }),
    JSON.stringify({ activiteiten: Array.from({ length: 501 }, (_, i) => ({ sessies: i })), mijlpalen: Array.from({ length: 600 }, () => ({})) }),
    JSON.stringify({ eigen: JSON.parse(`${'{"a":'.repeat(40)}1${'}'.repeat(40)}`) }),
  ];
  // A few made by a seeded generator: the form's fields with values of the wrong kind.
  let zaad = 7;
  const kans = () => {
    zaad = (zaad * 1103515245 + 12345) % 2 ** 31;
    return zaad / 2 ** 31;
  };
  const waarden = [null, '', ' ', '\n', 0, -1, 1.5, 1e21, true, false, 'x', '2025-02-30', [], {}, [null], { a: 1 }];
  const kies = (l) => l[Math.floor(kans() * l.length)];
  const velden = ['dienst', 'soort', 'ordernummer', 'doorlooptijdMaanden', 'administratieUren', 'uitzonderingUwv', 'afspraken', 'verwijzingen'];
  for (let n = 0; n < 60; n++) {
    const p = {};
    for (const v of velden) if (kans() < 0.5) p[v] = kies(waarden);
    p.client = { naam: kies(waarden), trede: kies(waarden), voorGezienGetekend: kies(waarden) };
    p.activiteiten = Array.from({ length: Math.floor(kans() * 3) }, () => ({
      vorm: kies(waarden),
      sessies: kies(waarden),
      start: kies(waarden),
      x: kies(waarden),
    }));
    teksten.push(JSON.stringify(p));
  }
  return teksten;
}

function fuzzPlannen() {
  return readFileSync(join(root, 'fuzz', 'regressies', 'plan.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((r) => JSON.parse(r).plan)
    .filter((t) => {
      try {
        const p = JSON.parse(t);
        return p !== null && typeof p === 'object' && !Array.isArray(p);
      } catch {
        return false;
      }
    });
}

let server;
let browser;
before(async () => {
  server = await serve(site, { 'Content-Security-Policy': CSP_SITE });
  browser = await startBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Runs each plan through the page's form in one go; returns the plans that came back different. */
async function rondgang(page, teksten) {
  return page.evaluate((teksten) => {
    const checker = window.plantoets;
    const f = checker.formulier;
    const uit = (plan) => JSON.stringify(plan);
    const verschil = [];
    const zetVeld = (pad, waarde) => {
      const v = f.velden.get(pad);
      v.input.value = waarde;
      v.input.dispatchEvent(new Event('input', { bubbles: true }));
    };
    for (const tekst of teksten) {
      const verwacht = uit(JSON.parse(tekst));
      const fout = (wat, kreeg) => verschil.push({ wat, tekst: tekst.slice(0, 300), kreeg: kreeg.slice(0, 300) });
      checker.plan = JSON.parse(tekst);
      let kreeg = uit(checker.plan);
      if (kreeg !== verwacht) fout('untouched', kreeg);
      checker.zetTaal('en');
      kreeg = uit(checker.plan);
      if (kreeg !== verwacht) fout('after switching to English', kreeg);
      checker.zetTaal('nl');
      if (f.rijen.activiteiten.length >= 2) {
        f.verplaats('activiteiten', 1, -1);
        f.verplaats('activiteiten', 0, 1);
        kreeg = uit(checker.plan);
        if (kreeg !== verwacht) fout('after moving a row up and down', kreeg);
      }
      // (Adding a row to a "list" that is no array replaces it: that is an edit.)
      const mijlpalen = f.basis.mijlpalen;
      if (!f.teLang('mijlpalen') && (mijlpalen === undefined || Array.isArray(mijlpalen))) {
        f.voegRijToe('mijlpalen');
        f.verwijder('mijlpalen', f.rijen.mijlpalen.length - 1);
        kreeg = uit(checker.plan);
        if (kreeg !== verwacht) fout('after adding and removing a row', kreeg);
      }
      // One edit: only that field differs from what came in.
      const bewerkt = JSON.parse(tekst);
      const client = bewerkt.client;
      if (client !== null && typeof client === 'object' && !Array.isArray(client)) client.naam = 'Nieuw';
      else bewerkt.client = { naam: 'Nieuw' };
      zetVeld('/client/naam', 'Nieuw');
      kreeg = uit(checker.plan);
      if (kreeg !== uit(bewerkt)) fout('after editing /client/naam', kreeg);
    }
    return verschil;
  }, teksten);
}

test('every odd plan and every fuzz-corpus plan comes back exactly: untouched, in English, rows moved, one field edited', async () => {
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  const fouten = [];
  page.on('pageerror', (e) => fouten.push(e.message));
  await page.goto(`${server.url}/?peildatum=2026-11-23`);
  await page.waitForFunction(() => window.plantoets?.report);
  const vreemd = vreemdePlannen();
  const fuzz = fuzzPlannen();
  assert.ok(fuzz.length > 2000, `${fuzz.length} fuzz plans`);
  assert.deepEqual(await rondgang(page, vreemd), []);
  for (let i = 0; i < fuzz.length; i += 400) assert.deepEqual(await rondgang(page, fuzz.slice(i, i + 400)), [], `fuzz plans ${i}…`);
  assert.deepEqual(fouten, []);
  await ctx.close();
});

test('through the buttons: opening each odd plan as a file and saving it writes JSON.stringify(JSON.parse(file), null, 2)', async () => {
  const ctx = await browser.newContext({ acceptDownloads: true });
  const page = await ctx.newPage();
  await page.goto(`${server.url}/?peildatum=2026-11-23`);
  await page.waitForFunction(() => window.plantoets?.report);
  for (const [i, tekst] of vreemdePlannen().slice(0, 25).entries()) {
    const bestand = join(werk, `vreemd-${i}.json`);
    writeFileSync(bestand, tekst);
    await page.evaluate(() => {
      document.querySelector('.actiemelding').textContent = '';
    });
    await page.setInputFiles('input[type=file]', bestand);
    await page.waitForFunction(() => document.querySelector('.actiemelding').textContent.includes('geopend'));
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('button.opslaan')]).catch((fout) => {
      throw new Error(`plan ${i} (${tekst.slice(0, 80)}): ${fout.message}`);
    });
    assert.equal(readFileSync(await download.path(), 'utf8'), `${JSON.stringify(JSON.parse(tekst), null, 2)}\n`, tekst.slice(0, 200));
    // Chromium quietly drops downloads that come in a quick burst (measured here: after 10 to 20
    // saves with no pause the rest never start); a person saves far more slowly than this.
    await page.waitForTimeout(250);
  }
  await ctx.close();
});
