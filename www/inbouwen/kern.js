// Loads the WebAssembly core once per page, from a URL the host may choose.
//
// A load that fails is not kept (issue 14, item 7): a wasm-url to a 404 or an HTML page, or
// one that is no URL at all ("http://["), rejects the promise of that caller, and the next
// caller tries again with its own URL. A load that succeeded serves every later caller.
import init from '../../pkg/plantoets.js';

let kern = null;

/** Loads the core (once it succeeds); `url` defaults to plantoets_bg.wasm next to the script. */
export function laadKern(url) {
  const vorige = kern;
  const deze = (async () => {
    if (vorige) {
      try {
        return await vorige;
      } catch {
        // It failed for its caller; try with ours.
      }
    }
    // new URL() throws on "http://[": inside this async function that is a rejection.
    return init(url ? { module_or_path: new URL(url, document.baseURI) } : undefined);
  })();
  kern = deze;
  deze.catch(() => {
    if (kern === deze) kern = null;
  });
  return deze;
}
