// Issue 16 item 2: a form at first paint. The page's HTML arrives with the form in it (built
// by scripts/vooraf.mjs from the core's own schema); it says the check is loading; what is
// typed before the scripts or the core arrive is kept; and when the .wasm cannot be loaded
// the page says so, the form keeps working and saving as a file still works.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root, serve, startBrowser } from './hulp.mjs';
import { CSP_SITE } from '../../scripts/site.mjs';
import { codeer, decodeer } from '../../www/js/dom.js';

const site = join(root, 'dist', 'site');
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

/** A page whose requests for `patroon` wait until `los()` is called (or fail, with `blokkeer`). */
async function pagina({ patroon, blokkeer = false, context = {} } = {}) {
  const ctx = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 }, ...context });
  const page = await ctx.newPage();
  const fouten = [];
  page.on('pageerror', (e) => fouten.push(e.message));
  let los = () => {};
  const vrij = new Promise((r) => {
    los = r;
  });
  if (patroon) {
    await page.route(patroon, async (route) => {
      if (blokkeer) return route.abort('blockedbyclient');
      await vrij;
      return route.continue();
    });
  }
  return { page, ctx, fouten, los };
}

test('the served HTML holds the form, built from the core’s schema, and the loading state', async () => {
  const html = await (await fetch(`${server.url}/`)).text();
  for (const id of ['f-dienst', 'f-ordernummer', 'f-client-naam', 'f-client-bsn']) assert.match(html, new RegExp(`id="${id}"`), id);
  assert.match(html, /<div [^>]*class="formulier"/);
  // Each group of fields a small form of its own (autofill reads a field's whole form per key).
  assert.match(html, /<form [^>]*class="raster"/);
  assert.match(html, /De controle wordt geladen…/);
  // The example is in it, marked, with the first visit's choice above it.
  assert.match(html, /value="J\. Voorbeeld"/);
  assert.match(html, /class="start"/);
  // Without any script the form is there to see (what a slow connection shows first).
  const { page, ctx } = await pagina({ context: { javaScriptEnabled: false } });
  await page.goto(`${server.url}/`);
  assert.ok(await page.locator('#f-dienst').isVisible());
  assert.equal(await page.locator('#f-client-naam').inputValue(), 'J. Voorbeeld');
  assert.equal(await page.locator('.statusbalk .status').textContent(), 'De controle wordt geladen…');
  await ctx.close();
});

test('while the core loads: the form works at once, says so, and what was typed is checked once the core is there', async () => {
  const { page, ctx, fouten, los } = await pagina({ patroon: '**/*.wasm' });
  await page.goto(`${server.url}/?peildatum=2026-11-23`);
  await page.waitForFunction(() => window.plantoets?.formulier);
  assert.equal(await page.evaluate(() => window.plantoets.report), null);
  assert.equal(await page.locator('.statusbalk .status').textContent(), 'De controle wordt geladen…');
  await page.setViewportSize({ width: 320, height: 700 });
  assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= 320, 'no sideways scroll while loading');
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.locator('#f-ordernummer').fill('');
  await page.locator('#f-ordernummer').pressSequentially('ABC-1');
  los();
  await page.waitForFunction(() => window.plantoets?.report);
  assert.equal(await page.locator('#f-ordernummer').inputValue(), 'ABC-1');
  assert.equal(await page.evaluate(() => window.plantoets.plan.ordernummer), 'ABC-1');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'f-ordernummer');
  assert.notEqual(await page.locator('.statusbalk .status').textContent(), 'De controle wordt geladen…');
  assert.deepEqual(fouten, []);
  await ctx.close();
});

test('typed into the HTML’s form before the script ran: kept, with the caret, once the script takes over', async () => {
  const { page, ctx, fouten, los } = await pagina({ patroon: '**/app.js' });
  // A module script runs before DOMContentLoaded, so wait only for the HTML's form.
  await page.goto(`${server.url}/?peildatum=2026-11-23`, { waitUntil: 'commit' });
  await page.locator('#f-client-naam').waitFor();
  await page.locator('#f-client-naam').fill('A. Jansen');
  await page.locator('#f-client-naam').press('ArrowLeft');
  await page.locator('#f-dienst').selectOption('naar-werk');
  await page.locator('#f-client-naam').focus();
  await page.evaluate(() => document.getElementById('f-client-naam').setSelectionRange(3, 3));
  los();
  await page.waitForFunction(() => window.plantoets?.report);
  const plan = await page.evaluate(() => window.plantoets.plan);
  assert.equal(plan.client.naam, 'A. Jansen');
  assert.equal(plan.dienst, 'naar-werk');
  assert.deepEqual(await page.evaluate(() => [document.activeElement?.id, document.activeElement?.selectionStart]), ['f-client-naam', 3]);
  await page.keyboard.type('x');
  assert.equal(await page.locator('#f-client-naam').inputValue(), 'A. xJansen');
  assert.deepEqual(fouten, []);
  await ctx.close();
});

