// The page. Its HTML arrives with the checker's form already in it (scripts/vooraf.mjs
// renders it at build time); this script takes the form over at once (keeping whatever was
// typed into it), from the core's schema and services as the build asked them, while the
// WebAssembly core loads (from the file next to us, or inlined in the single-file build).
// Once the core is there every change is checked; if it cannot load, the page says so and
// the form keeps working: filling in, saving as a file.
//
// Two builds of the core: the page's own small one (pkg/pagina/: Dutch, check() only) loads
// first; the whole one (pkg/: English too, and the catalogue) only when someone picks English,
// and the catalogue's explanations come as JSON when someone opens "Waarom?". The single file
// carries the whole core inline.
import initPagina, { check as checkPagina } from '../../pkg/pagina/plantoets.js';
import init, { catalogus, check, initSync } from '../../pkg/plantoets.js';
import werkfitMaken from '../../examples/werkfit-maken.json';
import { Concept } from './bewaren.js';
import { Checker } from './checker.js';
import { isEchteDatum } from './datum.js';
import { neemOver } from './dom.js';
import { TEKST } from './tekst.js';

/* global PLANTOETS_WASM_BASE64, PLANTOETS_GEGEVENS */

// The page's example: the Werkfit maken example with a name no one has. Its BSN, 111222333,
// passes the elfproef (9·1 + 8·1 + 7·1 + 6·2 + 5·2 + 4·2 + 3·3 + 2·3 − 1·3 = 66 = 6·11) and
// is plainly made up. It is marked "Voorbeeld" wherever it shows.
const voorbeeld = { ...werkfitMaken, client: { ...werkfitMaken.client, naam: 'J. Voorbeeld' } };
const ingebouwd = typeof PLANTOETS_WASM_BASE64 === 'string' ? PLANTOETS_WASM_BASE64 : null;
/** The core's schema() and diensten(), asked at build time (scripts/site.mjs puts them in). */
const gegevens = PLANTOETS_GEGEVENS;
/** The whole core (both languages, the catalogue) and the page's own (Dutch, check only). */
const volledig = { check, catalogus, talen: ['nl', 'en'] };
const pagina = { check: checkPagina, talen: ['nl'] };

let volledigGeladen = null;
/** The whole core, fetched once when first asked; rejects when it cannot load. */
function laadVolledig() {
  if (!volledigGeladen) {
    // The page's own file, next to this script (the policy allows nothing else).
    volledigGeladen = init({ module_or_path: new URL('plantoets-volledig.wasm', import.meta.url) }).then(() => volledig);
    volledigGeladen.catch(() => {
      volledigGeladen = null; // asked again later, it tries again
    });
  }
  return volledigGeladen;
}

/** The catalogue (explanations of every rule), fetched when someone opens "Waarom?": the page's own file, next to this script. */
async function laadUitleg() {
  const antwoord = await fetch(new URL('uitleg.json', import.meta.url));
  if (!antwoord.ok) throw new Error(`uitleg.json: ${antwoord.status}`);
  return antwoord.json();
}

/** Fetches, compiles and starts a core that speaks `taal`; null when it cannot. Never throws. */
async function laadKern(taal) {
  try {
    let kern;
    if (ingebouwd) {
      // dist/plantoets.html: the module is inside the file, so it works from file:// too.
      const bytes = Uint8Array.from(atob(ingebouwd), (c) => c.charCodeAt(0));
      initSync({ module: bytes });
      kern = volledig;
    } else if (taal === 'en') {
      kern = await laadVolledig();
    } else {
      await initPagina(); // plantoets_bg.wasm, next to this script
      kern = pagina;
    }
    kern.check(werkfitMaken);
    performance.mark('pt-wasm-klaar');
    return kern;
  } catch (fout) {
    console.error('Plantoets: the checker (plantoets_bg.wasm) could not be loaded.', fout);
    return null;
  }
}

/** The page's language: `?taal=en` asks for English. */
const taalUitAdres = () => (new URLSearchParams(location.search).get('taal') === 'en' ? 'en' : 'nl');

