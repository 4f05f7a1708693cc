// `npm start`: build everything and serve the checker on localhost (with the example plan).
// Only Node's own modules and setup.mjs are imported statically: on a fresh clone the npm
// packages (sirv, esbuild) are not there yet, so they are imported after installing them.
import { createServer } from 'node:http';
import { join } from 'node:path';
import { ensureNodeModules, ensureRust } from './setup.mjs';

ensureRust();
ensureNodeModules();
const { default: sirv } = await import('sirv');
const { buildPkg } = await import('./build.mjs');
const { buildSite, CSP_SITE } = await import('./site.mjs');

const root = new URL('..', import.meta.url).pathname;
buildPkg();
await buildSite();

const bestanden = sirv(join(root, 'dist', 'site'), {
  dev: true,
  setHeaders: (res) => {
    res.setHeader('Content-Security-Policy', `${CSP_SITE}; frame-ancestors 'self'`);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
  },
});
const server = createServer((req, res) =>
  bestanden(req, res, () => {
    res.statusCode = 404;
    res.end('Niet gevonden');
  }),
);

let poort = Number(process.env.PORT ?? 8080);
server.on('error', (e) => {
  if (e.code === 'EADDRINUSE' && !process.env.PORT) server.listen(++poort, '127.0.0.1');
  else throw e;
});
server.on('listening', () => {
  console.log(`\nPlantoets: http://localhost:${server.address().port}/`);
  console.log('Single file for offline use: dist/plantoets.html (open it from disk). Stop with Ctrl+C.');
});
server.listen(poort, '127.0.0.1');
