// Every width from 320 px, and print (issue 16, items 3 and 4). The page in headless Chromium
// at 320, 390 and 1280 px in each state a person meets (the start choice over the example, a
// warning answered, twelve activities, a new plan, the check with every error, the rules'
// explanations open, English): nothing wider than the screen, the amounts and the total whole
// and in view, the timeline's words readable and apart, the hours legend naming activities
// with a number, every target at least 24 × 24 px, long texts that grow, and the sticky bar
// with the hours and the total. Then the print: a plan document, not the app.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root, serve, startBrowser } from './hulp.mjs';
import { CSP_SITE } from '../../scripts/site.mjs';

const PEIL = '2026-11-23';
const site = join(root, 'dist', 'site');
const voorbeeld = JSON.parse(readFileSync(join(root, 'examples', 'werkfit-maken.json'), 'utf8'));
const BREEDTES = [320, 390, 1280];

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

/** A fresh page on the checker at a width; records page errors. */
async function open(breedte, { zoek = `?peildatum=${PEIL}` } = {}) {
  const ctx = await browser.newContext({ locale: 'nl-NL', viewport: { width: breedte, height: breedte > 400 ? 900 : 700 } });
  const page = await ctx.newPage();
  const fouten = [];
  page.on('pageerror', (e) => fouten.push(e.message));
  page.on('console', (m) => m.type() === 'error' && fouten.push(m.text()));
  page.on('dialog', (d) => d.accept());
  await page.goto(`${server.url}/${zoek}`);
  await page.waitForFunction(() => window.plantoets?.report);
  return { page, ctx, fouten };
}

/** The example with twelve activities (the seven of the example, then five again). */
function twaalfActiviteiten() {
  const plan = structuredClone(voorbeeld);
  const zeven = plan.activiteiten;
  plan.activiteiten = Array.from({ length: 12 }, (_, i) => ({
    ...zeven[i % zeven.length],
    omschrijving: `${zeven[i % zeven.length].omschrijving} (${i + 1})`,
  }));
  return plan;
}

/**
 * What is wrong with the page as it stands, as a list of sentences (empty: nothing). Run in
 * the page: overflow, amounts, the timeline, the legend, targets.
 */
