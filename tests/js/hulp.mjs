// Shared by the browser tests: a static server on localhost and headless Chromium.
import { createServer } from 'node:http';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';
import { chromium } from 'playwright-core';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Chromium flags for this machine (no sandbox as root, no background traffic). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function startBrowser() {
  return chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** Serves a folder on a free localhost port; `headers` are added to every response. */
export async function serve(map, headers = {}) {
  const bestanden = sirv(map, {
    dev: true,
    // The build's .br and .gz beside each file (scripts/site.mjs), as `npm start` serves them.
    brotli: true,
    gzip: true,
    setHeaders: (res) => {
      for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
    },
  });
  const server = createServer((req, res) =>
    bestanden(req, res, () => {
      res.statusCode = 404;
      res.end('niet gevonden');
    }),
  );
  await new Promise((klaar) => server.listen(0, '127.0.0.1', klaar));
  const url = `http://127.0.0.1:${server.address().port}`;
  return { url, close: () => new Promise((klaar) => server.close(klaar)) };
}
