// <plan-toets>: the whole checker in one tag, inside Shadow DOM.
//
//   <script type="module" src="plantoets-inbouwen.js"></script>
//   <plan-toets lang="nl"></plan-toets>
//
// Attributes: lang ("nl" | "en"), negeer (codes or groups not to check: "I10, S"), peildatum (YYYY-MM-DD; default, and when not a real date: today), wasm-url (where
// plantoets_bg.wasm is; default next to this script). Property: plan (get/set), report.
// Event: plantoets-change { detail: { plan, report } } on every change, bubbling out of the
// shadow root. Styling: the CSS custom properties --pt-* (see www/stijl.css), set on the tag.
import { catalogus, check, diensten, schema } from '../../pkg/plantoets.js';
import { element } from '../js/dom.js';
import { Checker, leesNegeer } from '../js/checker.js';
import { laadKern } from './kern.js';
import css from '../stijl.css';

let stijl = null;
function stijlblad() {
  // A constructed stylesheet: shared by every instance, and not an inline <style>, so a
  // host's Content-Security-Policy does not have to allow inline styles for us.
  if (!stijl) {
    stijl = new CSSStyleSheet();
    stijl.replaceSync(`${css}\n:host { display: block; }`);
  }
  return stijl;
}

export class PlanToetsElement extends HTMLElement {
  static observedAttributes = ['lang', 'peildatum', 'negeer'];
  #checker = null;
  #plan = undefined;
  #gereed = null;

  connectedCallback() {
    if (this.shadowRoot) return;
    const root = this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [stijlblad()];
    const container = document.createElement('div');
    root.append(container);
    const gereed = laadKern(this.getAttribute('wasm-url'))
      .then(() => this.#start(container))
      .catch((fout) => {
        this.#toonLaadfout(container, fout);
        throw fout;
      });
    // `gereed` rejects for a host that awaits it; one that does not gets no unhandled rejection.
    gereed.catch(() => {});
    this.#gereed = gereed;
  }

  #start(container) {
    this.#checker = new Checker({
      container,
      plantoets: { check, diensten, catalogus, schema },
      taal: this.taal,
      // Checker falls back to today when this is not a real date (2025-13-45).
      peildatum: this.getAttribute('peildatum'),
      negeer: this.getAttribute('negeer') ?? '',
      bijWijziging: (plan, report) => {
        this.dispatchEvent(new CustomEvent('plantoets-change', { detail: { plan, report }, bubbles: true, composed: true }));
      },
    });
    if (this.#plan !== undefined) this.#checker.plan = this.#plan;
    this.dispatchEvent(new CustomEvent('plantoets-gereed', { bubbles: true, composed: true }));
  }

  /** Says in the component that the core could not be loaded, and why (as text). */
  #toonLaadfout(container, fout) {
    const nl = this.taal === 'nl';
    const zin = nl
      ? 'Plantoets kon de controle niet laden: plantoets_bg.wasm is niet gevonden of is geen WebAssembly (zie wasm-url).'
      : 'Plantoets could not load the checker: plantoets_bg.wasm was not found or is not WebAssembly (see wasm-url).';
    container.replaceChildren(element(document, 'p', { class: 'laadfout', role: 'alert' }, zin, element(document, 'br'), String(fout?.message ?? fout)));
  }

  /** Resolves when the checker is ready; rejects, with the reason shown in the component, when the core cannot be loaded. */
  get gereed() {
    return this.#gereed ?? Promise.resolve();
  }

  get taal() {
    return this.getAttribute('lang') === 'en' ? 'en' : 'nl';
  }

  get plan() {
    return this.#checker ? this.#checker.plan : (this.#plan ?? null);
  }

  set plan(plan) {
    this.#plan = plan;
    if (this.#checker) this.#checker.plan = plan;
  }

  get report() {
    return this.#checker?.report ?? null;
  }

  attributeChangedCallback(naam, oud, nieuw) {
    if (!this.#checker || oud === nieuw) return;
    if (naam === 'lang') this.#checker.zetTaal(this.taal);
    if (naam === 'negeer') {
      this.#checker.negeer = leesNegeer(nieuw ?? '');
      this.#checker.controleer();
    }
    if (naam === 'peildatum') {
      this.#checker.vasteP = nieuw;
      this.#checker.controleer();
    }
  }
}

if (!customElements.get('plan-toets')) customElements.define('plan-toets', PlanToetsElement);
