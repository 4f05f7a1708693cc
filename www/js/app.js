// The page: load the WebAssembly core (from the file next to us, or inlined in the
// single-file build), then put the checker in #plantoets with the example plan.
import init, { catalogus, check, diensten, initSync, schema } from '../../pkg/plantoets.js';
import werkfitMaken from '../../examples/werkfit-maken.json';
import { Checker } from './checker.js';
import { isEchteDatum } from './datum.js';
import { TEKST } from './tekst.js';

/* global PLANTOETS_WASM_BASE64 */

// The page's example: the Werkfit maken example with a name no one has. Its BSN, 111222333,
// passes the elfproef (9·1 + 8·1 + 7·1 + 6·2 + 5·2 + 4·2 + 3·3 + 2·3 − 1·3 = 66 = 6·11) and
// is plainly made up. It is marked "Voorbeeld" wherever it shows.
const voorbeeld = { ...werkfitMaken, client: { ...werkfitMaken.client, naam: 'J. Voorbeeld' } };
const ingebouwd = typeof PLANTOETS_WASM_BASE64 === 'string' ? PLANTOETS_WASM_BASE64 : null;

async function start() {
  // Marks for `npm run bench` (cold start): the WebAssembly part is fetch, compile,
  // instantiate and a first check; then the page's own first report.
  performance.mark('pt-wasm-begin');
  if (ingebouwd) {
    // dist/plantoets.html: the module is inside the file, so it works from file:// too.
    const bytes = Uint8Array.from(atob(ingebouwd), (c) => c.charCodeAt(0));
    initSync({ module: bytes });
  } else {
    await init();
  }
  check(werkfitMaken);
  performance.mark('pt-wasm-klaar');
  const zoek = new URLSearchParams(location.search);
  const taal = zoek.get('taal') === 'en' ? 'en' : 'nl';
  // ?peildatum=YYYY-MM-DD checks as if it were that day (for demonstrations and tests); a
  // day that does not exist (2025-13-45) is ignored: today.
  const peildatum = isEchteDatum(zoek.get('peildatum')) ? zoek.get('peildatum') : null;
  // From file:// every local HTML file shares one storage (Chromium), so the single file
  // offers no draft, says why, and removes one an older version may have kept.
  const lokaal = location.protocol === 'file:';
  if (lokaal) {
    try {
      for (const deel of ['plan', 'aan']) localStorage.removeItem(`plantoets.${deel}`);
    } catch {
      /* no storage at all: nothing kept */
    }
  }
  let checker = null;
  checker = new Checker({
    container: document.getElementById('plantoets'),
    plantoets: { check, diensten, catalogus, schema },
    taal,
    peildatum,
    opslagSleutel: lokaal ? null : 'plantoets',
    geenConcept: lokaal ? TEKST.geenConceptLokaal : null,
    voorbeeld,
    waarschuwBijVerlaten: true,
    bijWijziging: (_plan, report) => {
      // GOV.UK: the title starts with "Fout: " while there are errors.
      const nu = checker?.taal ?? taal;
      // Only once the errors show (after "Controleer het plan" or opening a plan).
      const fout = !report.ok && checker?.samenvattingAan;
      document.title = `${fout ? (nu === 'nl' ? 'Fout: ' : 'Error: ') : ''}Plantoets`;
      document.documentElement.lang = nu;
      zetVoet(nu);
    },
  });
  // A first visit offers the choice (a new plan, a plan file, the example) above the example,
  // marked as one; a kept draft (only when the user asked for it) wins.
  if (!checker.conceptGeladen) {
    checker.laadVoorbeeld();
    checker.toonStart();
  }
  performance.mark('pt-eerste-rapport');
  window.plantoets = checker; // for the tests and the curious
}

/** The site's footer (scripts/site.mjs) in the page's language; its links stay as they are. */
function zetVoet(taal) {
  const p = document.querySelector('.plantoets-voet p');
  const [bureau, intake] = p ? p.querySelectorAll('a') : [];
  if (!bureau || !intake || p.dataset.taal === taal) return;
  p.dataset.taal = taal;
  p.lang = taal;
  bureau.textContent = TEKST.voetBureau[taal];
  intake.textContent = TEKST.voetIntake[taal];
  p.replaceChildren(`${TEKST.voetInbouwen[taal]} `, bureau, ' · ', intake);
}

start();
