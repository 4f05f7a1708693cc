// The local server of `npm start`: dist/site/ with the site's security headers, and the
// addresses worth opening, printed by start.mjs and tested (tests/js/voorbeelden.test.mjs).
// Imports sirv: import this module only after ensureNodeModules() (see start.mjs).
import { readdirSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';
import { CSP_SITE } from './site.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** An HTTP server for dist/site/ (build it first); not yet listening. */
export function maakServer() {
  const bestanden = sirv(join(root, 'dist', 'site'), {
    dev: true,
    // The build's .br and .gz beside each file, for a browser that accepts them.
    brotli: true,
    gzip: true,
    setHeaders: (res) => {
      res.setHeader('Content-Security-Policy', `${CSP_SITE}; frame-ancestors 'self'`);
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.setHeader('Referrer-Policy', 'no-referrer');
    },
  });
  return createServer((req, res) =>
    bestanden(req, res, () => {
      res.statusCode = 404;
      res.end('Niet gevonden');
    }),
  );
}

/**
 * What to open: the checker, and every example of examples/embed/, which the build puts
 * next to the kit in dist/site/inbouwen/ (they load plantoets-inbouwen.js from there).
 */
export function adressen(basis) {
  const voorbeelden = readdirSync(join(root, 'examples', 'embed'))
    .filter((f) => f.endsWith('.html'))
    .sort();
  return [{ wat: 'the checker', url: `${basis}/` }, ...voorbeelden.map((f) => ({ wat: `example examples/embed/${f}`, url: `${basis}/inbouwen/${f}` }))];
}