test('the .wasm blocked: a clear message, the form still works, and saving as a file still works', async () => {
  const { page, ctx, fouten } = await pagina({ patroon: '**/*.wasm', blokkeer: true });
  await page.goto(`${server.url}/?peildatum=2026-11-23`);
  await page.waitForFunction(() => window.plantoets?.kern === 'fout');
  const melding = await page.locator('.actiemelding').textContent();
  assert.match(melding, /De controle kon niet worden geladen/);
  assert.match(melding, /opslaan als bestand/);
  assert.equal(await page.locator('.statusbalk .status').textContent(), 'De controle werkt nu niet');
  // The form is usable: a new plan, typing, saving.
  await page.locator('.start-nieuw').click();
  await page.locator('#f-dienst').selectOption('naar-werk');
  await page.locator('#f-ordernummer').fill('ORD-7');
  await page.locator('#f-ordernummer').blur();
  await page.locator('button.controleer').first().click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('button.opslaan').click()]);
  const bewaard = JSON.parse(readFileSync(await download.path(), 'utf8'));
  assert.equal(bewaard.dienst, 'naar-werk');
  assert.equal(bewaard.ordernummer, 'ORD-7');
  // At 320 px, with the message and before any check, nothing scrolls sideways.
  await page.setViewportSize({ width: 320, height: 700 });
  assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= 320);
  // And in English the message is in English.
  await page.locator('.taalknop').click();
  assert.equal(await page.locator('.statusbalk .status').textContent(), 'The checker is not working now');
  assert.deepEqual(fouten, []);
  await ctx.close();
});

test('what loads only when asked: English (the whole core) and the explanations; when they cannot, the check goes on in Dutch and says so', async () => {
  const { page, ctx, fouten } = await pagina({ patroon: /plantoets-volledig\.wasm|uitleg\.json/, blokkeer: true });
  const gevraagd = [];
  page.on('request', (r) => gevraagd.push(new URL(r.url()).pathname));
  await page.goto(`${server.url}/?peildatum=2026-11-23`);
  await page.waitForFunction(() => window.plantoets?.report);
  // At first only the page's own small core (the whole one is fetched for English only).
  assert.deepEqual(
    gevraagd.filter((p) => /\.(wasm|json)$/.test(p)),
    ['/plantoets_bg.wasm'],
  );
  await page.fill('#f-administratieUren', '40');
  await page.click('.statusbalk button.controleer');
  // "Waarom?" cannot fetch its explanation: it says so, and tries again when opened again.
  const waarom = page.locator('.bevinding details').first();
  await waarom.locator('summary').click();
  await waarom.locator('p', { hasText: 'De uitleg kon niet worden geladen' }).waitFor();
  await waarom.locator('summary').click();
  await page.unroute(/plantoets-volledig\.wasm|uitleg\.json/);
  await page.route(/plantoets-volledig\.wasm/, (route) => route.abort('blockedbyclient'));
  await waarom.locator('summary').click();
  await waarom.locator('.regeltitel').waitFor();
  assert.equal(await waarom.locator('p', { hasText: 'De uitleg kon niet worden geladen' }).count(), 0);
  // English cannot load its core: the page speaks English, the check goes on in Dutch and says why.
  await page.click('button.taalknop');
  await page.locator('.actiemelding', { hasText: 'The English texts could not be loaded' }).waitFor();
  await page.waitForFunction(() => window.plantoets.kern === 'klaar');
  assert.equal(await page.locator('label[for="f-administratieUren"]').textContent(), 'Administration hours');
  assert.match((await page.locator('.bevinding.fout').allTextContents()).join(' '), /40 uur administratie/);
  assert.deepEqual(fouten, []);
  await ctx.close();
});
test('the script takes over the HTML’s form: the very elements the HTML brought are the live ones', async () => {
  const { page, ctx, fouten, los } = await pagina({ patroon: '**/app.js' });
  await page.goto(`${server.url}/?peildatum=2026-11-23`, { waitUntil: 'commit' });
  await page.locator('#f-client-naam').waitFor();
  // References taken before the script ran: every element of the HTML's checker.
  const aantal = await page.evaluate(() => {
    window.vooraf = [...document.querySelectorAll('#plantoets *')];
    window.naamVeld = document.getElementById('f-client-naam');
    return window.vooraf.length;
  });
  assert.ok(aantal > 500, `${aantal} elements in the HTML`);
  los();
  await page.waitForFunction(() => window.plantoets?.report);
  // None was replaced, and the field the HTML brought is the checker's field.
  assert.equal(await page.evaluate(() => window.vooraf.filter((e) => !e.isConnected).length), 0);
  assert.ok(await page.evaluate(() => window.plantoets.formulier.velden.get('/client/naam').input === window.naamVeld));
  assert.ok(await page.evaluate(() => window.plantoets.root === document.querySelector('#plantoets > .plantoets')));
  // Nothing was typed, so nothing counts as changed (a select showing its first option is no change).
  assert.equal(await page.evaluate(() => window.plantoets.gewijzigd), false);
  // It works as a live field: typing changes the plan, listeners and all.
  await page.locator('#f-client-naam').fill('B. de Boer');
  await page.waitForFunction(() => window.plantoets.plan.client.naam === 'B. de Boer');
  // The ids of the HTML are still one each (nothing was added twice).
  assert.equal(await page.evaluate(() => document.querySelectorAll('#f-client-naam, #concept-bewaren').length), 2);
  assert.deepEqual(fouten, []);
  await ctx.close();
});

