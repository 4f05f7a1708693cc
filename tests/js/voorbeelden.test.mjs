// The embedding examples (examples/embed/) work the way the README says to open them:
// through `npm start`, at the addresses it prints (issue 16, item 1). The server here is
// the one start.mjs runs; every file a page asks for must be there.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { adressen, maakServer } from '../../scripts/server.mjs';
import { root, startBrowser } from './hulp.mjs';

const voorbeelden = readdirSync(join(root, 'examples', 'embed')).filter((f) => f.endsWith('.html'));
let server;
let basis;
let browser;
before(async () => {
  server = maakServer();
  await new Promise((klaar) => server.listen(0, '127.0.0.1', klaar));
  basis = `http://127.0.0.1:${server.address().port}`;
  browser = await startBrowser();
});
after(async () => {
  await browser?.close();
  await new Promise((klaar) => server?.close(klaar));
});

test('the README names each example by the address npm start prints', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const gedrukt = adressen('http://localhost:8080').map((a) => a.url);
  assert.ok(voorbeelden.length >= 2);
  for (const f of voorbeelden) {
    const url = `http://localhost:8080/inbouwen/${f}`;
    assert.ok(gedrukt.includes(url), `npm start prints ${url}`);
    assert.ok(readme.includes(url), `the README says to open ${url}`);
  }
});

test('each example, opened at its address, loads every file it asks for and works', async () => {
  for (const { url } of adressen(basis)) {
    const page = await browser.newPage();
    const mislukt = [];
    const fouten = [];
    page.on('response', (r) => r.status() >= 400 && mislukt.push(`${r.status()} ${r.url()}`));
    page.on('requestfailed', (r) => mislukt.push(`${r.failure()?.errorText} ${r.url()}`));
    page.on('pageerror', (e) => fouten.push(e.message));
    await page.goto(url);
    // The checker page, the component and attach() each end in a report.
    await page.waitForFunction(() => window.plantoets?.report || document.querySelector('plan-toets')?.report || window.handvat?.report);
    assert.deepEqual(mislukt, [], url);
    assert.deepEqual(fouten, [], url);
    await page.close();
  }
});
