// `npm start`: build everything and serve the checker on localhost (with the example plan)
// and the embedding examples at /inbouwen/, printing their addresses.
// Only Node's own modules and setup.mjs are imported statically: on a fresh clone the npm
// packages (sirv, esbuild) are not there yet, so they are imported after installing them.
import { ensureNodeModules, ensureRust } from './setup.mjs';

ensureRust();
ensureNodeModules();
const { buildPkg } = await import('./build.mjs');
const { buildSite } = await import('./site.mjs');
const { maakServer, adressen } = await import('./server.mjs');

buildPkg();
await buildSite();

const server = maakServer();
let poort = Number(process.env.PORT ?? 8080);
server.on('error', (e) => {
  if (e.code === 'EADDRINUSE' && !process.env.PORT) server.listen(++poort, '127.0.0.1');
  else throw e;
});
server.on('listening', () => {
  console.log('\nPlantoets:');
  for (const { wat, url } of adressen(`http://localhost:${server.address().port}`)) console.log(`  ${url}  (${wat})`);
  console.log('Single file for offline use: dist/plantoets.html (open it from disk). Stop with Ctrl+C.');
});
server.listen(poort, '127.0.0.1');
