// The page as a person feels it (issue 16 item 5), in headless Chromium on dist/site/:
//
//   keystroke → next paint   typing into a 12-activity plan (bench/plannen.mjs), one key
//                            every 120 ms, with the CPU slowed 4× through the DevTools
//                            protocol (Emulation.setCPUThrottlingRate); from the key's event
//                            time to the first task after the next frame (all of that
//                            frame's work, the check and the repaint included). p50 and p95.
//   first paint with the form  the first contentful paint, which is the form (the HTML
//                            carries it), on the slow profile: 4× CPU, 1.6 Mbit/s, 150 ms
//                            round trip (Network.emulateNetworkConditions). Median.
//   navigation → first report  unthrottled: pt-eerste-rapport (www/js/app.js). Median.
//
// `node bench/pagina.mjs` runs this part alone (build first); bench/bench.mjs uses it too.
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { referentie } from './plannen.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};

/** Slows the page's CPU (and, with `net`, its network) as the slow profile. */
async function vertraag(page, { cpu = 4, net = false } = {}) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  if (net) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 150,
      downloadThroughput: (1.6e6 / 8) | 0,
      uploadThroughput: (750e3 / 8) | 0,
    });
  }
  return cdp;
}

/** Keystroke → next paint, in ms, for `n` keys typed into the first activity's description. */
async function toetsen(browser, url, n) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(url);
  await page.waitForFunction(() => window.plantoets?.report);
  await page.evaluate((plan) => {
    window.plantoets.plan = plan;
  }, referentie());
  await page.evaluate(() => {
    window.ptTijden = [];
    document.addEventListener(
      'keydown',
      (e) => {
        const t0 = e.timeStamp;
        requestAnimationFrame(() => setTimeout(() => window.ptTijden.push(performance.now() - t0)));
      },
      true,
    );
  });
  const veld = page.locator('#f-activiteiten-0-omschrijving');
  await veld.focus();
  await page.keyboard.press('End');
  const cdp = await vertraag(page);
  const woorden = ' en daarna een gesprek met de werkgever over de taken';
  for (let i = 0; i < n; i++) {
    await page.keyboard.type(woorden[i % woorden.length]);
    await page.waitForTimeout(120);
  }
  await page.waitForFunction((k) => window.ptTijden.length >= k, n);
  const tijden = await page.evaluate(() => window.ptTijden);
  const elementen = await page.evaluate(() => document.querySelectorAll('*').length);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await page.close();
  return { p50: pct(tijden, 50), p95: pct(tijden, 95), n: tijden.length, elementen };
}

/** First contentful paint on the slow profile, and whether the form was in the HTML painted. */
async function eerstePaint(browser, url) {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  await vertraag(page, { net: true });
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, null, { timeout: 60000 });
  const r = await page.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0].startTime,
    formulier: document.querySelector('#plantoets form') !== null,
  }));
  await page.waitForFunction(() => window.plantoets?.report, null, { timeout: 60000 });
  r.rapport = await page.evaluate(() => performance.getEntriesByName('pt-eerste-rapport')[0]?.startTime ?? null);
  await page.close();
  return r;
}

/** Navigation → first report and the WebAssembly part, unthrottled, a fresh browser each time. */
async function koudeStart(startBrowser, url, rondes) {
  const koud = [];
  for (let i = 0; i < rondes; i++) {
    const browser = await startBrowser();
    const page = await browser.newPage();
    await page.goto(url);
    await page.waitForFunction(() => performance.getEntriesByName('pt-eerste-rapport').length > 0);
    koud.push(
      await page.evaluate(() => {
        const m = (n) => performance.getEntriesByName(n)[0]?.startTime ?? Number.NaN;
        return { wasm: m('pt-wasm-klaar') - m('pt-wasm-begin'), formulier: m('pt-formulier'), eerste: m('pt-eerste-rapport') };
      }),
    );
    await browser.close();
  }
  return {
    wasm: pct(
      koud.map((k) => k.wasm),
      50,
    ),
    formulier: pct(
      koud.map((k) => k.formulier),
      50,
    ),
    eerste: pct(
      koud.map((k) => k.eerste),
      50,
    ),
    runs: koud.length,
  };
}

/** All three, on a server for dist/site/. */
export async function meetPagina({ snel = false } = {}) {
  const { serve, startBrowser } = await import('../tests/js/hulp.mjs');
  const server = await serve(join(root, 'dist', 'site'));
  const url = `${server.url}/?peildatum=2026-11-23`;
  try {
    const koud = await koudeStart(startBrowser, url, snel ? 3 : 9);
    const browser = await startBrowser();
    const toets = await toetsen(browser, url, snel ? 20 : 60);
    const paints = [];
    for (let i = 0; i < (snel ? 2 : 5); i++) paints.push(await eerstePaint(browser, url));
    await browser.close();
    const traag = {
      fcp: pct(
        paints.map((p) => p.fcp),
        50,
      ),
      formulier: paints.every((p) => p.formulier),
      rapport: pct(
        paints.map((p) => p.rapport),
        50,
      ),
      runs: paints.length,
    };
    return { koud, toets, traag };
  } finally {
    await server.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const r = await meetPagina({ snel: process.argv.includes('--snel') });
  console.log(JSON.stringify(r, null, 2));
}
