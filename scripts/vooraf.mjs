// Build time: what the page can know before its core has loaded.
//   kernGegevens()   the core's schema(), diensten() and catalogus(), asked once, in Node
//   formulierHtml()  the checker as its first paint shows it (the form with the example and
//                    the first visit's choice), rendered by the page's own code in linkedom
// The page's HTML then arrives with the form in it; app.js takes it over (keeping anything
// typed into it) and the core checks once it has loaded. The HTML says where each element
// the code made is, in the order it made them (www/js/dom.js), so that the page, running the
// same code in the same state, can take these very elements instead of making new ones.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The core's fixed answers for the page: the same functions the page would call, asked now. */
export async function kernGegevens() {
  const kern = await import(join(root, 'pkg', 'plantoets.js'));
  kern.initSync({ module: readFileSync(join(root, 'pkg', 'plantoets_bg.wasm')) });
  return { schema: kern.schema(), diensten: kern.diensten(), catalogus: kern.catalogus() };
}

/** The page's example plan (www/js/app.js shows the same one). */
export function voorbeeldPlan() {
  const plan = JSON.parse(readFileSync(join(root, 'examples', 'werkfit-maken.json'), 'utf8'));
  return { ...plan, client: { ...plan.client, naam: 'J. Voorbeeld' } };
}

/** The checker's HTML before its core is there, in Dutch. */
export async function formulierHtml(gegevens) {
  const { document } = parseHTML('<!doctype html><html lang="nl"><body><div id="plantoets"></div></body></html>');
  const { Checker } = await import(join(root, 'www', 'js', 'checker.js'));
  const { leg } = await import(join(root, 'www', 'js', 'dom.js'));
  leerSelectKiezen(document);
  const container = document.getElementById('plantoets');
  // As the page makes it on a first visit (www/js/app.js): the same options that change what
  // is made (the draft option, with none kept: Node has no localStorage), the example, then
  // the first visit's choice.
  leg(container, () => {
    const checker = new Checker({
      container,
      plantoets: {},
      gegevens: { schema: gegevens.schema, diensten: gegevens.diensten },
      opslagSleutel: 'plantoets',
      voorbeeld: voorbeeldPlan(),
    });
    checker.laadVoorbeeld();
    checker.toonStart();
  });
  // What the user would see is the elements' state; HTML carries it as attributes.
  for (const e of container.querySelectorAll('input[type=checkbox], input[type=radio]')) e.toggleAttribute('checked', e.checked);
  return container.innerHTML;
}

/** linkedom's <select> has no value setter: choosing an option is marking it `selected`. */
function leerSelectKiezen(document) {
  const proto = Object.getPrototypeOf(document.createElement('select'));
  Object.defineProperty(proto, 'value', {
    configurable: true,
    get() {
      const opties = [...this.querySelectorAll('option')];
      return (opties.find((o) => o.hasAttribute('selected')) ?? opties[0])?.getAttribute('value') ?? '';
    },
    set(waarde) {
      for (const o of this.querySelectorAll('option')) o.toggleAttribute('selected', o.getAttribute('value') === String(waarde));
    },
  });
}
