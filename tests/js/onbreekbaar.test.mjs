// The page and the embedding kit under hostile and unlucky input (issue 14, items 1–5, 7
// and 10), in headless Chromium. Each test names its item.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { CSP_SITE } from '../../scripts/site.mjs';
import { root, serve, startBrowser } from './hulp.mjs';

const site = join(root, 'dist', 'site');
const PEIL = '2026-11-23';
const werk = join(root, 'target', 'onbreekbaar');
mkdirSync(werk, { recursive: true });

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

/** A page in its own context, recording errors: uncaught ones and unhandled rejections too. */
async function open(url, { wacht = () => window.plantoets?.report } = {}) {
  const ctx = await browser.newContext({ locale: 'nl-NL', acceptDownloads: true, viewport: { width: 1280, height: 900 } });
  const page = await ctx.newPage();
  const fouten = [];
  page.on('pageerror', (e) => fouten.push(e.message));
  page.on('console', (m) => m.type() === 'error' && fouten.push(m.text()));
  await page.addInitScript(() => {
    window.onverwerkt = [];
    window.addEventListener('unhandledrejection', (e) => window.onverwerkt.push(String(e.reason)));
  });
  await page.goto(url.startsWith('/') ? `${server.url}${url}` : url);
  if (wacht) await page.waitForFunction(wacht);
  return { page, ctx, fouten };
}

/** A file to open in the page. */
function bestand(naam, tekst) {
  const f = join(werk, naam);
  writeFileSync(f, tekst);
  return f;
}

/** What the page writes when saving: the downloaded text. */
async function exporteer(page) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('button.opslaan')]);
  return readFileSync(await download.path(), 'utf8');
}

const prototypeSchoon = (page) =>
  page.evaluate(() => ['x', 'z', 'w'].filter((k) => k in Object.prototype || k in Array.prototype || Object.prototype[k] !== undefined));

/** A host page next to the kit: its body, and its script as a file of its own (the CSP allows no inline script). */
function proefPagina(naam, body, script) {
  writeFileSync(join(site, 'inbouwen', `${naam}.js`), script);
  writeFileSync(
    join(site, 'inbouwen', `${naam}.html`),
    `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>proef</title><link rel="icon" href="data:,">
<script type="module" src="${naam}.js"></script></head><body>${body}</body></html>`,
  );
  return `/inbouwen/${naam}.html`;
}

/** A host form whose fields are named by these pointers, bound with attach(). */
function hostPagina(naam, velden) {
  const invoer = velden.map((v) => `<input name="${v}" value="1">`).join('\n');
  return proefPagina(
    naam,
    `<form id="f"><input type="hidden" name="/dienst" value="naar-werk">${invoer}</form>`,
    `import { attach } from './plantoets-inbouwen.js';
window.handvat = await attach(document.getElementById('f'));`,
  );
}

test('item 1: no field name or opened key reaches Object.prototype (attach, checks, detach, import)', async () => {
  const url = hostPagina('proef-proto', ['/__proto__/x', '/client/__proto__/z', '/activiteiten/0/__proto__/w', '/constructor/prototype/x']);
  const { page, ctx, fouten } = await open(url, { wacht: () => window.handvat?.report });
  assert.deepEqual(await prototypeSchoon(page), [], 'after attach');
  await page.fill('[name="/client/__proto__/z"]', '2');
  await page.evaluate(() => window.handvat.check());
  assert.deepEqual(await prototypeSchoon(page), [], 'after checks');
  // The core sees them as what they are: unknown fields named "__proto__".
  const paden = await page.evaluate(() => window.handvat.report.bevindingen.filter((b) => b.code === 'I07').map((b) => b.pad));
  assert.ok(paden.includes('/__proto__') && paden.includes('/client/__proto__'), paden.join());
  await page.evaluate(() => window.handvat.detach());
  assert.deepEqual(await prototypeSchoon(page), [], 'after detach');
  assert.deepEqual(fouten, []);
  await ctx.close();

  // The page: a file with such keys opens, pollutes nothing, and is saved as it was.
  const tekst = '{"__proto__":{"x":1},"dienst":"naar-werk","client":{"__proto__":{"z":1},"naam":"A"},"activiteiten":[{"__proto__":{"w":1},"sessies":2}]}';
  const p = await open(`/?peildatum=${PEIL}`);
  await p.page.setInputFiles('input[type=file]', bestand('proto.json', tekst));
  await p.page.waitForFunction(() => document.querySelector('.actiemelding').textContent.includes('geopend'));
  assert.deepEqual(await prototypeSchoon(p.page), [], 'after import');
  assert.equal(await exporteer(p.page), `${JSON.stringify(JSON.parse(tekst), null, 2)}\n`);
  assert.deepEqual(await prototypeSchoon(p.page), [], 'after export');
  assert.deepEqual(p.fouten, []);
  await p.ctx.close();
});