function meet() {
  const problemen = [];
  const vw = document.documentElement.clientWidth;
  const zichtbaar = (e) => {
    if (!e.getClientRects().length) return false;
    const s = getComputedStyle(e);
    if (s.visibility === 'hidden') return false;
    // Inside a closed <details> (not its summary) nothing shows.
    const d = e.closest('details:not([open])');
    if (d && !e.closest('summary')) return false;
    return true;
  };
  const naam = (e) =>
    `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${e.className && typeof e.className === 'string' ? `.${e.className.trim().split(/\s+/).join('.')}` : ''} “${(e.textContent ?? '').trim().slice(0, 30)}”`;
  // 1. No horizontal scroll.
  const sw = document.documentElement.scrollWidth;
  if (sw > vw) {
    const breed = [...document.querySelectorAll('body *')].filter((e) => zichtbaar(e) && e.getBoundingClientRect().right > vw + 0.5).slice(0, 3);
    problemen.push(`scrollWidth ${sw} > ${vw}: ${breed.map(naam).join(', ')}`);
  }
  // 2. Amounts whole, and in view (the screen, their panel, and the side panel when it scrolls).
  const rechts = document.querySelector('.rechts');
  const rb = rechts.getBoundingClientRect();
  const paneelScrollt = rechts.scrollHeight > rechts.clientHeight;
  const bedragen = [...document.querySelectorAll('.prijs td.getal, .prijs .totaal')].filter(zichtbaar);
  for (const e of bedragen) {
    const b = e.getBoundingClientRect();
    const p = e.closest('.paneel').getBoundingClientRect();
    if (e.scrollWidth > e.clientWidth) problemen.push(`${naam(e)} clipped: scrollWidth ${e.scrollWidth} > clientWidth ${e.clientWidth}`);
    if (b.left < -0.5 || b.right > vw + 0.5) problemen.push(`${naam(e)} outside the screen: ${b.left}–${b.right} of ${vw}`);
    if (b.left < p.left - 0.5 || b.right > p.right + 0.5) problemen.push(`${naam(e)} outside its panel: ${b.left}–${b.right} in ${p.left}–${p.right}`);
    if (b.right > rb.left + rechts.clientLeft + rechts.clientWidth + 0.5) problemen.push(`${naam(e)} cut off by the side panel`);
  }
  if (document.querySelector('.prijs table') && !bedragen.some((e) => e.matches('.totaal'))) problemen.push('no total in the price table');
  // Beside the form, the total shows at the top of the panel without scrolling it.
  if (paneelScrollt && getComputedStyle(rechts).overflowY !== 'visible' && document.querySelector('.prijs table')) {
    const t = document.querySelector('.kern-paneel .naar-prijs');
    const tb = t?.getBoundingClientRect();
    if (!t || !zichtbaar(t) || tb.top < rb.top - 0.5 || tb.bottom > rb.bottom + 0.5 || tb.bottom > innerHeight)
      problemen.push('the total is not in view at the top of the side panel');
    else if (!/€/.test(t.textContent)) problemen.push(`the panel's total says “${t.textContent}”`);
  }
  // 3. The timeline: words at 12 px or more, no two on top of each other.
  const woorden = [...document.querySelectorAll('.tijdlijn dt, .tijdlijn dd, .tijdlijn text')].filter(zichtbaar);
  for (const e of woorden) {
    const px = Number.parseFloat(getComputedStyle(e).fontSize);
    if (px < 12) problemen.push(`timeline ${naam(e)}: font-size ${px}px`);
  }
  // Text boxes (of the words themselves, not of their blocks).
  const tekstvak = (e) => {
    const r = document.createRange();
    r.selectNodeContents(e);
    return [...r.getClientRects()];
  };
  const vakken = woorden.flatMap((e) => tekstvak(e).map((b) => [e, b]));
  for (let i = 0; i < vakken.length; i++) {
    for (let j = i + 1; j < vakken.length; j++) {
      const [e1, a] = vakken[i];
      const [e2, b] = vakken[j];
      if (e1 === e2) continue;
      const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (x > 0.5 && y > 0.5) problemen.push(`timeline: ${naam(e1)} overlaps ${naam(e2)}`);
    }
  }
  // 4. The legend names the activities and numbers them (the same number as in the bar).
  const plan = window.plantoets.plan;
  const acts = Array.isArray(plan.activiteiten) ? plan.activiteiten : [];
  const uren = window.plantoets.report.uren.activiteiten;
  const items = [...document.querySelectorAll('.uren .legenda li:not(.deel-admin)')];
  const verwacht = uren.map((h, i) => [h, i]).filter(([h]) => h > 0);
  if (items.length !== verwacht.length) problemen.push(`legend: ${items.length} activities, expected ${verwacht.length}`);
  items.forEach((li, k) => {
    const i = verwacht[k]?.[1];
    if (i === undefined) return;
    const o = String(acts[i]?.omschrijving ?? '').trim();
    if (!li.textContent.includes(o)) problemen.push(`legend item ${k + 1} does not name “${o.slice(0, 30)}”`);
    if (li.querySelector('.stip')?.textContent !== String(i + 1)) problemen.push(`legend item ${k + 1} has no number ${i + 1}`);
  });
  // 5. Targets: 24 × 24 px at least.
  for (const e of document.querySelectorAll('button, a[href], input[type=checkbox], input[type=radio], summary, select')) {
    if (!zichtbaar(e) || e.closest('.visueel-verborgen')) continue;
    const b = e.getBoundingClientRect();
    if (b.width < 24 || b.height < 24) problemen.push(`target ${naam(e)}: ${b.width.toFixed(1)} × ${b.height.toFixed(1)}`);
  }
  return problemen;
}

/** Asserts the page is right as it stands (`staat` names the state in the message). */
async function toets(page, staat) {
  const problemen = await page.evaluate(meet);
  assert.deepEqual(problemen, [], staat);
}