async function start() {
  // Marks for `npm run bench` (cold start): the WebAssembly part is fetch, compile,
  // instantiate and a first check; then the page's own first report.
  performance.mark('pt-wasm-begin');
  const geladen = laadKern(taalUitAdres());
  const zoek = new URLSearchParams(location.search);
  const taal = taalUitAdres();
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
  const container = document.getElementById('plantoets');
  // What the person typed into the build's form before this script ran stays theirs.
  const getypt = leesVooraf(container);
  let checker = null;
  const opties = {
    plantoets: {},
    gegevens,
    taal,
    peildatum,
    opslagSleutel: lokaal ? null : 'plantoets',
    geenConcept: lokaal ? TEKST.geenConceptLokaal : null,
    voorbeeld,
    waarschuwBijVerlaten: true,
    andereKern: () => (ingebouwd ? Promise.reject(new Error('one core')) : laadVolledig()),
    laadUitleg: ingebouwd ? null : laadUitleg,
    bijWijziging: (_plan, report) => {
      // GOV.UK: the title starts with "Fout: " while there are errors.
      const nu = checker?.taal ?? taal;
      // Only once the errors show (after "Controleer het plan" or opening a plan).
      const fout = report !== null && !report.ok && checker?.samenvattingAan;
      // GOV.UK: the page's task, then the service's name.
      document.title = `${fout ? (nu === 'nl' ? 'Fout: ' : 'Error: ') : ''}${TEKST.titel[nu]} – Plantoets`;
      if (document.documentElement.lang !== nu) document.documentElement.lang = nu;
      zetVoet(nu);
    },
  };
  // A first visit offers the choice (a new plan, a plan file, the example) above the example,
  // marked as one; a kept draft (only when the user asked for it) wins.
  const eersteBezoek = (c) => {
    if (!c.conceptGeladen) {
      c.laadVoorbeeld();
      c.toonStart();
    }
    return c;
  };
  // The build's form is what this page makes when it shows the example in Dutch with the
  // draft option (scripts/vooraf.mjs): then the checker takes its elements over (dom.js), and
  // nothing is built or laid out a second time.
  if (kanOvernemen({ taal, lokaal })) {
    checker = neemOver(container, () => eersteBezoek(new Checker({ ...opties, container })));
  }
  if (!checker) {
    // Otherwise (a kept draft, English, the single file from disk, another build's HTML) the
    // live checker is built apart from the page and put in place in one step: the build's
    // form stays on screen meanwhile, and the browser lays the page out once, not per change.
    const apart = document.createElement('div');
    checker = eersteBezoek(new Checker({ ...opties, container: apart }));
    container.replaceChildren(...apart.childNodes);
    checker.container = container;
  }
  zetVooraf(container, getypt);
  performance.mark('pt-formulier');
  window.plantoets = checker; // for the tests and the curious
  const kern = await geladen;
  if (kern) checker.kernKlaar(kern);
  else checker.kernFout();
  performance.mark('pt-eerste-rapport');
}

/**
 * Whether the checker this page makes now is the one in the HTML: the example, in Dutch, with
 * the option of a draft and none kept (a kept draft shows instead of the example).
 */
function kanOvernemen({ taal, lokaal }) {
  if (taal !== 'nl' || lokaal) return false;
  return !new Concept('plantoets').lees();
}

/** The build's form as the person left it: values they changed (by id), and the caret. */
function leesVooraf(container) {
  const velden = [];
  for (const e of container.querySelectorAll('input[id], select[id], textarea[id]')) {
    if (e.type === 'checkbox' || e.type === 'radio') {
      if (e.checked !== e.defaultChecked) velden.push([e.id, { checked: e.checked }]);
    } else if (e.tagName === 'SELECT') {
      // Without an option marked `selected` in the HTML the first one is chosen (the build
      // leaves the mark out where the first is the value): that is no change either.
      const standaard = Math.max(
        0,
        [...e.options].findLastIndex((o) => o.defaultSelected),
      );
      if (e.options.length > 0 && e.selectedIndex !== standaard) velden.push([e.id, { value: e.value }]);
    } else if (e.value !== e.defaultValue) {
      velden.push([e.id, { value: e.value }]);
    }
  }
  const actief = container.contains(document.activeElement) ? document.activeElement : null;
  const caret = actief && typeof actief.selectionStart === 'number' ? [actief.selectionStart, actief.selectionEnd] : null;
  return { velden, actief: actief?.id || null, caret };
}

/** Puts what was typed into the live form, as if typed there (so it is read and checked). */
function zetVooraf(container, { velden, actief, caret }) {
  for (const [id, staat] of velden) {
    const e = container.querySelector(`#${CSS.escape(id)}`);
    if (!e) continue;
    if ('checked' in staat) e.checked = staat.checked;
    else e.value = staat.value;
    e.dispatchEvent(new Event('input', { bubbles: true }));
    e.dispatchEvent(new Event('change', { bubbles: true }));
  }
  const e = actief ? container.querySelector(`#${CSS.escape(actief)}`) : null;
  if (!e) return;
  // A field taken over (dom.js) has kept the focus, but the form has not seen it come: it is
  // told, as a newly focused field would tell it (a field being typed in stays quiet until left).
  if (document.activeElement === e) e.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
  else e.focus({ preventScroll: true });
  if (caret) e.setSelectionRange?.(...caret);
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
