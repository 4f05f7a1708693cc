// The checker page in headless Chromium: writing a plan with the keyboard, findings of
// every group with links to their fields, fields that come and go with the service,
// export and import, the print view, the draft, privacy (no requests), the single file
// from file://, and axe-core. `npm run screenshots` (SCHERMAFDRUKKEN=1) also saves the
// three states as pictures for the README.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { root, serve, startBrowser } from './hulp.mjs';
import { CSP_SITE } from '../../scripts/site.mjs';
import { initSync, schema } from '../../pkg/plantoets.js';

const PEIL = '2026-11-23';
const site = join(root, 'dist', 'site');
const voorbeeld = JSON.parse(readFileSync(join(root, 'examples', 'werkfit-maken.json'), 'utf8'));
// The page's example has a name no one has (app.js).
voorbeeld.client.naam = 'J. Voorbeeld';
const SCHERMAFDRUKKEN = process.env.SCHERMAFDRUKKEN === '1';
// The core's own schema(), asked here: the page took it at build time (its own small core has
// only check()).
initSync({ module: readFileSync(join(root, 'pkg', 'plantoets_bg.wasm')) });
const SCHEMA = schema();

let server;
let browser;
before(async () => {
  server = await serve(site, { 'Content-Security-Policy': `${CSP_SITE}; frame-ancestors 'self'` });
  browser = await startBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** A fresh page on the checker (served, or at `url`); records requests and errors (CSP violations included). */
async function open({ zoek = `?peildatum=${PEIL}`, context = {}, url = `${server.url}/${zoek}` } = {}) {
  const ctx = await browser.newContext({ locale: 'nl-NL', acceptDownloads: true, viewport: { width: 1280, height: 900 }, ...context });
  const page = await ctx.newPage();
  const verzoeken = [];
  const fouten = [];
  page.on('request', (r) => verzoeken.push(r.url()));
  page.on('pageerror', (e) => fouten.push(e.message));
  page.on('console', (m) => m.type() === 'error' && fouten.push(m.text()));
  await page.goto(url);
  await page.waitForFunction(() => window.plantoets?.report);
  return { page, ctx, verzoeken, fouten };
}

/**
 * Until the page has settled: the check of the last change has run (it waits for a frame)
 * and painted. A fixed pause is not enough on a busy machine: a check that lands between a
 * click's press and release replaces the link being clicked.
 */
async function rustig(page) {
  await page.waitForTimeout(100);
  await page.waitForFunction(() => !window.plantoets?.gepland);
  await page.evaluate(() => new Promise((klaar) => requestAnimationFrame(() => requestAnimationFrame(klaar))));
}

const aantalFouten = (page) => page.locator('.bevindingen.fout > li').count();
const samenvatting = (page) => page.locator('.overzicht h2').textContent();

/** Presses Tab until the focus is on the element that matches, as a keyboard user would. */
async function tabNaar(page, selector, max = 400) {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s), selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`niet bereikbaar met Tab: ${selector}`);
}

async function typ(page, selector, tekst) {
  await tabNaar(page, selector);
  await page.keyboard.type(tekst);
}

/** The order in which this browser's date field takes day, month and year when typed. */
async function datumVolgorde(page) {
  await page.evaluate(() => {
    const i = document.createElement('input');
    i.type = 'date';
    i.id = 'proef-datum';
    document.body.append(i);
    i.focus();
  });
  await page.keyboard.type('01022003');
  const v = await page.evaluate(() => {
    const i = document.getElementById('proef-datum');
    i.remove();
    return i.value;
  });
  return v === '2003-02-01' ? 'dmy' : 'mdy';
}

/** Types a date with the keyboard into a date field, in the browser's order. */
async function typDatum(page, selector, iso, volgorde) {
  const [j, m, d] = iso.split('-');
  await typ(page, selector, volgorde === 'dmy' ? d + m + j : m + d + j);
}

test('the example loads clean, with hours, timeline and price', async () => {
  const { page, ctx, fouten } = await open();
  assert.equal(await samenvatting(page), 'Geen fouten of waarschuwingen');
  assert.equal(await page.locator('.statusbalk .status').textContent(), 'Klaar om in te dienen');
  assert.equal(await page.locator('.status-paneel').textContent(), 'Klaar om in te dienen');
  assert.equal(await page.title(), 'Re-integratieplan controleren – Plantoets');
  assert.match(await page.locator('.uren .samenvatting').textContent(), /36 van 41 uur · nog 5 uur/);
  assert.ok((await page.locator('.tijdlijn .moment').count()) >= 5);
  assert.match(await page.locator('.prijs tfoot').textContent(), /€\s?3\.096,00/);
  assert.match(await page.locator('.prijs').textContent(), /voor Opdrachten vanaf 1 januari 2023/);
  assert.deepEqual(fouten, []);
  if (SCHERMAFDRUKKEN) await bewaarPlaatje(page, 'schoon');
  await ctx.close();
});

test('writing a Werkfit maken plan from scratch with the keyboard brings the errors to zero', async () => {
  const { page, ctx, fouten } = await open();
  page.on('dialog', (d) => d.accept());
  await tabNaar(page, 'button.nieuw');
  await page.keyboard.press('Enter');
  // Focus goes to the service; an empty plan shows no error until it is checked.
  assert.equal(await page.evaluate(() => document.activeElement.id), 'f-dienst');
  assert.ok(!(await page.locator('.overzicht').isVisible()));
  assert.equal(await page.locator('.formulier .melding:not([hidden])').count(), 0);
  assert.match(await page.locator('.statusbalk .status').textContent(), /^Concept — nog \d+ dingen te doen$/);
  if (SCHERMAFDRUKKEN) await bewaarPlaatje(page, 'leeg');

  await page.keyboard.type('Werkfit');
  await typ(page, '#f-client-uitkering', 'AG');
  await typ(page, '#f-client-startsituatie', 'Mevrouw werkte tien jaar als kok en is sinds vorig jaar uitgevallen met rugklachten.');
  await typ(page, '#f-client-visie', 'Ik wil weer aan het werk in een keuken, maar zonder zwaar tilwerk en met vaste tijden.');
  await typ(page, '#f-client-belastbaarheid', 'Sessies van hooguit een uur, in de ochtend, met een dag rust tussen twee afspraken.');
  await tabNaar(page, '#f-client-voorGezienGetekend');
  await page.keyboard.press('Space');
  const volgorde = await datumVolgorde(page);
  await typDatum(page, '#f-datums-opdracht', '2026-11-02', volgorde);
  await typDatum(page, '#f-datums-indiening', '2026-11-20', volgorde);
  await typ(page, '#f-doorlooptijdMaanden', '6');
  await typ(page, '#f-administratieUren', '3');
  await tabNaar(page, 'button.toevoegen');
  await page.keyboard.press('Enter');
  // The new row's first field has the focus.
  assert.equal(await page.evaluate(() => document.activeElement.id), 'f-activiteiten-0-omschrijving');
  await page.keyboard.type('Oefengesprekken voor sollicitaties bij werkgevers in de horeca, met video-feedback');
  await typ(page, '#f-activiteiten-0-hoofdactiviteit', 'Arbeids');
  await typ(page, '#f-activiteiten-0-sessies', '6');
  await typ(page, '#f-activiteiten-0-minutenPerSessie', '60');
  await typ(page, '#f-activiteiten-0-doel', 'Mevrouw presenteert zich overtuigend in een sollicitatiegesprek.');
  await typ(page, '#f-activiteiten-0-resultaat', 'Mevrouw heeft 4 oefengesprekken gevoerd en 2 echte gesprekken voor 1 maart.');
  await typDatum(page, '#f-activiteiten-0-start', '2026-12-14', volgorde);
  await typDatum(page, '#f-activiteiten-0-eind', '2027-02-26', volgorde);
  await rustig(page);
  await page.click('.statusbalk button.controleer');
  assert.equal(await aantalFouten(page), 0, await page.locator('.overzicht').textContent());
  // No errors, but the fields UWV needs are still empty: the summary says there are warnings.
  assert.match(await samenvatting(page), /^Geen fouten, \d+ waarschuwingen$/);
  assert.match(await page.locator('.statusbalk .status').textContent(), /^Concept — nog \d+ dingen te doen$/);
  assert.equal(await page.title(), 'Re-integratieplan controleren – Plantoets');
  const plan = await page.evaluate(() => window.plantoets.plan);
  assert.equal(plan.dienst, 'werkfit-maken');
  assert.equal(plan.activiteiten[0].sessies, 6);
  assert.equal(plan.datums.opdracht, '2026-11-02');
  assert.deepEqual(fouten, []);
  await ctx.close();
});

