// Keeping a plan: as a file the user owns (export and import), and, only when the user
// turns it on, as a draft in this browser. Plans hold health and benefit data, so the
// default is to keep nothing; nothing ever leaves the machine.

/** Offers the plan as a JSON file to save (a download from memory: no network). */
export function exporteer(doc, plan) {
  const tekst = `${JSON.stringify(plan, null, 2)}\n`;
  const url = URL.createObjectURL(new Blob([tekst], { type: 'application/json' }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = bestandsnaam(plan);
  a.hidden = true;
  (doc.body ?? doc.documentElement).append(a);
  a.click();
  a.remove();
  // The browser reads the blob only once the download starts; on a busy machine that can
  // take seconds, so the address lives for a minute (a plan is a few kilobytes).
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return tekst;
}

export function bestandsnaam(plan) {
  const deel = (s) =>
    String(s)
      .replace(/[^A-Za-z0-9_-]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40);
  const naam = [plan?.ordernummer, plan?.dienst]
    .filter((s) => typeof s === 'string' && s.trim())
    .map(deel)
    .join('-');
  return `re-integratieplan${naam ? `-${naam}` : ''}.json`;
}

/** A file larger than this is not a plan (the core reads at most 16 MB). */
export const MAX_BESTAND_BYTES = 16 * 1024 * 1024;

/**
 * Reads a chosen file: { plan } with the parsed object, or { fout } naming the text of
 * tekst.js that says why it is not a plan. Never throws. How deep and how large the plan
 * is, is judged when the form takes it in (plankopie.js).
 */
export async function leesBestand(bestand) {
  if (bestand.size > MAX_BESTAND_BYTES) return { fout: 'teGrootBestand' };
  let plan;
  try {
    plan = JSON.parse(await bestand.text());
  } catch {
    return { fout: 'geenJsonBestand' };
  }
  return plan !== null && typeof plan === 'object' && !Array.isArray(plan) ? { plan } : { fout: 'geenPlanBestand' };
}

/** A draft in localStorage under a key, only while the user wants it. Never throws. */
export class Concept {
  constructor(sleutel) {
    this.sleutel = sleutel;
  }
  get opslag() {
    try {
      return globalThis.localStorage ?? null;
    } catch {
      return null; // blocked (privacy settings)
    }
  }
  get aan() {
    try {
      return this.opslag?.getItem(`${this.sleutel}.aan`) === '1';
    } catch {
      return false;
    }
  }
  /** Turning it off removes the draft first, before anything else can go wrong. */
  zetAan(aan, plan = () => null) {
    if (!aan) {
      this.verwijder();
      return;
    }
    try {
      this.opslag?.setItem(`${this.sleutel}.aan`, '1');
    } catch {
      /* storage full or blocked: the draft is simply not kept */
    }
    this.bewaar(plan());
  }
  verwijder() {
    for (const deel of ['plan', 'aan']) {
      try {
        this.opslag?.removeItem(`${this.sleutel}.${deel}`);
      } catch {
        /* blocked: there is nothing we can remove */
      }
    }
  }
  bewaar(plan) {
    if (!this.aan) return;
    try {
      this.opslag?.setItem(`${this.sleutel}.plan`, JSON.stringify(plan));
    } catch {
      /* as above */
    }
  }
  /** { plan } when a draft is kept and parses, { fout: true } when it does not, else null. */
  lees() {
    if (!this.aan) return null;
    let t;
    try {
      t = this.opslag?.getItem(`${this.sleutel}.plan`);
    } catch {
      return null;
    }
    if (!t) return null;
    try {
      return { plan: JSON.parse(t) };
    } catch {
      return { fout: true };
    }
  }
}
