// Embedding, in headless Chromium: <plan-toets> on a bureau website and attach() on an
// intake form of its own (examples/embed/), and the TypeScript types of both.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { root, serve, startBrowser } from './hulp.mjs';
import { CSP_SITE } from '../../scripts/site.mjs';

const site = join(root, 'dist', 'site');
let server;
let browser;
before(async () => {
  // The same strict policy as the site: the kit must work under it.
  server = await serve(site, { 'Content-Security-Policy': CSP_SITE });
  browser = await startBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function open(pad) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const fouten = [];
  const verzoeken = [];
  page.on('pageerror', (e) => fouten.push(e.message));
  page.on('console', (m) => m.type() === 'error' && fouten.push(m.text()));
  page.on('request', (r) => verzoeken.push(new URL(r.url()).pathname));
  await page.goto(`${server.url}${pad}`);
  return { page, fouten, verzoeken };
}

test('<plan-toets>: one tag gives the checker in Shadow DOM, in the host’s style, with events', async () => {
  const { page, fouten } = await open('/inbouwen/bureau.html');
  await page.waitForFunction(() => document.querySelector('plan-toets')?.report);
  // Inside a shadow root: the host's page does not see the form's elements.
  assert.equal(await page.evaluate(() => document.querySelector('form')), null);
  const inSchaduw = (js) => page.evaluate(`(() => { const r = document.querySelector('plan-toets').shadowRoot; return ${js}; })()`);
  assert.ok(await inSchaduw("!!r.querySelector('.overzicht') && !!r.querySelector('form')"));

  // The bureau's plan (set through the property) was checked; its script heard the event.
  assert.match(await page.locator('#stand').textContent(), /^Nog \d+ fout/);
  assert.equal(await inSchaduw("r.querySelector('#f-dienst').value"), 'naar-werk');

  // The host's look: its font and colour reach into the shadow root through --pt-*.
  assert.match(await inSchaduw("getComputedStyle(r.querySelector('.plantoets')).fontFamily"), /Georgia/);
  assert.equal(await inSchaduw("getComputedStyle(r.querySelector('button.opslaan')).backgroundColor"), 'rgb(11, 110, 79)');

  // element.plan = … and the plantoets-change event with { plan, report }.
  const voorbeeld = JSON.parse(readFileSync(join(root, 'examples', 'naar-werk.json'), 'utf8'));
  await page.evaluate(() => document.querySelector('plan-toets').setAttribute('peildatum', '2026-11-23'));
  const detail = await page.evaluate((plan) => {
    const t = document.querySelector('plan-toets');
    return new Promise((klaar) => {
      t.addEventListener('plantoets-change', (e) => klaar({ ok: e.detail.report.ok, dienst: e.detail.plan.dienst }), { once: true });
      t.plan = plan;
    });
  }, voorbeeld);
  assert.deepEqual(detail, { ok: true, dienst: 'naar-werk' });
  assert.equal(await page.locator('#stand').textContent(), 'Het plan is in orde.');

  // A link in the summary focuses its field inside the shadow root.
  await page.evaluate(() => {
    const r = document.querySelector('plan-toets').shadowRoot;
    const v = r.querySelector('#f-administratieUren');
    v.value = '5';
    v.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await page.waitForTimeout(100);
  await page.evaluate(() => {
    const r = document.querySelector('plan-toets').shadowRoot;
    [...r.querySelectorAll('.bevinding.fout')]
      .find((li) => li.querySelector('.meta').textContent.includes('U03'))
      .querySelector('a')
      .click();
  });
  assert.equal(await inSchaduw('r.activeElement?.id'), 'f-administratieUren');

  // lang="en" switches the language; peildatum changes "today".
  await page.evaluate(() => document.querySelector('plan-toets').setAttribute('lang', 'en'));
  assert.equal(await inSchaduw("r.querySelector('.overzicht h2').textContent"), 'There is a problem');
  await page.evaluate(() => {
    const t = document.querySelector('plan-toets');
    t.plan = { dienst: 'naar-werk', datums: { opdracht: '2026-11-01' } };
    t.setAttribute('peildatum', '2027-01-01');
  });
  assert.ok((await page.evaluate(() => document.querySelector('plan-toets').report.bevindingen.map((b) => b.code))).includes('T01'));
  assert.deepEqual(fouten, []);
  await page.close();
});

test('<plan-toets wasm-url="…"> loads the core from where the host says', async () => {
  mkdirSync(join(site, 'elders'), { recursive: true });
  copyFileSync(join(site, 'inbouwen', 'plantoets_bg.wasm'), join(site, 'elders', 'kern.wasm'));
  writeFileSync(
    join(site, 'inbouwen', 'proef-wasm-url.html'),
    '<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>wasm-url</title><link rel="icon" href="data:,"><script type="module" src="plantoets-inbouwen.js"></script></head><body><plan-toets wasm-url="/elders/kern.wasm"></plan-toets></body></html>',
  );
  const { page, fouten, verzoeken } = await open('/inbouwen/proef-wasm-url.html');
  await page.waitForFunction(() => document.querySelector('plan-toets')?.report);
  assert.ok(verzoeken.includes('/elders/kern.wasm'), verzoeken.join());
  assert.ok(!verzoeken.includes('/inbouwen/plantoets_bg.wasm'));
  assert.deepEqual(fouten, []);
  await page.close();
});

test('attach(): findings on the host’s own fields, through the browser’s validity; detach() restores', async () => {
  const { page, fouten } = await open('/inbouwen/intake.html');
  await page.waitForFunction(() => window.handvat);
  const origineel = await page.evaluate(async () => {
    const html = await (await fetch('intake.html')).text();
    return new DOMParser().parseFromString(html, 'text/html').getElementById('intake').outerHTML;
  });

  await page.fill('[name="/client/visie"]', 'Ik wil werken.');
  await page.fill('[name="/activiteiten/0/sessies"]', 'vier');
  await page.fill('[name="/doorlooptijdMaanden"]', '6');
  await page.waitForTimeout(100);
  const staat = (naam) =>
    page.evaluate((n) => {
      const e = document.querySelector(`[name="${n}"]`);
      return {
        fout: e.validity.customError,
        bericht: e.validationMessage,
        ongeldig: e.matches(':invalid'),
        aria: e.getAttribute('aria-invalid'),
        rand: getComputedStyle(e).borderTopColor,
      };
    }, naam);
  // The right field, the core's message, :invalid styling of the host.
  let v = await staat('/client/visie');
  assert.ok(v.fout && v.ongeldig && v.aria === 'true');
  assert.match(v.bericht, /visie van de cliënt/);
  assert.equal(v.rand, 'rgb(212, 53, 28)');
  v = await staat('/activiteiten/0/sessies');
  assert.ok(v.fout);
  assert.match(v.bericht, /Vul een getal in/);
  assert.ok(!(await staat('/doorlooptijdMaanden')).fout, 'a valid field stays valid');
  assert.equal((await staat('/doorlooptijdMaanden')).aria, null);

  // The host's summary element lists the problems with links to the fields.
  assert.ok(await page.locator('#problemen').isVisible());
  await page.locator('#problemen a', { hasText: 'visie van de cliënt' }).click();
  assert.equal(await page.evaluate(() => document.activeElement.name), '/client/visie');
  // The form cannot be sent while there are errors: the browser's own validation.
  assert.equal(await page.evaluate(() => document.getElementById('intake').checkValidity()), false);

  // Fixed: valid again.
  await page.fill('[name="/activiteiten/0/sessies"]', '4');
  await page.waitForTimeout(100);
  assert.ok(!(await staat('/activiteiten/0/sessies')).fout);
  // The handle reads the plan with the schema's types.
  const plan = await page.evaluate(() => window.handvat.plan());
  assert.equal(plan.activiteiten[0].sessies, 4);
  assert.equal(plan.doorlooptijdMaanden, 6);
  assert.equal(plan.dienst, 'naar-werk');

  // detach(): no more marks, no more listening, the form's markup as it was.
  await page.evaluate(() => window.handvat.detach());
  assert.equal(await page.evaluate(() => document.getElementById('intake').checkValidity()), true);
  await page.fill('[name="/activiteiten/0/sessies"]', 'weer fout');
  await page.waitForTimeout(100);
  assert.ok(!(await staat('/activiteiten/0/sessies')).fout, 'no checking after detach');
  assert.equal(await page.evaluate(() => document.getElementById('intake').outerHTML), origineel);
  assert.deepEqual(fouten, []);
  await page.close();
});

test('attach(): rows the host adds are found by their names', async () => {
  const { page } = await open('/inbouwen/intake.html');
  await page.waitForFunction(() => window.handvat);
  await page.click('#rij-erbij');
  await page.fill('[name="/activiteiten/1/omschrijving"]', 'Jobhunting bij werkgevers in de regio');
  await page.fill('[name="/activiteiten/1/sessies"]', '12');
  await page.fill('[name="/activiteiten/1/minutenPerSessie"]', '60');
  await page.waitForTimeout(100);
  const plan = await page.evaluate(() => window.handvat.plan());
  assert.equal(plan.activiteiten.length, 2);
  assert.equal(plan.activiteiten[1].sessies, 12);
  const report = await page.evaluate(() => window.handvat.report);
  assert.equal(report.uren.activiteiten[1], 12);
  // Its own findings sit on its own fields (S05: no goal).
  const doel = await page.evaluate(() => document.querySelector('[name="/activiteiten/1/doel"]').validationMessage);
  assert.match(doel, /Vul het doel in/);
  await page.close();
});

test('the TypeScript types of the embedding kit', () => {
  const map = join(root, 'target', 'ts-inbouwen');
  mkdirSync(map, { recursive: true });
  copyFileSync(join(site, 'inbouwen', 'plantoets-inbouwen.d.ts'), join(map, 'plantoets-inbouwen.d.ts'));
  copyFileSync(join(site, 'inbouwen', 'plantoets.d.ts'), join(map, 'plantoets.d.ts'));
  writeFileSync(
    join(map, 'gebruik.ts'),
    `import { attach, type AttachHandle, type PlanToetsElement, type Report } from './plantoets-inbouwen.js';
const toets: PlanToetsElement = document.querySelector('plan-toets')!;
toets.plan = { dienst: 'naar-werk', client: { uitkering: 'WW' } };
toets.addEventListener('plantoets-change', (e) => { const r: Report = e.detail.report; console.log(r.ok, e.detail.plan.dienst); });
const vorm = document.querySelector('form')!;
export async function bind(): Promise<AttachHandle> {
  const h = await attach(vorm, { samenvatting: document.getElementById('problemen'), taal: 'nl', peildatum: '2025-03-20' });
  const r: Report = h.check();
  console.log(r.bevindingen.length, h.plan().dienst, h.report?.ok);
  h.detach();
  // @ts-expect-error the language is nl or en
  await attach(vorm, { taal: 'de' });
  return h;
}
`,
  );
  const tsc = spawnSync(
    join(root, 'node_modules', '.bin', 'tsc'),
    ['--noEmit', '--strict', '--target', 'es2022', '--lib', 'es2022,dom', '--module', 'nodenext', '--moduleResolution', 'nodenext', join(map, 'gebruik.ts')],
    { encoding: 'utf8' },
  );
  assert.equal(tsc.status, 0, tsc.stdout + tsc.stderr);
});

test('<plan-toets negeer="…"> and attach({ negeer }) pass the codes to the core; found words are marked in the component too', async () => {
  const { page, fouten } = await open('/inbouwen/bureau.html');
  await page.waitForFunction(() => document.querySelector('plan-toets')?.report);
  const genegeerd = await page.evaluate(() => {
    const t = document.querySelector('plan-toets');
    t.setAttribute('negeer', 'I10, S');
    t.plan = { dienst: 'naar-werk', activiteiten: [{ omschrijving: 'Schuldhulpverlening voor de cliënt', sessies: 2, minutenPerSessie: 60 }] };
    return { r: t.report.regelset.genegeerd, codes: t.report.bevindingen.map((b) => b.code) };
  });
  assert.ok(genegeerd.r.includes('I10') && genegeerd.r.includes('S01'), genegeerd.r.join());
  assert.ok(!genegeerd.codes.some((c) => c === 'I10' || c.startsWith('S')), genegeerd.codes.join());
  const mark = await page.evaluate(
    () => document.querySelector('plan-toets').shadowRoot.querySelector('#f-activiteiten-0-omschrijving-melding mark')?.textContent,
  );
  assert.equal(mark, 'Schuldhulpverlening');
  assert.deepEqual(fouten, []);
  await page.close();

  const intake = await open('/inbouwen/intake.html');
  const r = await intake.page.evaluate(async () => {
    const { attach } = await import('/inbouwen/plantoets-inbouwen.js');
    const form = document.createElement('form');
    document.body.append(form);
    const h = await attach(form, { negeer: 'I10,C' });
    const uit = h.report.regelset.genegeerd;
    h.detach();
    return uit;
  });
  assert.ok(r.includes('I10') && r.includes('C08'), r.join());
  await intake.page.close();
});