test('a finding of every group, and its link takes the focus to the field', async () => {
  const { page, ctx } = await open();
  const zet = async (selector, waarde) => {
    const el = page.locator(selector);
    if ((await el.evaluate((e) => e.tagName)) === 'SELECT') await el.selectOption(waarde);
    else await el.fill(waarde);
  };
  await zet('#f-activiteiten-0-sessies', 'een'); // I02
  await zet('#f-client-trede', '1'); // C03
  await zet('#f-administratieUren', '4'); // U03
  await zet('#f-doorlooptijdMaanden', '19'); // D01 (and D02)
  await zet('#f-datums-indiening', '2026-11-03'); // T01
  await zet('#f-client-visie', ''); // S02
  await zet('#f-activiteiten-1-uurtariefCent', '115'); // P01
  await rustig(page);
  assert.equal(await page.title(), 'Fout: Re-integratieplan controleren – Plantoets');
  if (SCHERMAFDRUKKEN) await bewaarPlaatje(page, 'fouten');
  for (const [code, veld] of [
    ['I02', 'f-activiteiten-0-sessies'],
    ['C03', 'f-client-trede'],
    ['U03', 'f-administratieUren'],
    ['D01', 'f-doorlooptijdMaanden'],
    ['T01', 'f-datums-indiening'],
    ['S02', 'f-client-visie'],
    ['P01', 'f-activiteiten-1-uurtariefCent'],
  ]) {
    const item = page.locator('.bevinding', { has: page.locator('.meta', { hasText: code }) }).first();
    await item.locator('a').click();
    assert.equal(await page.evaluate(() => document.activeElement.id), veld, code);
    // The same message sits at the field, tied to it with aria-describedby.
    const beschreven = await page.locator(`#${veld}`).getAttribute('aria-describedby');
    assert.ok(beschreven.includes(`${veld}-melding`), code);
    const melding = await page.locator(`#${veld}-melding`).textContent();
    // The summary names the field first ("Activiteit 1: aantal sessies: …"); the field says only the message.
    const bericht = (await item.locator('a').textContent()).replace(await item.locator('a .veldnaam').textContent(), '');
    assert.ok(melding.includes(bericht), `${code}: "${bericht}" at the field`);
  }
  assert.equal(await page.locator('#f-activiteiten-0-sessies').getAttribute('aria-invalid'), 'true');
  // The explanation from catalogus() opens on request.
  const uitleg = page
    .locator('.bevinding', { has: page.locator('.meta', { hasText: 'U03' }) })
    .first()
    .locator('details');
  // The page's own core has no catalogue: the explanation is fetched (uitleg.json) as it opens.
  await uitleg.locator('summary').click();
  await uitleg.locator('p', { hasText: 'hooguit 3 uur' }).waitFor();
  assert.match(await uitleg.locator('.regeltitel').textContent(), /^U03: /);
  await ctx.close();
});

test('fields that do not apply to the service are hidden', async () => {
  const { page, ctx } = await open();
  const zichtbaar = (s) => page.locator(s).isVisible();
  assert.ok(await zichtbaar('#f-activiteiten-0-hoofdactiviteit'));
  assert.ok(await zichtbaar('#f-uitzonderingUwv'));
  assert.ok(!(await zichtbaar('#f-datums-werkhervatting')));
  assert.ok(!(await zichtbaar('#f-scholing')));
  await page.selectOption('#f-dienst', 'naar-werk');
  assert.ok(!(await zichtbaar('#f-activiteiten-0-hoofdactiviteit')));
  assert.ok(!(await zichtbaar('#f-werkplan-hoofdactiviteiten')));
  assert.ok(await zichtbaar('#f-datums-werkhervatting'));
  await page.selectOption('#f-dienst', 'begeleiding-bij-scholing');
  assert.ok(await zichtbaar('#f-scholing'));
  assert.ok(!(await zichtbaar('#f-uitzonderingUwv')));
  await page.selectOption('#f-dienst', 'praktijkassessment');
  assert.ok(await zichtbaar('#f-activiteiten-0-onderdeel'));
  await page.selectOption('#f-dienst', 'werkbehoud-loondienst');
  assert.ok(!(await zichtbaar('#f-client-startsituatie')));
  assert.ok(!(await zichtbaar('#f-datums-opdracht')));
  assert.ok(!(await zichtbaar('#f-mijlpalen')));
  assert.ok(await zichtbaar('#f-werkbehoud'));
  // Hidden fields are not checked: no S findings for Werkbehoud.
  const codes = await page.locator('.bevinding .meta').allTextContents();
  assert.ok(!codes.some((c) => /S\d\d/.test(c)), codes.join());
  // Group size appears with a group.
  await page.selectOption('#f-activiteiten-0-vorm', 'groep');
  assert.ok(await zichtbaar('#f-activiteiten-0-deelnemers'));
  // What was typed into it is not part of the plan while it is hidden, and is again after.
  await page.fill('#f-activiteiten-0-deelnemers', '4');
  await page.selectOption('#f-activiteiten-0-vorm', 'individueel');
  assert.equal(await page.evaluate(() => window.plantoets.plan.activiteiten[0].deelnemers), undefined);
  await page.selectOption('#f-activiteiten-0-vorm', 'groep');
  assert.equal(await page.evaluate(() => window.plantoets.plan.activiteiten[0].deelnemers), 4);
  // And back: what was typed is still there.
  await page.selectOption('#f-dienst', 'werkfit-maken');
  assert.match(await page.locator('#f-client-startsituatie').inputValue(), /magazijnmedewerker/);
  await ctx.close();
});

/** Plans are equal when they hold the same values; absent, null and "" are the same (SPEC §3). */
function zonderLeeg(w) {
  if (Array.isArray(w)) return w.map(zonderLeeg);
  if (w && typeof w === 'object') {
    return Object.fromEntries(
      Object.entries(w)
        .filter(([, v]) => v !== null && v !== '')
        .map(([k, v]) => [k, zonderLeeg(v)]),
    );
  }
  return w;
}