test('item 2: a list past the core’s 500 gets no rows and a message; attach() never builds row 99999999', async () => {
  const { page, ctx, fouten } = await open(`/?peildatum=${PEIL}`);
  const plan = { dienst: 'naar-werk', activiteiten: Array.from({ length: 20_000 }, () => ({})) };
  const tekst = JSON.stringify(plan);
  const begin = Date.now();
  await page.setInputFiles('input[type=file]', bestand('twintigduizend.json', tekst));
  await page.waitForFunction(() => document.querySelector('.actiemelding').textContent.includes('geopend'));
  assert.ok(Date.now() - begin < 5000, `opened in ${Date.now() - begin} ms`);
  assert.equal(await page.locator('#f-activiteiten .rij').count(), 0);
  assert.match(await page.locator('#f-activiteiten .rijgrens').textContent(), /20000 activiteiten; een plan kan er hooguit 500/);
  assert.ok(await page.locator('#f-activiteiten button.toevoegen').isDisabled());
  // The core's I08 stands at the section; typing stays quick; the list is saved as it came.
  assert.ok((await page.locator('#f-activiteiten-melding').textContent()).includes('500'));
  const t = Date.now();
  await page.fill('#f-client-naam', 'Snel');
  await page.waitForFunction(() => window.plantoets.report && window.plantoets.plan.client?.naam === 'Snel');
  assert.ok(Date.now() - t < 2000, `a keystroke took ${Date.now() - t} ms`);
  const uit = JSON.parse(await exporteer(page));
  assert.equal(uit.activiteiten.length, 20_000);

  // At exactly 500 rows the button stops, and says why.
  await page.evaluate(() => {
    window.plantoets.plan = { dienst: 'naar-werk', mijlpalen: Array.from({ length: 499 }, () => ({})) };
  });
  assert.ok(!(await page.locator('#f-mijlpalen button.toevoegen').isDisabled()));
  await page.click('#f-mijlpalen button.toevoegen');
  assert.equal(await page.locator('#f-mijlpalen .rij').count(), 500);
  assert.ok(await page.locator('#f-mijlpalen button.toevoegen').isDisabled());
  assert.match(await page.locator('#f-mijlpalen .rijgrens').textContent(), /hooguit 500 mijlpalen/);
  assert.deepEqual(fouten, []);
  await ctx.close();

  // attach(): a field for row 99999999 is not placed; the host hears why, at once.
  const url = hostPagina('proef-rij', ['/activiteiten/0/sessies', '/activiteiten/99999999/sessies']);
  const a = await open(url, { wacht: () => window.handvat?.report });
  const staat = await a.page.evaluate(() => {
    const e = document.querySelector('[name="/activiteiten/99999999/sessies"]');
    return { plan: window.handvat.plan(), bericht: e.validationMessage, aria: e.getAttribute('aria-invalid') };
  });
  assert.equal(staat.plan.activiteiten.length, 1);
  assert.match(staat.bericht, /hooguit 500 rijen/);
  assert.equal(staat.aria, 'true');
  assert.deepEqual(a.fouten, []);
  await a.ctx.close();
});

