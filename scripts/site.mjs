// The page, built from www/ and pkg/:
//   dist/site/          a static site: index.html (the stylesheet inline), app.js (bundled), plantoets_bg.wasm
//                        (the page's own module: Dutch, check() only), and what it loads only
//                        when asked: plantoets-volledig.wasm (the whole module, for English)
//                        and uitleg.json (the catalogue, for "Waarom?")
//                        (each file also as .br and .gz, for a host that serves them)
//   dist/plantoets.html  one self-contained file (scripts, styles and the WebAssembly inlined)
//                        that works opened from disk (file://) with no server.
// Both carry a Content-Security-Policy that allows nothing but their own files.
import { build, buildSync } from 'esbuild';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, mkdirSync, rmSync, copyFileSync, readdirSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { buildInbouwen } from './inbouwen.mjs';
import { formulierHtml, kernGegevens } from './vooraf.mjs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const site = join(dist, 'site');

const sha256 = (tekst) => `'sha256-${createHash('sha256').update(tekst, 'utf8').digest('base64')}'`;

/** Text that can sit inside <script> or <style> in HTML. */
const inHtml = (tekst) => tekst.replace(/<\/(script|style)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');

/**
 * The page's stylesheet, minified and ready for a <style> element. The site's HTML carries
 * it inline: on a slow line the first paint does not wait for one more request (924 → 752 ms
 * on the slow profile, BENCHMARKS.md); stijl.css is still written for whoever links it.
 */
export const STIJL = inHtml(
  buildSync({ entryPoints: [join(root, 'www', 'stijl.css')], bundle: true, minify: true, write: false, logLevel: 'warning' }).outputFiles[0].text,
);

/** The CSP of the static site: only its own files and its own inline stylesheet; WebAssembly may be compiled. */
export const CSP_SITE = `default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' ${sha256(STIJL)}; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'`;

async function bundel(ingang, define = {}) {
  const r = await build({
    entryPoints: [join(root, ingang)],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    write: false,
    define,
    legalComments: 'none',
    logLevel: 'warning',
  });
  return r.outputFiles[0].text;
}

function pagina(csp, stijl, script, formulier, voet = '') {
  // Functions as replacements: the HTML may hold "$&" and the like.
  return readFileSync(join(root, 'www', 'index.html'), 'utf8')
    .replace('{{CSP}}', () => csp)
    .replace('{{STIJL}}', () => stijl)
    .replace('{{SCRIPT}}', () => script)
    .replace('{{FORMULIER}}', () => formulier)
    .replace('{{VOET}}', () => voet);
}

/**
 * Every file of the site also as `.br` and `.gz` beside it, as a static host serves them
 * (`npm start` does, through sirv; nginx `gzip_static`, most hosts): the HTML with the form,
 * the script and the core cross a slow line at a fraction of their size.
 */
function comprimeer(map) {
  for (const e of readdirSync(map, { withFileTypes: true })) {
    const pad = join(map, e.name);
    if (e.isDirectory()) comprimeer(pad);
    else if (/\.(html|js|css|wasm|json)$/.test(e.name)) {
      const inhoud = readFileSync(pad);
      writeFileSync(`${pad}.gz`, gzipSync(inhoud, { level: 9 }));
      writeFileSync(`${pad}.br`, brotliCompressSync(inhoud, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
    }
  }
}

/** The site links to the embedding examples (the single file has nothing next to it). */
const VOET = `<footer class="plantoets-voet"><p>Inbouwen in uw eigen site: <a href="inbouwen/bureau.html">voorbeeld bureau-website met &lt;plan-toets&gt;</a> · <a href="inbouwen/intake.html">voorbeeld intakeformulier met attach()</a></p></footer>`;

export async function buildSite() {
  rmSync(site, { recursive: true, force: true });
  mkdirSync(site, { recursive: true });
  const css = STIJL;

  // The form at first paint: the core's schema and services, asked now, go into the script;
  // the form they make goes into the HTML.
  const gegevens = await kernGegevens();
  const PLANTOETS_GEGEVENS = JSON.stringify({ schema: gegevens.schema, diensten: gegevens.diensten });
  const formulier = await formulierHtml(gegevens);

  // The static site.
  writeFileSync(join(site, 'app.js'), await bundel('www/js/app.js', { PLANTOETS_WASM_BASE64: 'undefined', PLANTOETS_GEGEVENS }));
  writeFileSync(join(site, 'stijl.css'), css);
  copyFileSync(join(root, 'pkg', 'pagina', 'plantoets_bg.wasm'), join(site, 'plantoets_bg.wasm'));
  copyFileSync(join(root, 'pkg', 'plantoets_bg.wasm'), join(site, 'plantoets-volledig.wasm'));
  writeFileSync(join(site, 'uitleg.json'), JSON.stringify(gegevens.catalogus));
  writeFileSync(
    join(site, 'index.html'),
    // The preload starts fetching the core while app.js is still loading (cold start).
    pagina(
      CSP_SITE,
      `<style>${STIJL}</style>\n<link rel="preload" href="plantoets_bg.wasm" as="fetch" type="application/wasm" crossorigin>`,
      '<script type="module" src="app.js"></script>',
      formulier,
      VOET,
    ),
  );
  await buildInbouwen(site);
  comprimeer(site);

  // The single file: everything inline (the whole module, which has the catalogue too).
  const wasm = readFileSync(join(root, 'pkg', 'plantoets_bg.wasm')).toString('base64');
  const script = inHtml(await bundel('www/js/app.js', { PLANTOETS_WASM_BASE64: JSON.stringify(wasm), PLANTOETS_GEGEVENS }));
  const stijl = css;
  const cspEnkel = `default-src 'none'; script-src ${sha256(script)} 'wasm-unsafe-eval'; style-src ${sha256(stijl)}; img-src data:; base-uri 'none'; form-action 'none'`;
  writeFileSync(join(dist, 'plantoets.html'), pagina(cspEnkel, `<style>${stijl}</style>`, `<script type="module">${script}</script>`, formulier));

  const gz = (f) => gzipSync(readFileSync(f), { level: 9 }).length;
  // The stylesheet is inside index.html.
  const pagebytes = ['index.html', 'app.js', 'plantoets_bg.wasm'].map((f) => gz(join(site, f)));
  const maten = {
    html: pagebytes[0],
    js: pagebytes[1],
    wasm: pagebytes[2],
    pagina: pagebytes.reduce((a, b) => a + b, 0),
    enkel: gz(join(dist, 'plantoets.html')),
  };
  console.log(
    `dist/site: ${maten.pagina} B gzip in all (html with the css ${maten.html}, js ${maten.js}, wasm ${maten.wasm}); dist/plantoets.html ${maten.enkel} B gzip`,
  );
  return maten;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildSite();