test('export and re-import give back the plan', async () => {
  const { page, ctx } = await open();
  // Something the form cannot hold is kept too: an unknown field, a number as text.
  await page.evaluate(() => {
    const p = window.plantoets.plan;
    p.eigenVeld = { notitie: 'blijft bewaard' };
    p.activiteiten[0].sessies = 'twee';
    p.activiteiten[0].extra = [1, 2];
    window.plantoets.plan = p;
  });
  const verwacht = await page.evaluate(() => window.plantoets.plan);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('button.opslaan')]);
  assert.match(download.suggestedFilename(), /^re-integratieplan-RI-2026-104233-werkfit-maken\.json$/);
  const tekst = readFileSync(await download.path(), 'utf8');
  assert.deepEqual(JSON.parse(tekst), verwacht);
  assert.deepEqual(zonderLeeg(JSON.parse(tekst)), zonderLeeg({ ...voorbeeld, eigenVeld: { notitie: 'blijft bewaard' }, activiteiten: verwacht.activiteiten }));

  // Open it in a new empty checker: the same plan, and saving again gives the same bytes.
  await page.evaluate(() => (window.plantoets.plan = {}));
  await page.setInputFiles('input[type=file]', await download.path());
  await page.waitForFunction(() => window.plantoets.plan.dienst === 'werkfit-maken');
  assert.match(await page.locator('.actiemelding').textContent(), /geopend/);
  assert.deepEqual(await page.evaluate(() => window.plantoets.plan), verwacht);
  const [tweede] = await Promise.all([page.waitForEvent('download'), page.click('button.opslaan')]);
  assert.equal(readFileSync(await tweede.path(), 'utf8'), tekst);
  // Every example survives the round trip.
  for (const f of ['naar-werk', 'praktijkassessment', 'werkbehoud-zelfstandige', 'begeleiding-bij-scholing']) {
    const plan = JSON.parse(readFileSync(join(root, 'examples', `${f}.json`), 'utf8'));
    const terug = await page.evaluate((p) => {
      window.plantoets.plan = p;
      return window.plantoets.plan;
    }, plan);
    assert.deepEqual(zonderLeeg(terug), zonderLeeg(plan), f);
  }
  // A file that is not a plan is refused with a message, the plan stays.
  const nep = join(root, 'target', 'geen-plan.json');
  writeFileSync(nep, '[1,2,3]');
  await page.setInputFiles('input[type=file]', nep);
  await page.waitForFunction(() => document.querySelector('.actiemelding').textContent.includes('geen plan'));
  await ctx.close();
});

test('rows move with what was typed into them and with the fields the form does not show', async () => {
  const { page, ctx, fouten } = await open();
  await page.evaluate(() => {
    window.plantoets.plan = {
      dienst: 'naar-werk',
      activiteiten: [{ omschrijving: 'een', eigen: 1 }, { omschrijving: 'twee', eigen: 2 }, { omschrijving: 'drie' }],
    };
  });
  await page.fill('#f-activiteiten-0-sessies', '7');
  await page.click('#f-activiteiten-0 button[data-actie="omlaag"]');
  assert.equal(await page.evaluate(() => document.activeElement.closest('.rij').id), 'f-activiteiten-1');
  let plan = await page.evaluate(() => window.plantoets.plan);
  assert.deepEqual(plan.activiteiten, [{ omschrijving: 'twee', eigen: 2 }, { omschrijving: 'een', eigen: 1, sessies: 7 }, { omschrijving: 'drie' }]);
  assert.equal(await page.inputValue('#f-activiteiten-1-sessies'), '7');
  await page.click('#f-activiteiten-0 button[data-actie="verwijder"]');
  await page.click('#f-activiteiten button.toevoegen');
  plan = await page.evaluate(() => window.plantoets.plan);
  assert.deepEqual(plan.activiteiten, [{ omschrijving: 'een', eigen: 1, sessies: 7 }, { omschrijving: 'drie' }, { vorm: 'individueel' }]);
  assert.deepEqual(fouten, []);
  await ctx.close();
});

test('a description as it is typed shows in the hours legend and the price table, which stay in place', async () => {
  const { page, ctx, fouten } = await open();
  // A rebuilt panel costs a whole layout per keystroke: only the words change.
  const tabel = await page.locator('.prijs table').elementHandle();
  const legenda = await page.locator('.uren .legenda').elementHandle();
  await page.focus('#f-activiteiten-0-omschrijving');
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Kennismaking met de werkgever');
  await page.waitForFunction(() => window.plantoets.plan.activiteiten[0].omschrijving === 'Kennismaking met de werkgever');
  await page.evaluate(() => new Promise((klaar) => requestAnimationFrame(klaar)));
  assert.equal(await page.locator('.legenda-naam[data-n="1"]').textContent(), ' Kennismaking met de werkgever');
  const [getoond, regel] = await page.evaluate(() => [
    document.querySelector('.prijs tbody td.omschrijving').firstChild.data,
    window.plantoets.report.prijs.regels[0].omschrijving,
  ]);
  assert.equal(getoond, regel);
  assert.match(getoond, /Kennismaking met de werkgever/);
  assert.ok(await tabel.evaluate((t) => t.isConnected));
  assert.ok(await legenda.evaluate((l) => l.isConnected));
  assert.deepEqual(fouten, []);
  await ctx.close();
});

test('nothing is kept unless asked; a kept draft survives a reload; leaving with changes asks first', async () => {
  const { page, ctx } = await open();
  await page.fill('#f-client-naam', 'Bewaard Concept');
  await page.reload();
  await page.waitForFunction(() => window.plantoets?.report);
  assert.equal(await page.inputValue('#f-client-naam'), 'J. Voorbeeld', 'not kept by default');
  assert.equal(await page.evaluate(() => localStorage.length), 0);

  await page.check('#concept-bewaren');
  await page.fill('#f-client-naam', 'Bewaard Concept');
  await page.reload();
  await page.waitForFunction(() => window.plantoets?.report);
  assert.equal(await page.inputValue('#f-client-naam'), 'Bewaard Concept');
  await page.uncheck('#concept-bewaren');
  assert.equal(await page.evaluate(() => localStorage.getItem('plantoets.plan')), null, 'turning it off deletes it');

  await page.fill('#f-client-naam', 'Nog niet opgeslagen');
  let gevraagd = false;
  page.on('dialog', async (d) => {
    gevraagd = d.type() === 'beforeunload';
    await d.dismiss();
  });
  await page.close({ runBeforeUnload: true });
  await new Promise((r) => setTimeout(r, 300));
  assert.ok(gevraagd, 'leaving with unsaved changes asks first');
  await ctx.close();
});

test('the print view shows the plan, the result, the date and the rule set', async () => {
  const { page, ctx } = await open();
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  const afdruk = page.locator('.afdruk');
  assert.ok(await afdruk.isVisible());
  assert.ok(!(await page.locator('.formulier').isVisible()));
  const tekst = await afdruk.textContent();
  for (const s of [
    'Re-integratieplan — Werkfit maken',
    'Getoetst op 23 november 2026',
    'versie 7.1',
    'magazijnmedewerker',
    'Activiteit 7',
    'Evaluatiemoment',
  ]) {
    assert.ok(tekst.includes(s), s);
  }
  assert.match(tekst, /€\s3\.096,00/);
  const pdf = await page.pdf();
  assert.ok(pdf.length > 10000);
  await ctx.close();
});

/** The language button to English, and the wait for the whole core, which speaks it. */
async function naarEngels(page) {
  await page.click('button.taalknop');
  await page.waitForFunction(() => window.plantoets.kern === 'klaar' && window.plantoets.spreekt('en'));
}

