// pkg/ in a page: `await init()` fetches the .wasm next to the glue, in headless Chromium.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { root, serve, startBrowser } from './hulp.mjs';

const server = await serve(root);
const browser = await startBrowser();
after(async () => {
  await browser.close();
  await server.close();
});

test('the package works in a page with await init()', async () => {
  const page = await browser.newPage();
  const fouten = [];
  page.on('pageerror', (e) => fouten.push(e.message));
  await page.goto(`${server.url}/tests/js/pagina/pakket.html`);
  const uitslag = await page.waitForFunction(() => window.uitslag).then((h) => h.jsonValue());
  assert.deepEqual(fouten, []);
  assert.equal(uitslag.diensten, 8);
  assert.equal(uitslag.report.ok, false);
  assert.ok(uitslag.report.bevindingen.some((b) => b.code === 'I06' && b.pad === '/doorlooptijdMaanden'));
});
