// Loads the WebAssembly core once per page, from a URL the host may choose.
import init from '../../pkg/plantoets.js';

let kern = null;

/** Starts loading the core (once); `url` defaults to plantoets_bg.wasm next to the script. */
export function laadKern(url) {
  if (!kern) kern = init(url ? { module_or_path: new URL(url, document.baseURI) } : undefined);
  return kern;
}