test('English: messages and labels switch, numbers stay', async () => {
  const { page, ctx } = await open();
  await page.fill('#f-administratieUren', '4,5');
  await naarEngels(page);
  assert.equal(await page.locator('label[for="f-administratieUren"]').textContent(), 'Administration hours');
  assert.equal(await page.inputValue('#f-administratieUren'), '4.5');
  assert.match((await page.locator('.bevinding.fout').allTextContents()).join(' '), /4\.5 hours of administration/);
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  // The tab says the task first, in the page's language (GOV.UK), "Error: " while errors show.
  assert.match(await page.title(), /^(Error: )?Check a re-integration plan – Plantoets$/);
  await page.click('.statusbalk button.controleer');
  assert.equal(await page.title(), 'Error: Check a re-integration plan – Plantoets');
  await ctx.close();
});

test('private: no request after the page’s own files, none while typing, CSP in force', async () => {
  const { page, ctx, verzoeken, fouten } = await open();
  const eigen = new Set(['/', '/app.js', '/stijl.css', '/plantoets_bg.wasm']);
  for (const url of verzoeken) {
    if (url.startsWith('data:')) continue;
    const u = new URL(url);
    assert.equal(u.origin, server.url, url);
    assert.ok(eigen.has(u.pathname), url);
  }
  const voor = verzoeken.length;
  await page.fill('#f-client-visie', 'Een heel andere visie van de cliënt, met genoeg woorden erin.');
  await page.selectOption('#f-dienst', 'naar-werk');
  assert.equal(verzoeken.length, voor, verzoeken.slice(voor).join());
  // Asked for, the page fetches its own files: the rules' explanations when "Waarom?" first
  // opens, the whole core when English is chosen (its catalogue serves from then on).
  await page.fill('#f-administratieUren', '40');
  await page.click('.statusbalk button.controleer');
  await page.locator('.bevinding details summary').first().click();
  await page.locator('.bevinding details .regeltitel').first().waitFor();
  await naarEngels(page);
  await page.locator('.bevinding details summary').nth(1).click();
  await page.locator('.bevinding details[open] .regeltitel').first().waitFor();
  await page.waitForTimeout(300);
  assert.deepEqual(
    verzoeken.slice(voor).map((url) => url.replace(server.url, '')),
    ['/uitleg.json', '/plantoets-volledig.wasm'],
  );
  assert.deepEqual(fouten, []);
  // The policy forbids anything else: a script trying to reach out is blocked.
  const geblokkeerd = await page.evaluate(async () => {
    try {
      await fetch('https://example.org/');
      return false;
    } catch {
      return true;
    }
  });
  assert.ok(geblokkeerd);
  assert.match(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content'), /default-src 'none'/);
  await ctx.close();
});

test('no user text reaches the page as HTML', async () => {
  const { page, ctx, fouten } = await open();
  const kwaad = '<img src=x onerror="window.geraakt=1"><script>window.geraakt=2</script>';
  await page.fill('#f-activiteiten-0-omschrijving', kwaad);
  await page.fill('#f-client-bsn', kwaad);
  await page.evaluate((k) => {
    const p = window.plantoets.plan;
    p[k] = k;
    window.plantoets.plan = p;
  }, kwaad);
  await rustig(page);
  assert.equal(await page.evaluate(() => window.geraakt), undefined);
  assert.equal(await page.locator('.overzicht img, .prijs img, .weergave script').count(), 0);
  assert.ok((await page.locator('.prijs').textContent()).includes('<img src=x'));
  assert.deepEqual(fouten, []);
  await ctx.close();
});

test('the single file works from file:// with no server', async () => {
  const bestand = pathToFileURL(join(root, 'dist', 'plantoets.html')).href;
  const { page, ctx, verzoeken, fouten } = await open({ url: `${bestand}?peildatum=${PEIL}` });
  assert.equal(await samenvatting(page), 'Geen fouten of waarschuwingen');
  await page.fill('#f-administratieUren', '4');
  await page.press('#f-administratieUren', 'Tab');
  await rustig(page);
  const codes = await page.locator('.bevindingen.fout .meta').allTextContents();
  assert.ok(
    codes.some((c) => c.includes('U03')),
    codes.join(),
  );
  assert.deepEqual(fouten, []);
  assert.ok(
    verzoeken.every((u) => u.startsWith('file:') || u.startsWith('data:')),
    verzoeken.join(),
  );
  await ctx.close();
});

/** Puts axe-core in the page; returns a check that fails, naming `staat`, on any violation. */
async function metAxe(page) {
  await page.addScriptTag({ content: readFileSync(join(root, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8') });
  return async (staat) => {
    const r = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
    const v = r.violations.map(
      (x) =>
        `${x.id}: ${x.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(' | ')}`,
    );
    assert.deepEqual(v, [], staat);
  };
}

test('axe-core finds no violations: empty form, a plan with errors, a clean plan', async () => {
  // axe is injected as a script, which the page's own policy rightly forbids.
  const { page, ctx } = await open({ context: { bypassCSP: true } });
  const toets = await metAxe(page);
  await toets('clean plan');
  await page.fill('#f-administratieUren', '4');
  await page.fill('#f-activiteiten-0-sessies', 'een');
  await page.locator('.bevinding details summary').first().click();
  await toets('plan with errors');
  page.on('dialog', (d) => d.accept());
  await page.click('button.nieuw');
  await toets('empty form');
  await page.click('button.taalknop');
  await toets('empty form, English');
  await ctx.close();
});

async function bewaarPlaatje(page, naam) {
  const map = join(root, 'screenshots');
  mkdirSync(map, { recursive: true });
  await page.screenshot({ path: join(map, `${naam}.png`), fullPage: false });
}

// ---- issue 15: when findings show, and nothing moves while typing ---------------------------

const melding = (page, id) => page.locator(`#${id}-melding`);
const toont = async (page, id) => !(await melding(page, id).evaluate((m) => m.hidden));

test('a new empty plan shows no error until Controleer het plan; the first BSN digit shows none; leaving the field does', async () => {
  const { page, ctx, fouten } = await open();
  page.on('dialog', (d) => d.accept());
  await page.click('button.nieuw');
  const zichtbareMeldingen = () => page.locator('.formulier .melding:not([hidden])').count();
  assert.equal(await zichtbareMeldingen(), 0);
  assert.ok(!(await page.locator('.overzicht').isVisible()));
  assert.equal(await page.locator('[aria-invalid="true"]').count(), 0);
  assert.equal(await page.title(), 'Re-integratieplan controleren – Plantoets');
  // One digit of a BSN is not an error while typing ...
  await page.click('#f-client-bsn');
  await page.keyboard.type('1');
  await rustig(page);
  assert.ok(!(await toont(page, 'f-client-bsn')));
  // ... it is when the field is left,
  await page.keyboard.press('Tab');
  await page.waitForTimeout(50);
  assert.ok(await toont(page, 'f-client-bsn'));
  assert.match(await melding(page, 'f-client-bsn').textContent(), /9 cijfers/);
  assert.equal(await page.getAttribute('#f-client-bsn', 'aria-invalid'), 'true');
  // and a message that shows goes as soon as the field is right, while typing.
  await page.click('#f-client-bsn');
  await page.keyboard.type('23456782');
  await rustig(page);
  assert.ok(!(await toont(page, 'f-client-bsn')), await melding(page, 'f-client-bsn').textContent());
  // "2," half typed is no error either.
  await page.click('#f-werkplan-uren');
  await page.keyboard.type('2,');
  await rustig(page);
  assert.ok(!(await toont(page, 'f-werkplan-uren')));
  assert.equal(await zichtbareMeldingen(), 0);
  // A freshly added row shows nothing.
  await page.click('#f-activiteiten button.toevoegen');
  await page.waitForTimeout(50);
  assert.equal(await page.locator('#f-activiteiten-0 .melding:not([hidden])').count(), 0);
  // "Controleer het plan" shows everything, with the summary, which takes the focus.
  await page.click('.statusbalk button.controleer');
  assert.ok(await page.locator('.overzicht').isVisible());
  assert.equal(await samenvatting(page), 'Er is een probleem');
  assert.equal(await page.evaluate(() => document.activeElement.classList.contains('overzicht')), true);
  assert.ok((await zichtbareMeldingen()) > 5);
  assert.ok(await toont(page, 'f-activiteiten-0-sessies'));
  assert.match(await page.locator('.statusbalk .status').textContent(), /^Fouten: \d+/);
  assert.equal(await page.title(), 'Fout: Re-integratieplan controleren – Plantoets');
  // The summary stays, live: a field filled in leaves it while typing.
  const naam = () => page.locator('.bevinding', { has: page.locator('.veldnaam', { hasText: 'Naam cliënt' }) }).count();
  assert.equal(await naam(), 1);
  await page.click('#f-client-naam');
  await page.keyboard.type('J. Voorbeeld');
  await rustig(page);
  assert.equal(await naam(), 0);
  // A row added after the check shows nothing until it is left.
  await page.click('#f-activiteiten button.toevoegen');
  await page.waitForTimeout(50);
  assert.equal(await page.locator('#f-activiteiten-1 .melding:not([hidden])').count(), 0);
  assert.deepEqual(fouten, []);
  await ctx.close();
});

test('nothing moves under the caret: each kind of field keeps its place while messages come and go', async () => {
  const { page, ctx, fouten } = await open();
  page.on('dialog', (d) => d.accept());
  await page.click('button.nieuw');
  await page.click('#f-activiteiten button.toevoegen');
  await page.click('.statusbalk button.controleer');
  const plek = (s) => page.locator(s).boundingBox();
  /** Types key by key into a field and checks its box after each key; returns whether its message changed. */
  const typPerToets = async (selector, toetsen) => {
    await page.focus(selector);
    const id = selector.slice(1);
    const voor = await plek(selector);
    const meldingen = new Set([await melding(page, id).textContent()]);
    for (const t of toetsen) {
      await page.keyboard.press(t);
      await page.waitForTimeout(40);
      // Not a pixel: layout above may change by a fraction of one, which scrolling cannot take back.
      const na = await plek(selector);
      for (const k of ['x', 'y', 'width', 'height']) assert.ok(Math.abs(na[k] - voor[k]) < 1, `${selector} after ${t}: ${k} ${voor[k]} → ${na[k]}`);
      meldingen.add(await melding(page, id).textContent());
    }
    assert.ok(meldingen.size > 1, `${selector}: the message changed (${[...meldingen].join(' | ')})`);
  };
  // A text field: the message changes from "fill in" to "9 digits" to none.
  await typPerToets('#f-client-bsn', [...'123456782']);
  // A number: an error, then none.
  await typPerToets('#f-doorlooptijdMaanden', ['9', '9', '9', 'Backspace', 'Backspace']);
  await typPerToets('#f-activiteiten-0-sessies', ['x', 'Backspace', '4']);
  // A long text.
  await typPerToets('#f-activiteiten-0-omschrijving', [...'Sollicitatietraining']);
  // A date field, typed.
  await typPerToets('#f-activiteiten-0-start', ['0', '1', '0', '2', '2', '0', '2', '6']);
  // A choice, with the arrow keys.
  await typPerToets('#f-dienst', ['ArrowDown', 'ArrowDown']);
  // And with the page scrolled to the top: the field still does not move.
  await page.evaluate(() => window.scrollTo(0, 0));
  await typPerToets('#f-ordernummer', [...'RI-1']);
  assert.deepEqual(fouten, []);
  await ctx.close();
});

test('the words that triggered a text rule are marked in the text; a toelichting is saved in the plan, shown, printed and round-trips', async () => {
  const { page, ctx, fouten } = await open();
  await page.evaluate(() => {
    const p = window.plantoets.plan;
    p.activiteiten[2].omschrijving = 'Schuldhulpverlening <b>voor</b> de cliënt met een budgetcoach';
    window.plantoets.plan = p;
  });
  const id = 'f-activiteiten-2-omschrijving';
  assert.equal(await page.locator(`#${id}-melding .gevonden mark`).first().textContent(), 'Schuldhulpverlening');
  assert.match(await page.locator(`#${id}-melding .gevonden`).textContent(), /<b>voor<\/b>/, 'user text stays text');
  // "Klopt niet voor dit plan? Licht toe" opens a text field; what is typed goes into the plan.
  await page.click(`#${id}-melding button.licht-toe`);
  assert.equal(await page.evaluate(() => document.activeElement.id), `${id}-toelichting-C08`);
  const uitleg = 'Wij verwijzen alleen door naar de gemeente.';
  await page.keyboard.type(uitleg);
  await rustig(page);
  assert.equal(await page.evaluate(() => document.activeElement.id), `${id}-toelichting-C08`, 'typing keeps the focus');
  const plan = await page.evaluate(() => window.plantoets.plan);
  assert.deepEqual(plan.toelichtingen, [{ code: 'C08', pad: '/activiteiten/2/omschrijving', tekst: uitleg }]);
  const c08 = await page.evaluate(() => window.plantoets.report.bevindingen.find((b) => b.code === 'C08'));
  assert.equal(c08.ernst, 'info');
  assert.match(await page.locator(`#${id}-melding`).textContent(), /Wij verwijzen alleen door/);
  assert.match(await page.locator('.overzicht .bevinding[data-code="C08"]').textContent(), /Wij verwijzen alleen door/);
  // Printed.
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  assert.match(await page.locator('.afdruk').textContent(), /Toelichting: Wij verwijzen alleen door/);
  // Export and import: the same bytes.
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('button.opslaan')]);
  const tekst = readFileSync(await download.path(), 'utf8');
  assert.deepEqual(JSON.parse(tekst).toelichtingen, plan.toelichtingen);
  await page.evaluate(() => (window.plantoets.plan = {}));
  await page.setInputFiles('input[type=file]', await download.path());
  await page.waitForFunction(() => window.plantoets.plan.dienst === 'werkfit-maken');
  const [tweede] = await Promise.all([page.waitForEvent('download'), page.click('button.opslaan')]);
  assert.equal(readFileSync(await tweede.path(), 'utf8'), tekst);
  assert.match(await page.locator(`#${id}-melding`).textContent(), /Wij verwijzen alleen door/);
  assert.deepEqual(fouten, []);
  await ctx.close();
});

test('the page keeps no copy of labels or option names: velden.js has only layout, help texts and when a field applies', async () => {
  const { SECTIES } = await import(pathToFileURL(join(root, 'www', 'js', 'velden.js')).href);
  const node = (pad) =>
    pad
      .split('/')
      .slice(1)
      .reduce((n, d) => (n ? (n.items && /^\d+$/.test(d) ? n.items : n.properties?.[d]) : null), SCHEMA);
  for (const s of SECTIES) {
    if (s.deel) {
      assert.equal(s.titel, undefined, `${s.id}: the title of a part of the plan comes from the schema`);
      assert.ok(node(s.deel)?.['x-titel'], `${s.id}: ${s.deel} has a title in the schema`);
    } else assert.ok(s.titel, `${s.id}: a grouping of loose fields has a title of its own`);
    for (const def of s.velden) {
      const pad = s.lijst ? `/${s.lijst}/0${def.pad}` : def.pad;
      for (const k of ['label', 'waarden', 'titel', 'namen']) assert.equal(def[k], undefined, `${pad}: no ${k} in the page`);
      assert.ok(node(pad)?.['x-titel'], `${pad} is in the schema with a label`);
    }
  }
});

test('field labels and options come from the core’s schema(); the rule set that applies is shown', async () => {
  const { page, ctx } = await open();
  const { ontbreekt, labels } = await page.evaluate((s) => {
    const f = window.plantoets.formulier;
    const node = (pad) =>
      pad
        .split('/')
        .slice(1)
        .reduce((n, d) => (n ? (/^\d+$/.test(d) ? n.items : n.properties?.[d]) : null), s);
    const ontbreekt = [...f.velden.keys()].filter((p) => !node(p)?.['x-titel']);
    const labels = [...f.velden.entries()].filter(([p]) => node(p)?.['x-titel']).map(([p, v]) => [v.def.label.nl, node(p)['x-titel'].nl]);
    return { ontbreekt, labels };
  }, SCHEMA);
  assert.deepEqual(ontbreekt, [], 'every field’s pointer is in the schema, with a label');
  for (const [hier, kern] of labels) assert.equal(hier, kern);
  // Every choice offers the schema's options, by the schema's names.
  const keuzes = await page.evaluate((s) => {
    const f = window.plantoets.formulier;
    const node = (pad) =>
      pad
        .split('/')
        .slice(1)
        .reduce((n, d) => (n ? (/^\d+$/.test(d) ? n.items : n.properties?.[d]) : null), s);
    return [...f.velden.entries()]
      .filter(([, v]) => v.def.soort === 'keuze')
      .map(([p, v]) => [
        p,
        [...v.input.options].filter((o) => o.value).map((o) => [o.value, o.textContent]),
        Object.entries(node(p)['x-namen']).map(([k, n]) => [k, n.nl]),
      ]);
  }, SCHEMA);
  assert.ok(keuzes.length >= 4);
  for (const [pad, hier, kern] of keuzes) assert.deepEqual(hier, kern, pad);
  // A section that stands for a part of the plan has the schema's title.
  assert.equal(await page.locator('#f-client-kop').textContent(), 'Cliënt');
  assert.equal(await page.locator('#f-activiteiten-kop').textContent(), 'Activiteiten');
  assert.equal(await page.locator('label[for="f-client-bsn"]').textContent(), 'BSN van de cliënt');
  assert.match(await page.locator('#f-client-uitkering option[value="IVA"]').textContent(), /duurzaam/);
  assert.equal(await page.locator('.regelset').textContent(), 'Regels: Overzicht Re-integratiediensten versie 7.1, geldig vanaf 1 januari 2025.');
  await ctx.close();
});

// ---- issue 15 item 5: start -------------------------------------------------------------------

/** The elfproef of a BSN: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a multiple of 11. */
const elfproef = (bsn) => /^\d{9}$/.test(bsn) && [...bsn].reduce((s, c, i) => s + Number(c) * (i === 8 ? -1 : 9 - i), 0) % 11 === 0;

test('Start: the heading says the task; a first visit offers a new plan, a plan file or the example, marked Voorbeeld on screen and in print', async () => {
  const { page, ctx, fouten } = await open();
  assert.equal(await page.locator('h1').first().textContent(), 'Re-integratieplan controleren');
  const start = page.locator('section.start');
  assert.ok(await start.isVisible());
  assert.equal(await start.locator('h2').textContent(), 'Hoe wilt u beginnen?');
  assert.deepEqual(await start.locator('button').allTextContents(), ['Nieuw plan beginnen', 'Planbestand openen…', 'Voorbeeld bekijken']);
  // The example below the choice: marked, with a made-up name and a BSN that passes the elfproef.
  const badge = page.locator('.statusbalk .voorbeeld-badge');
  assert.ok(await badge.isVisible());
  assert.equal(await badge.textContent(), 'Voorbeeld');
  assert.equal(await page.inputValue('#f-client-naam'), 'J. Voorbeeld');
  const bsn = await page.inputValue('#f-client-bsn');
  assert.equal(bsn, '111222333');
  assert.ok(elfproef(bsn) && !elfproef('111222334'));
  assert.equal(await page.evaluate(() => window.plantoets.report.bevindingen.filter((b) => b.pad === '/client/bsn').length), 0);
  // In print too.
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  const afdruk = await page.locator('.afdruk').textContent();
  assert.match(afdruk, /VOORBEELD — verzonnen gegevens/);
  assert.match(afdruk, /Re-integratieplan — Werkfit maken \(Voorbeeld\)/);
  await page.emulateMedia({ media: 'print' });
  assert.ok(await page.locator('.afdruk .voorbeeld-afdruk').isVisible());
  assert.ok(!(await start.isVisible()), 'the choice is not printed');
  await page.emulateMedia({ media: 'screen' });
  // "Voorbeeld bekijken": the choice goes, the example stays marked; with the keyboard.
  await tabNaar(page, 'button.start-voorbeeld');
  await page.keyboard.press('Enter');
  assert.ok(!(await start.isVisible()));
  assert.ok(await badge.isVisible());
  // Opening a file is no example: the mark goes.
  const bestand = join(root, 'examples', 'werkfit-maken.json');
  await page.setInputFiles('input[type=file]', bestand);
  await page.waitForFunction(() => window.plantoets.plan.client?.naam === 'M. Yilmaz');
  assert.ok(!(await badge.isVisible()));
  assert.deepEqual(fouten, []);
  await ctx.close();

  // "Nieuw plan beginnen": an empty form, nothing marked, no error shown.
  const b = await open();
  await b.page.click('button.start-nieuw');
  assert.ok(!(await b.page.locator('section.start').isVisible()));
  assert.ok(!(await b.page.locator('.voorbeeld-badge').isVisible()));
  assert.equal(await b.page.inputValue('#f-client-naam'), '');
  assert.equal(await b.page.evaluate(() => document.activeElement.id), 'f-dienst');
  assert.equal(await b.page.locator('.formulier .melding:not([hidden])').count(), 0);
  await b.ctx.close();

  // "Planbestand openen…": the file chooser; the choice goes once a plan is opened.
  const c = await open();
  const [kiezer] = await Promise.all([c.page.waitForEvent('filechooser'), c.page.click('button.start-openen')]);
  await kiezer.setFiles(bestand);
  await c.page.waitForFunction(() => window.plantoets.plan.client?.naam === 'M. Yilmaz');
  assert.ok(!(await c.page.locator('section.start').isVisible()));
  assert.ok(!(await c.page.locator('.voorbeeld-badge').isVisible()));
  // A kept draft: no choice, the draft itself.
  await c.page.click('#concept-bewaren');
  await c.page.reload();
  await c.page.waitForFunction(() => window.plantoets?.report);
  assert.ok(!(await c.page.locator('section.start').isVisible()));
  assert.equal(await c.page.inputValue('#f-client-naam'), 'M. Yilmaz');
  assert.deepEqual(c.fouten, []);
  await c.ctx.close();
});

// ---- issue 15 item 7: undo ---------------------------------------------------------------------

/** The plan as "Plan opslaan als bestand" writes it. */
async function exportTekst(page) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('button.opslaan')]);
  return readFileSync(await download.path(), 'utf8');
}

