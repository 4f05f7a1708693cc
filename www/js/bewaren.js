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
  setTimeout(() => URL.revokeObjectURL(url), 1000);
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

/** Reads a chosen file: the plan object, or null when it is not a JSON object. */
export async function leesBestand(bestand) {
  try {
    const plan = JSON.parse(await bestand.text());
    return plan !== null && typeof plan === 'object' && !Array.isArray(plan) ? plan : null;
  } catch {
    return null;
  }
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
      return null; // blocked (file://, privacy settings)
    }
  }
  get aan() {
    try {
      return this.opslag?.getItem(`${this.sleutel}.aan`) === '1';
    } catch {
      return false;
    }
  }
  zetAan(aan, plan) {
    try {
      if (aan) {
        this.opslag?.setItem(`${this.sleutel}.aan`, '1');
        this.bewaar(plan);
      } else {
        this.opslag?.removeItem(`${this.sleutel}.aan`);
        this.opslag?.removeItem(`${this.sleutel}.plan`);
      }
    } catch {
      /* storage full or blocked: the draft is simply not kept */
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
  lees() {
    if (!this.aan) return null;
    try {
      const t = this.opslag?.getItem(`${this.sleutel}.plan`);
      return t ? JSON.parse(t) : null;
    } catch {
      return null;
    }
  }
}