for (const breedte of BREEDTES) {
  test(`${breedte} px: every state fits, amounts whole, timeline readable, legend named, targets 24 px`, async () => {
    const { page, ctx, fouten } = await open(breedte);
    // The first visit: the start choice above the example.
    assert.ok(await page.locator('section.start').isVisible());
    await toets(page, `${breedte}: start choice and example`);
    // A warning answered: the toelichting field open.
    await page.evaluate(() => {
      const p = window.plantoets.plan;
      p.activiteiten[2].omschrijving = 'Schuldhulpverlening voor de cliënt met een budgetcoach';
      window.plantoets.plan = p;
    });
    await page.click('#f-activiteiten-2-omschrijving-melding button.licht-toe');
    await page.keyboard.type('Wij verwijzen alleen door naar de gemeente.');
    await page.waitForTimeout(100);
    await toets(page, `${breedte}: a toelichting`);
    // Twelve activities.
    await page.evaluate((p) => {
      window.plantoets.plan = p;
    }, twaalfActiviteiten());
    assert.equal(await page.locator('.uren .legenda li:not(.deel-admin)').count(), 12);
    await toets(page, `${breedte}: twelve activities`);
    // A new plan, then the check with every error, then the explanations open.
    await page.click('.werkbalk button.nieuw');
    await toets(page, `${breedte}: a new plan`);
    await page.click('.statusbalk button.controleer');
    assert.ok((await page.locator('.bevindingen.fout > li').count()) > 5);
    await toets(page, `${breedte}: after the check`);
    await page.evaluate(() => {
      for (const d of document.querySelectorAll('details')) d.open = true;
    });
    await toets(page, `${breedte}: explanations open`);
    // The example with its explanations open and its info.
    await page.click('.werkbalk button.voorbeeld');
    await page.evaluate(() => {
      for (const d of document.querySelectorAll('details')) d.open = true;
    });
    await toets(page, `${breedte}: the example`);
    assert.deepEqual(fouten, []);
    await ctx.close();

    // English: the example, and an empty plan checked.
    const en = await open(breedte, { zoek: `?peildatum=${PEIL}&taal=en` });
    await toets(en.page, `${breedte}: English, the example`);
    await en.page.click('.werkbalk button.nieuw');
    await en.page.click('.statusbalk button.controleer');
    await en.page.evaluate(() => {
      for (const d of document.querySelectorAll('details')) d.open = true;
    });
    await toets(en.page, `${breedte}: English, after the check`);
    assert.deepEqual(en.fouten, []);
    await en.ctx.close();
  });
}

test('long texts grow with what is typed, from a few lines', async () => {
  for (const breedte of BREEDTES) {
    const { page, ctx } = await open(breedte);
    await page.click('.werkbalk button.nieuw');
    const vak = page.locator('#f-client-startsituatie');
    const leeg = (await vak.boundingBox()).height;
    assert.ok(leeg >= 60, `${breedte}: an empty text area keeps room for a few lines (${leeg})`);
    await vak.fill(Array.from({ length: 12 }, (_, i) => `Regel ${i + 1} over wat de cliënt nu doet en wat nog niet lukt.`).join('\n'));
    const vol = (await vak.boundingBox()).height;
    assert.ok(vol > leeg * 2, `${breedte}: ${leeg} → ${vol}`);
    // Everything shows: nothing to scroll inside it.
    assert.ok(await vak.evaluate((e) => e.scrollHeight <= e.clientHeight + 1));
    await ctx.close();
  }
});