test('removing an activity or a milestone can be undone: announced, the row back with all its values, the export byte-identical', async () => {
  const { page, ctx, fouten } = await open();
  // Something typed into the row, and something the form does not show, must come back too.
  await page.evaluate(() => {
    const p = window.plantoets.plan;
    p.activiteiten[2].eigen = { blijft: true };
    window.plantoets.plan = p;
  });
  await page.fill('#f-activiteiten-2-sessies', '5');
  await page.fill('#f-activiteiten-2-doel', 'Een ander doel, net getypt.');
  await page.press('#f-activiteiten-2-doel', 'Tab');
  await page.waitForTimeout(50);
  const voor = await exportTekst(page);
  const waarden = () =>
    page.locator('#f-activiteiten-2 :is(input, select, textarea)').evaluateAll((es) => es.map((e) => [e.id, e.type === 'checkbox' ? e.checked : e.value]));
  const waardenVoor = await waarden();
  const aantal = JSON.parse(voor).activiteiten.length;

  await page.click('#f-activiteiten-2 button[data-actie="verwijder"]');
  const ongedaan = page.locator('#f-activiteiten-ongedaan');
  assert.equal(await ongedaan.getAttribute('aria-live'), 'polite');
  assert.equal(await ongedaan.getAttribute('role'), 'status');
  assert.equal(await ongedaan.textContent(), 'Activiteit 3 verwijderd — Ongedaan maken');
  assert.equal(await page.evaluate(() => window.plantoets.plan.activiteiten.length), aantal - 1);
  // The focus is on "Ongedaan maken": one key puts the row back.
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Ongedaan maken');
  await page.keyboard.press('Enter');
  await page.waitForTimeout(50);
  assert.equal(await ongedaan.textContent(), '');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'f-activiteiten-2-omschrijving');
  assert.deepEqual(await waarden(), waardenVoor);
  assert.equal(await exportTekst(page), voor, 'the export is byte-identical to before');

  // A milestone, with the mouse.
  await page.click('#f-mijlpalen-0 button[data-actie="verwijder"]');
  assert.equal(await page.locator('#f-mijlpalen-ongedaan').textContent(), 'Mijlpaal 1 verwijderd — Ongedaan maken');
  await page.click('#f-mijlpalen-ongedaan button');
  assert.equal(await exportTekst(page), voor);

  // Another change to the rows ends the offer (the numbers would no longer be right).
  await page.click('#f-activiteiten-0 button[data-actie="verwijder"]');
  assert.ok((await ongedaan.textContent()).startsWith('Activiteit 1 verwijderd'));
  await page.click('#f-activiteiten button.toevoegen');
  assert.equal(await ongedaan.textContent(), '');
  // Removing the only row of a list that was not in the plan, and undoing it, leaves no trace.
  await page.evaluate(() => (window.plantoets.plan = { dienst: 'naar-werk' }));
  const leeg = await exportTekst(page);
  await page.click('#f-mijlpalen button.toevoegen');
  await page.fill('#f-mijlpalen-0-omschrijving', 'Eerste gesprek gevoerd');
  await page.click('#f-mijlpalen-0 button[data-actie="verwijder"]');
  assert.equal(await exportTekst(page), leeg);
  await page.click('#f-mijlpalen-ongedaan button');
  assert.equal(await page.inputValue('#f-mijlpalen-0-omschrijving'), 'Eerste gesprek gevoerd');
  assert.deepEqual(JSON.parse(await exportTekst(page)).mijlpalen, [{ omschrijving: 'Eerste gesprek gevoerd' }]);
  assert.deepEqual(fouten, []);
  await ctx.close();
});

