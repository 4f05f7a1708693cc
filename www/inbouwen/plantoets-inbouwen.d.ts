// Types of plantoets-inbouwen.js: the <plan-toets> element and attach().
import type { Plan, Report, Taal, Datum } from './plantoets.js';
export type { Plan, Report, Taal, Datum } from './plantoets.js';

/** The detail of the `plantoets-change` event. */
export interface PlanToetsChange {
  plan: Plan;
  report: Report;
}

/**
 * `<plan-toets lang="nl" peildatum="2025-03-20" negeer="I10, S" wasm-url="/assets/plantoets_bg.wasm">`
 * Styled through the CSS custom properties --pt-font, --pt-tekst, --pt-zacht,
 * --pt-achtergrond, --pt-vlak, --pt-rand, --pt-accent, --pt-accent-tekst, --pt-focus,
 * --pt-fout, --pt-waarschuwing, --pt-info, --pt-ruimte, --pt-straal, --pt-balk-1..4.
 */
export declare class PlanToetsElement extends HTMLElement {
  /** The plan in the form; setting it fills the form and checks it. */
  plan: Plan | null;
  /** The latest report, or null before the first check. */
  readonly report: Report | null;
  /** Resolves when the checker is ready (the WebAssembly loaded); rejects when it cannot be loaded (the component then says so). */
  readonly gereed: Promise<void>;
  readonly taal: Taal;
}

/** Options of attach(). */
export interface AttachOptions {
  /** An element of the host's that receives the summary of problems (its content is restored on detach). */
  samenvatting?: HTMLElement | null;
  taal?: Taal;
  /** "Today" for the deadline rules; default, and for a date that does not exist, today. */
  peildatum?: Datum | null;
  /** Where plantoets_bg.wasm is; default next to the script. */
  wasmUrl?: string | URL;
  /** Codes or whole groups not to check (the core's `negeer` option): "I10, S" or ["I10", "S"]; the report lists them in regelset.genegeerd. */
  negeer?: string | string[];
  /** Called after every check. */
  bijWijziging?: (plan: Plan, report: Report) => void;
}

/** The handle attach() resolves to. */
export interface AttachHandle {
  /** Checks the form now and returns the report. */
  check(): Report;
  /** The plan as read from the form. */
  plan(): Plan;
  /** Removes listeners, validity messages and marks: the form is as it was. */
  detach(): void;
  readonly report: Report | null;
}

/**
 * Binds the checker to a form whose fields are named by JSON Pointer (name="/client/visie").
 * Rejects when the core cannot be loaded. A field whose row lies past the most rows a plan
 * may have (500) is not read; it gets a validity message instead.
 */
export declare function attach(form: HTMLFormElement, options?: AttachOptions): Promise<AttachHandle>;

/** Starts loading the WebAssembly core once (both APIs do this themselves). */
export declare function laadKern(url?: string | URL | null): Promise<unknown>;

declare global {
  interface HTMLElementTagNameMap {
    'plan-toets': PlanToetsElement;
  }
  interface HTMLElementEventMap {
    'plantoets-change': CustomEvent<PlanToetsChange>;
  }
}