test('a kept draft or English: the form is built anew (not the HTML’s), and works', async () => {
  const concept = { dienst: 'naar-werk', ordernummer: 'CONCEPT-1' };
  for (const { zoek, init, verwacht } of [
    { zoek: '', init: concept, verwacht: { lang: 'nl', ordernummer: 'CONCEPT-1' } },
    { zoek: '&taal=en', init: null, verwacht: { lang: 'en', ordernummer: 'RI-2026-104233' } },
  ]) {
    const { page, ctx, fouten } = await pagina();
    if (init) {
      await page.addInitScript((plan) => {
        localStorage.setItem('plantoets.aan', '1');
        localStorage.setItem('plantoets.plan', JSON.stringify(plan));
      }, init);
    }
    await page.addInitScript(() => {
      document.addEventListener('readystatechange', () => {
        window.naamVeld ??= document.getElementById('f-client-naam');
      });
    });
    await page.goto(`${server.url}/?peildatum=2026-11-23${zoek}`);
    await page.waitForFunction(() => window.plantoets?.report);
    assert.equal(await page.evaluate(() => window.naamVeld instanceof HTMLElement), true, zoek);
    assert.equal(await page.evaluate(() => window.naamVeld.isConnected), false, zoek);
    assert.equal(await page.evaluate(() => document.documentElement.lang), verwacht.lang);
    assert.equal(await page.locator('#f-ordernummer').inputValue(), verwacht.ordernummer);
    assert.equal(await page.evaluate(() => document.querySelectorAll('#f-ordernummer').length), 1);
    await page.locator('#f-ordernummer').fill('ORD-9');
    await page.waitForFunction(() => window.plantoets.plan.ordernummer === 'ORD-9');
    assert.deepEqual(fouten, []);
    await ctx.close();
  }
});

test('an HTML whose form is not this script’s (another build’s): the form is built anew and works', async () => {
  const { page, ctx, fouten } = await pagina();
  const waarschuwingen = [];
  page.on('console', (m) => m.type() === 'warning' && waarschuwingen.push(m.text()));
  // The ids of one field changed, as an older build could have them.
  await page.route(/\/\?peildatum/, async (route) => {
    const antwoord = await route.fetch();
    const html = (await antwoord.text()).replaceAll('f-ordernummer', 'f-ordernr');
    await route.fulfill({ response: antwoord, body: html });
  });
  await page.goto(`${server.url}/?peildatum=2026-11-23`);
  await page.waitForFunction(() => window.plantoets?.report);
  assert.ok(
    waarschuwingen.some((w) => /built anew/.test(w)),
    waarschuwingen.join('\n'),
  );
  assert.equal(await page.evaluate(() => document.querySelectorAll('#f-ordernr').length), 0);
  assert.equal(await page.evaluate(() => document.querySelectorAll('#f-ordernummer').length), 1);
  await page.locator('#f-ordernummer').fill('ORD-3');
  await page.waitForFunction(() => window.plantoets.plan.ordernummer === 'ORD-3');
  assert.deepEqual(fouten, []);
  await ctx.close();
});

test('where the build’s elements are: written down short, read back the same; nonsense reads as nothing', () => {
  for (const plaatsen of [[0], [-1, -1, 3], [5, 6, 7, 0, 1, 2, -1, 8, 4, 3], Array.from({ length: 900 }, (_, i) => (i * 7919) % 900)]) {
    assert.deepEqual(decodeer(codeer(plaatsen)), plaatsen);
  }
  assert.equal(codeer([1, 2, 3, 4, 0, -1, -1, 5]), '1.4,-5,x.2,4');
  // No list (an HTML without it): nothing to take over.
  assert.equal(decodeer(''), null);
  assert.equal(decodeer('a.zzzzzzz'), null);
  assert.equal(decodeer('q.!'), null);
});