test('item 3: a damaged draft is removed with a message; unticking removes first; a file 2 500 deep gets a message', async () => {
  let diep = '{}';
  for (let i = 0; i < 3000; i++) diep = `{"a":${diep}}`;
  for (const kapot of [diep, '{"dienst":', '[1,2]']) {
    const { page, ctx, fouten } = await open(`/?peildatum=${PEIL}`);
    await page.evaluate((t) => {
      localStorage.setItem('plantoets.aan', '1');
      localStorage.setItem('plantoets.plan', t);
    }, kapot);
    await page.reload();
    await page.waitForFunction(() => window.plantoets?.report);
    assert.match(await page.locator('.actiemelding').textContent(), /concept was beschadigd/);
    assert.equal(await page.evaluate(() => localStorage.getItem('plantoets.plan')), null);
    assert.equal(await page.isChecked('#concept-bewaren'), false);
    assert.equal(await page.inputValue('#f-client-naam'), 'J. Voorbeeld', 'the example instead');
    // And the next reload is an ordinary one.
    await page.reload();
    await page.waitForFunction(() => window.plantoets?.report);
    assert.equal(await page.locator('.actiemelding').textContent(), '');
    assert.deepEqual(fouten, []);
    await ctx.close();
  }

  const { page, ctx, fouten } = await open(`/?peildatum=${PEIL}`);
  await page.check('#concept-bewaren');
  assert.notEqual(await page.evaluate(() => localStorage.getItem('plantoets.plan')), null);
  // Even when reading the plan throws, unticking removes the draft.
  await page.evaluate(() => {
    window.plantoets.formulier.leesPlan = () => {
      throw new Error('kapot');
    };
  });
  await page.uncheck('#concept-bewaren');
  assert.equal(await page.evaluate(() => localStorage.getItem('plantoets.plan')), null);
  assert.equal(await page.evaluate(() => localStorage.getItem('plantoets.aan')), null);
  await page.reload();
  await page.waitForFunction(() => window.plantoets?.report);
  fouten.length = 0;

  let bestandDiep = '1';
  for (let i = 0; i < 2500; i++) bestandDiep = `{"a":${bestandDiep}}`;
  await page.setInputFiles('input[type=file]', bestand('diep.json', bestandDiep));
  await page.waitForFunction(() => document.querySelector('.actiemelding').textContent.includes('dieper genest'));
  assert.equal(await page.inputValue('#f-client-naam'), 'J. Voorbeeld', 'the plan in the form stays');
  await page.setInputFiles('input[type=file]', bestand('kapot.json', '{"dienst": "naar-'));
  await page.waitForFunction(() => document.querySelector('.actiemelding').textContent.includes('geen leesbare JSON'));
  assert.deepEqual(fouten, []);
  assert.deepEqual(await page.evaluate(() => window.onverwerkt), []);
  await ctx.close();
});

test('item 4: a peildatum that is no real date is today, in the page, <plan-toets> and attach()', async () => {
  const vandaag = await (async () => {
    const { page, ctx } = await open('/');
    const d = await page.evaluate(() => window.plantoets.peildatum);
    await ctx.close();
    return d;
  })();
  for (const fout of ['2025-13-45', '0000-00-00', '2025-02-29']) {
    const { page, ctx, fouten } = await open(`/?peildatum=${fout}`);
    assert.equal(await page.evaluate(() => window.plantoets.peildatum), vandaag, fout);
    assert.ok((await page.locator('.tijdlijn dd').count()) > 0);
    assert.deepEqual(fouten, [], fout);
    await ctx.close();
  }
  // An opened plan with impossible dates does not break the timeline either.
  const { page, ctx, fouten } = await open(`/?peildatum=${PEIL}`);
  await page.evaluate(() => {
    window.plantoets.plan = { dienst: 'naar-werk', datums: { opdracht: '2025-13-45', indiening: '0000-00-00' } };
  });
  assert.ok(await page.locator('.bevinding .meta', { hasText: 'I03' }).count());
  assert.deepEqual(fouten, []);
  await ctx.close();

  const adres = proefPagina(
    'proef-peildatum',
    `<plan-toets peildatum="2025-13-45"></plan-toets>
<form id="f"><input type="hidden" name="/dienst" value="naar-werk"><input name="/datums/opdracht" value="2025-01-01"></form>`,
    `document.addEventListener('plantoets-gereed', () => { window.gereedGehoord = true; });
const { attach } = await import('./plantoets-inbouwen.js');
window.uitslag = await document.querySelector('plan-toets').gereed.then(() => 'klaar', (f) => 'afgewezen: ' + f);
window.handvat = await attach(document.getElementById('f'), { peildatum: '2025-13-45' });`,
  );
  const c = await open(adres, { wacht: () => window.handvat?.report });
  assert.equal(await c.page.evaluate(() => window.uitslag), 'klaar');
  assert.equal(await c.page.evaluate(() => window.gereedGehoord), true);
  assert.ok(await c.page.evaluate(() => !!document.querySelector('plan-toets').report));
  // Without a valid peildatum the core checks against today: no "Opties:" finding.
  const opties = await c.page.evaluate(() =>
    [...document.querySelector('plan-toets').report.bevindingen, ...window.handvat.report.bevindingen].filter((b) => b.bericht.startsWith('Opties')),
  );
  assert.deepEqual(opties, []);
  assert.deepEqual(c.fouten, []);
  await c.ctx.close();
});