test('390 px: the sticky bar shows the state, the hours and the total, and takes you to the panels', async () => {
  const { page, ctx, fouten } = await open(390);
  await page.click('button.start-voorbeeld');
  await page.locator('#f-activiteiten-4').scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollBy(0, 2000));
  const balk = page.locator('.statusbalk');
  const b = await balk.boundingBox();
  assert.ok(b.y >= -0.5 && b.y <= 1, `the bar stays at the top (${b.y})`);
  assert.ok(b.height <= 140, `the bar is compact (${b.height} px)`);
  assert.match(await balk.locator('.status').textContent(), /^Klaar om in te dienen/);
  const uren = balk.locator('button.naar-uren');
  const totaal = balk.locator('button.naar-prijs');
  assert.ok((await uren.isVisible()) && (await totaal.isVisible()));
  assert.equal(await uren.textContent(), '36 van 41 uur');
  assert.match(await totaal.textContent(), /^Totaal €\s?3\.096,00$/);
  // The panels sit below the form; the bar takes you there, and the panel has the focus.
  await totaal.click();
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => document.activeElement.matches('.paneel.prijs')), true);
  const prijs = await page.locator('#prijs-kop').boundingBox();
  assert.ok(prijs.y >= (await balk.boundingBox()).height - 1 && prijs.y + prijs.height <= 700, `the price's heading is in view below the bar (${prijs.y})`);
  await uren.click();
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => document.activeElement.matches('.paneel.uren')), true);
  const kop = await page.locator('#uren-kop').boundingBox();
  assert.ok(kop.y >= (await balk.boundingBox()).height - 1, 'the heading is not under the bar');
  // Too many hours: the bar says so.
  await page.evaluate(() => {
    const p = window.plantoets.plan;
    p.activiteiten[0].sessies = 40;
    window.plantoets.plan = p;
  });
  assert.match(await uren.textContent(), /^\d+(,\d+)? van 41 uur$/);
  assert.ok(await uren.evaluate((e) => e.classList.contains('over')));
  assert.deepEqual(fouten, []);
  await ctx.close();
});

// ---- print -------------------------------------------------------------------------------------

/** The visible text of the page as printed (innerText: what shows, in order). */
const gedrukteTekst = (page) =>
  // biome-ignore lint/performance/useDomNodeTextContent: only what shows
  page.evaluate(() => document.body.innerText);