// ---- issue 15 item 8: English everywhere the page speaks ------------------------------------

/** Words only the Dutch page says (its own texts, the schema's labels, the footer). */
const NEDERLANDS = [
  'Verwijderen',
  'verwijderd',
  'Ongedaan',
  'Voorbeeld',
  'VOORBEELD',
  'Controleer',
  'Omhoog',
  'Omlaag',
  'toevoegen',
  'Fouten',
  'fout',
  'fouten',
  'waarschuwing',
  'waarschuwingen',
  'Concept',
  'Klaar',
  'bestand',
  'Nieuw',
  'openen',
  'Afdrukken',
  'opslaan',
  'Tijdlijn',
  'Prijs',
  'Toelichting',
  'Waarom',
  'beginnen',
  'Getoetst',
  'Vandaag',
  'informatie',
  'onbekende',
  'kies',
  'Invoer',
  'Inbouwen',
  'uw',
  'Uren',
  'Bedrag',
  'Tarief',
  'uur',
  'Mijlpaal',
  'Activiteit',
  'Cliënt',
  'Datums',
  'Scholing',
  'Regels',
  'geldig',
  'Stand',
  'probleem',
  'Geen',
  'Uitkering',
  'Omschrijving',
  'Doel',
  'Sessies',
  'Naam',
  'elfproef',
  'verzonnen',
  'gegevens',
  'Klopt',
  'Licht',
  'Daardoor',
  'Zo wel',
  'lezing',
  'Dit',
  'niet',
  'het',
  'een',
  'van',
];