test('item 7: a core that cannot load is reported, rejects gereed, is not kept; a good URL after it works', async () => {
  const adres = proefPagina(
    'proef-laden',
    '<form id="f"><input type="hidden" name="/dienst" value="naar-werk"></form>',
    `import { attach } from './plantoets-inbouwen.js';
const uitslag = {};
for (const url of ['/index.html', '/bestaat-niet.wasm', 'http://[']) {
  const t = document.createElement('plan-toets');
  t.setAttribute('wasm-url', url);
  document.body.append(t);
  uitslag[url] = await t.gereed.then(() => 'klaar', () => 'afgewezen');
  uitslag[url + ' melding'] = t.shadowRoot.querySelector('[role=alert]')?.textContent ?? '';
}
uitslag.attachFout = await attach(document.getElementById('f'), { wasmUrl: '/bestaat-niet.wasm' }).then(() => 'klaar', () => 'afgewezen');
const goed = document.createElement('plan-toets');
goed.setAttribute('wasm-url', 'plantoets_bg.wasm');
document.body.append(goed);
uitslag.goed = await goed.gereed.then(() => 'klaar', (f) => 'afgewezen ' + f);
uitslag.attachGoed = await attach(document.getElementById('f')).then((h) => (h.report ? 'klaar' : 'leeg'), (f) => 'afgewezen ' + f);
window.uitslag = uitslag;`,
  );
  const { page, ctx, fouten } = await open(adres, { wacht: () => window.uitslag });
  const u = await page.evaluate(() => window.uitslag);
  for (const url of ['/index.html', '/bestaat-niet.wasm', 'http://[']) {
    assert.equal(u[url], 'afgewezen', url);
    assert.match(u[`${url} melding`], /kon de controle niet laden/, url);
  }
  assert.equal(u.attachFout, 'afgewezen');
  assert.equal(u.goed, 'klaar');
  assert.equal(u.attachGoed, 'klaar');
  await page.waitForTimeout(200);
  assert.deepEqual(await page.evaluate(() => window.onverwerkt), [], 'no unhandled rejection');
  // The 404 itself is a console error of the browser's; nothing else is.
  assert.deepEqual(
    fouten.filter((f) => !/Failed to load resource/.test(f)),
    [],
  );
  await ctx.close();
});

test('item 10: from file:// no draft is offered, the page says why, and an old draft is removed', async () => {
  const url = `${pathToFileURL(join(root, 'dist', 'plantoets.html')).href}?peildatum=${PEIL}`;
  const { page, ctx, fouten } = await open(url);
  await page.evaluate(() => {
    localStorage.setItem('plantoets.aan', '1');
    localStorage.setItem('plantoets.plan', '{"client":{"bsn":"111222333"}}');
  });
  await page.reload();
  await page.waitForFunction(() => window.plantoets?.report);
  assert.equal(await page.locator('#concept-bewaren').count(), 0);
  assert.match(await page.locator('.geen-concept').textContent(), /elk ander HTML-bestand op deze computer zou het kunnen lezen/);
  assert.equal(await page.evaluate(() => localStorage.getItem('plantoets.plan')), null);
  await page.fill('#f-client-naam', 'Niet bewaard');
  await page.waitForTimeout(100);
  assert.equal(await page.evaluate(() => localStorage.length), 0);
  assert.deepEqual(fouten, []);
  await ctx.close();
});