for (const taal of ['nl', 'en']) {
  test(`print (${taal}): the plan with its labels, the check in order, the price, the rule set and the signatures, no app`, async () => {
    const { page, ctx, fouten } = await open(1280, { zoek: `?peildatum=${PEIL}&taal=${taal}` });
    // Findings of all three kinds: an error, a warning, information.
    await page.evaluate(() => {
      const p = window.plantoets.plan;
      p.administratieUren = 4; // U03: an error
      p.activiteiten[2].omschrijving =
        'Schuldhulpverlening voor de cliënt met een budgetcoach en een heel lange omschrijving die de kern niet kort mag maken in de afdruk'; // C08: a warning
      window.plantoets.plan = p;
    });
    const report = await page.evaluate(() => window.plantoets.report);
    const soorten = new Set(report.bevindingen.map((b) => b.ernst));
    assert.deepEqual([...soorten].sort(), ['fout', 'info', 'waarschuwing']);
    await page.evaluate(() => window.plantoets.maakAfdruk());
    await page.emulateMedia({ media: 'print' });
    const tekst = await gedrukteTekst(page);
    const nl = taal === 'nl';

    // No app chrome.
    for (const s of ['.werkbalk', 'section.start', '.statusbalk', '.ondertitel', '.plantoets-voet', '.indeling', '.actiemelding', 'form']) {
      const zichtbaar = await page.locator(s).evaluateAll((es) => es.some((e) => e.getClientRects().length > 0));
      assert.ok(!zichtbaar, `${s} is not printed`);
    }
    const knoppen = await page.locator('button').evaluateAll((es) => es.filter((e) => e.getClientRects().length > 0).length);
    assert.equal(knoppen, 0, 'no buttons on paper');
    assert.ok(!tekst.includes(nl ? 'Alles blijft in deze browser' : 'Everything stays in this browser'));
    assert.ok(!tekst.includes(nl ? 'Inbouwen in uw eigen site' : 'Build it into your own site'));

    // The plan, with the form's labels (from schema()).
    const labels = await page.evaluate(() => {
      const f = window.plantoets.formulier;
      return [
        '/dienst',
        '/client/naam',
        '/client/bsn',
        '/datums/opdracht',
        '/doorlooptijdMaanden',
        '/activiteiten/0/omschrijving',
        '/activiteiten/0/sessies',
      ].map((p) => f.labelVan(p)[window.plantoets.taal]);
    });
    for (const l of labels) assert.ok(tekst.includes(l), `the label “${l}”`);
    assert.ok(tekst.includes('J. Voorbeeld'));
    // The findings: errors, then warnings, then information; each with its field's label; no pointers or codes.
    const kop = (t) => tekst.indexOf(t);
    const [fouten1, waarsch, info] = nl ? ['Fouten', 'Waarschuwingen', 'Ter informatie'] : ['Errors', 'Warnings', 'For your information'];
    const uitkomst = kop(nl ? 'Uitkomst van de toets' : 'Result of the check');
    assert.ok(uitkomst > 0);
    const iF = tekst.indexOf(`\n${fouten1}`, uitkomst);
    const iW = tekst.indexOf(`\n${waarsch}`, uitkomst);
    const iI = tekst.indexOf(`\n${info}`, uitkomst);
    assert.ok(iF > 0 && iW > iF && iI > iW, `errors ${iF}, warnings ${iW}, info ${iI}`);
    for (const b of report.bevindingen) {
      const plek = tekst.indexOf(b.bericht, uitkomst);
      assert.ok(plek > 0, `the message “${b.bericht.slice(0, 40)}”`);
      if (b.veld) assert.ok(tekst.lastIndexOf(b.veld, plek) > uitkomst, `“${b.veld}” before its message`);
      const groep = b.ernst === 'fout' ? [iF, iW] : b.ernst === 'waarschuwing' ? [iW, iI] : [iI, Infinity];
      assert.ok(plek > groep[0] && plek < groep[1], `${b.code} in its group`);
    }
    assert.doesNotMatch(tekst, /\/activiteiten|\/client|\/datums|\/administratieUren/, 'no JSON pointers');
    assert.doesNotMatch(tekst, /\[[A-Z]\d\d|\([A-Z]\d\d,/, 'no codes in brackets');
    // The dates, the full price table (descriptions not cut), the rule set.
    assert.ok(tekst.includes(nl ? 'Termijnen' : 'Deadlines'));
    assert.ok(tekst.includes(nl ? 'Evaluatiemoment' : 'Evaluation'));
    // biome-ignore lint/performance/useDomNodeTextContent: the cells apart, as printed
    const prijs = await page.locator('.afdruk .afdruk-prijs').innerText();
    assert.ok(prijs.includes('die de kern niet kort mag maken in de afdruk'), 'the whole description');
    assert.doesNotMatch(prijs, /…/);
    for (const r of report.prijs.regels) assert.ok(prijs.includes(r.omschrijving.replace(/…$/, '')), r.omschrijving);
    assert.match(prijs, nl ? /Totaal \(exclusief btw\)\s+€\s?3\.[0-9]{3},[0-9]{2}/ : /Total \(excluding VAT\)\s+€3,[0-9]{3}\.[0-9]{2}/);
    assert.match(prijs, nl ? /Uren/ : /Hours/);
    assert.ok(tekst.includes(`${nl ? 'versie' : 'version'} ${report.regelset.versie}`), 'the rule-set version');
    // The signatures: the client "voor gezien", the bureau.
    // biome-ignore lint/performance/useDomNodeTextContent: the words apart, as printed
    const tekenen = await page.locator('.afdruk .handtekeningen').innerText();
    for (const s of nl
      ? ['Ondertekening', 'Voor gezien door de cliënt', 'Voor het re-integratiebedrijf', 'Naam', 'Functie', 'Datum', 'Handtekening']
      : ['Signatures', 'Seen by the client', 'For the re-integration company', 'Name', 'Role', 'Date', 'Signature'])
      assert.ok(tekenen.includes(s), `signature block: ${s}`);
    assert.ok(tekenen.includes('J. Voorbeeld'), 'the client’s name is filled in');
    assert.ok(tekenen.includes('Werkpad Re-integratie B.V.'), 'the bureau is named');
    assert.ok((await page.locator('.afdruk .handtekeningen .lijn').count()) >= 2, 'lines to sign on');
    const pdf = await page.pdf();
    assert.ok(pdf.length > 10000);
    assert.deepEqual(fouten, []);
    await ctx.close();
  });
}