/**
 * The Dutch words in what the page itself says: its text, labels, titles and the document's
 * title, without what the plan's writer wrote (field values, the found words, the print's
 * values, the price lines and the hours legend named after activities, toelichtingen).
 */
async function nederlandseWoorden(page) {
  const tekst = await page.evaluate(() => {
    const kopie = document.body.cloneNode(true);
    for (const e of kopie.querySelectorAll(
      '.afdruk dd, .afdruk td:first-child, .gevonden, q, .prijs tbody td:first-child, .legenda-naam, textarea, script, noscript',
    ))
      e.remove();
    // The afdruk is hidden on screen: read it as text too (innerText skips hidden parts).
    const houder = document.createElement('div');
    houder.style.cssText = 'position:absolute;left:-99999px';
    houder.append(kopie);
    document.body.append(houder);
    for (const a of houder.querySelectorAll('.afdruk')) a.style.display = 'block';
    const attrs = [...houder.querySelectorAll('[aria-label],[title],[placeholder]')].flatMap((e) =>
      ['aria-label', 'title', 'placeholder'].map((n) => e.getAttribute(n)).filter(Boolean),
    );
    // innerText, not textContent: it keeps the words of neighbouring elements apart.
    // biome-ignore lint/performance/useDomNodeTextContent: see above
    const t = [houder.innerText, ...attrs, document.title].join('\n');
    houder.remove();
    return t;
  });
  const gevonden = [];
  for (const w of NEDERLANDS) {
    const m = new RegExp(`(^|[^\\p{L}])${w}(?=$|[^\\p{L}])`, 'u').exec(tekst);
    if (m) gevonden.push(`${w}: …${tekst.slice(Math.max(0, m.index - 40), m.index + w.length + 40).replace(/\s+/g, ' ')}…`);
  }
  return gevonden;
}

test('English everywhere the page speaks: start, example, state line, findings, undo, file errors, print, footer, dialogs', async () => {
  const { page, ctx, fouten } = await open({ zoek: `?peildatum=${PEIL}&taal=en` });
  const vragen = [];
  page.on('dialog', (d) => {
    vragen.push(d.message());
    d.accept();
  });
  const geenNederlands = async (staat) => assert.deepEqual(await nederlandseWoorden(page), [], staat);
  // The first visit: the task, the choice, the example marked as one, the footer.
  assert.equal(await page.locator('h1').first().textContent(), 'Check a re-integration plan');
  assert.equal(await page.locator('.voorbeeld-badge').textContent(), 'Example');
  assert.equal(await page.locator('.statusbalk .status').textContent(), 'Ready to submit');
  assert.match(
    await page.locator('.plantoets-voet').textContent(),
    /^Build it into your own site: example agency website with <plan-toets> · example intake form/,
  );
  await geenNederlands('first visit');
  // Findings of every kind, with the explanation open, an input rule's source, a toelichting field.
  await page.evaluate(() => {
    const p = window.plantoets.plan;
    p.activiteiten[2].omschrijving = 'Schuldhulpverlening voor de cliënt met een budgetcoach';
    window.plantoets.plan = p;
  });
  await page.fill('#f-administratieUren', '4');
  await page.fill('#f-activiteiten-0-sessies', 'six');
  await page.click('.statusbalk button.controleer');
  await page.locator('.bevinding details summary').first().click();
  await page.click('#f-activiteiten-2-omschrijving-melding button.licht-toe');
  assert.match(await page.locator('.bevinding[data-code="I02"] .meta').first().textContent(), /^I02 · Input: /);
  assert.match(await page.locator('.statusbalk .status').textContent(), /^Errors: \d+/);
  // A row removed: the undo offer.
  await page.click('#f-activiteiten-3 button[data-actie="verwijder"]');
  assert.equal(await page.locator('#f-activiteiten-ongedaan').textContent(), 'Activity 4 removed — Undo');
  await page.waitForTimeout(1300); // the live region speaks once typing pauses
  await geenNederlands('after the check, with an undo offer');
  // The print.
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  assert.match(await page.locator('.afdruk').textContent(), /^Re-integration plan — Getting fit for work/);
  await geenNederlands('print');
  // File errors.
  const map = join(root, 'target', 'pagina-en');
  mkdirSync(map, { recursive: true });
  for (const [naam, inhoud, verwacht] of [
    ['kapot.json', '{nope', /not readable JSON/],
    ['lijst.json', '[1, 2]', /not a JSON object|not a plan/],
    ['diep.json', `${'{"a":'.repeat(70)}1${'}'.repeat(70)}`, /nested deeper/],
  ]) {
    writeFileSync(join(map, naam), inhoud);
    await page.setInputFiles('input[type=file]', join(map, naam));
    await page.waitForFunction((n) => document.querySelector('.actiemelding').textContent !== n, '');
    assert.match(await page.locator('.actiemelding').textContent(), verwacht, naam);
    await geenNederlands(naam);
    await page.evaluate(() => (document.querySelector('.actiemelding').textContent = ''));
  }
  // A new empty plan, checked; its question in English.
  await page.click('button.nieuw');
  assert.deepEqual(vragen, ['Clear the current plan?']);
  await page.click('.statusbalk button.controleer');
  assert.equal(await page.locator('.overzicht h2').textContent(), 'There is a problem');
  await geenNederlands('empty plan, checked');
  // A damaged kept draft.
  await page.evaluate(() => {
    localStorage.setItem('plantoets.aan', '1');
    localStorage.setItem('plantoets.plan', '{kapot');
  });
  await page.reload();
  await page.waitForFunction(() => window.plantoets?.report);
  assert.match(await page.locator('.actiemelding').textContent(), /kept draft was damaged/);
  await geenNederlands('damaged draft');
  assert.deepEqual(fouten, []);
  await ctx.close();

  // Switching with the button turns everything already shown: the choice, the mark, an undo offer, the footer.
  const b = await open();
  await b.page.click('#f-mijlpalen-1 button[data-actie="verwijder"]');
  assert.equal(await b.page.locator('#f-mijlpalen-ongedaan').textContent(), 'Mijlpaal 2 verwijderd — Ongedaan maken');
  await naarEngels(b.page);
  await b.page.waitForTimeout(1300);
  assert.equal(await b.page.locator('#f-mijlpalen-ongedaan').textContent(), 'Milestone 2 removed — Undo');
  assert.equal(await b.page.locator('section.start h2').textContent(), 'How do you want to start?');
  assert.deepEqual(await nederlandseWoorden(b.page), [], 'switched to English');
  await b.page.click('button.taalknop');
  assert.match(await b.page.locator('.plantoets-voet').textContent(), /^Inbouwen in uw eigen site/);
  assert.ok((await nederlandseWoorden(b.page)).length > 20, 'the check finds the Dutch page Dutch');
  assert.deepEqual(b.fouten, []);
  await b.ctx.close();
});

// ---- issue 15 item 9: axe at 390 px; the states as pictures --------------------------------------

test('axe-core finds no violations at 390 px wide: the example, and an empty plan after the check', async () => {
  const { page, ctx } = await open({ context: { bypassCSP: true, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } });
  const toets = await metAxe(page);
  assert.ok(await page.locator('.voorbeeld-badge').isVisible());
  await toets('the example, with the start choice, 390 px');
  page.on('dialog', (d) => d.accept());
  await page.click('button.start-nieuw');
  await page.click('.statusbalk button.controleer');
  assert.equal(await page.locator('.overzicht h2').textContent(), 'Er is een probleem');
  await toets('empty plan after the check, 390 px');
  // Nothing wider than the screen.
  assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= 390);
  await ctx.close();
});

test('screenshots: empty, after the check, with a toelichting, ready to submit, at 1280 and 390 px', async () => {
  for (const breedte of [1280, 390]) {
    const { page, ctx, fouten } = await open({ context: { viewport: { width: breedte, height: breedte > 400 ? 900 : 844 } } });
    page.on('dialog', (d) => d.accept());
    const plaatje = async (naam) => {
      if (SCHERMAFDRUKKEN) await bewaarPlaatje(page, `${naam}-${breedte}`);
    };
    // Ready to submit: the example.
    await page.click('button.start-voorbeeld');
    assert.match(await page.locator('.statusbalk .status').textContent(), /^Klaar om in te dienen/);
    await plaatje('klaar');
    // With a toelichting: a warning answered, shown at its field.
    await page.evaluate(() => {
      const p = window.plantoets.plan;
      p.activiteiten[2].omschrijving = 'Schuldhulpverlening voor de cliënt met een budgetcoach';
      window.plantoets.plan = p;
    });
    const id = 'f-activiteiten-2-omschrijving';
    await page.click(`#${id}-melding button.licht-toe`);
    await page.keyboard.type('Wij verwijzen alleen door naar de gemeente.');
    await rustig(page);
    assert.match(await page.locator(`#${id}-melding`).textContent(), /Toelichting: “?Wij verwijzen/);
    await page.locator(`#${id}`).scrollIntoViewIfNeeded();
    await plaatje('toelichting');
    // Empty, then after the check.
    await page.click('button.nieuw');
    await page.evaluate(() => window.scrollTo(0, 0));
    await plaatje('leeg');
    await page.click('.statusbalk button.controleer');
    await page.evaluate(() => window.scrollTo(0, 0));
    assert.match(await page.locator('.statusbalk .status').textContent(), /^Fouten: \d+/);
    await plaatje('gecontroleerd');
    assert.deepEqual(fouten, []);
    await ctx.close();
  }
});
