// ---- Plantoets: the public contract (SPEC §3–§5) ------------------------------------
// The plan's types are generated from its declaration (plan.d.ts, above); these are written
// once here and type-checked against what the Rust core really produces
// (tests/js/typen.test.mjs type-checks every example report, catalogue and service table).

export type Taal = "nl" | "en";

/** Options of a check (SPEC §3). */
export interface Options {
  /** "Today" for the deadline rules; default: today in the user's time zone. */
  peildatum?: Datum;
  /** Language of the messages; default "nl". */
  taal?: Taal;
  tarieven?: {
    /** Wins over the bundled € 86,00. */
    uurtariefCent?: number;
    /** The fixed price of a Praktijkassessment (not bundled). */
    vastePrijsPraktijkassessmentCent?: number;
  };
  /** (v2) Codes ("I10") or whole groups ("S") not to check; I01–I08 are always checked. */
  negeer?: string[];
}

export type Ernst = "fout" | "waarschuwing" | "info";
export type Code =
  | "I01" | "I02" | "I03" | "I04" | "I05" | "I06" | "I07" | "I08" | "I09" | "I10" | "I11" | "I12"
  | "C01" | "C02" | "C03" | "C04" | "C05" | "C06" | "C07" | "C08" | "C09" | "C10" | "C11"
  | "U01" | "U02" | "U03" | "U04" | "U05" | "U06" | "U07" | "U08" | "U09" | "U10"
  | "D01" | "D02" | "D03" | "D04" | "D05" | "D06" | "D07" | "D08" | "D09"
  | "T01" | "T02" | "T03" | "T04"
  | "S01" | "S02" | "S03" | "S04" | "S05" | "S06" | "S07" | "S08" | "S09" | "S10" | "S11" | "S12" | "S13" | "S14" | "S15" | "S16"
  | "P01" | "P02" | "P03";

/**
 * A fact a message was made from: a number, a date ("YYYY-MM-DD"), a named value's code, or
 * a list of them (`gevonden`: the words that triggered a text rule). The same name means
 * the same thing in every rule; `catalogus()` lists each rule's names.
 */
export type Feit = number | string | boolean | string[];

export interface Bevinding {
  code: Code;
  /** A waarschuwing answered by a toelichting is "info". */
  ernst: Ernst;
  /** JSON Pointer (RFC 6901) into the plan; "" for the plan as a whole (or the options). */
  pad: string;
  /** (v2) The field's label in the requested language, e.g. "Activiteit 3: aantal sessies". */
  veld: string;
  /** For people: what is wrong and what to do, in the requested language. */
  bericht: string;
  /** The paragraph of the Overzicht, e.g. "§3.6 Tabel III"; for input rules, what the input should be. */
  bron: string;
  /** (v2) The facts the message was made from, e.g. { totaal: 56, maximum: 41, teVeel: 15 }. */
  feiten: Record<string, Feit>;
  /** (v2) The writer's toelichting when one answers this finding (then ernst is "info"). */
  toelichting: string | null;
}

/** The result of a check (SPEC §4). Hours are rounded half-up to two decimals. */
export interface Report {
  /** True when no finding is a "fout". */
  ok: boolean;
  /** (v2) ok, and nothing a submitted plan needs is missing (no I10). */
  indienbaar: boolean;
  /** The version of the Overzicht the plan was checked against, and what was not checked. */
  regelset: { versie: string; geldigVanaf: Datum; genegeerd: Code[] };
  /** In document order of `pad`, then by code. */
  bevindingen: Bevinding[];
  uren: {
    /** Per activity, in input order; null where the hours cannot be computed. */
    activiteiten: (number | null)[];
    administratie: number | null;
    totaal: number | null;
    /** null for Praktijkassessment or an unknown service. */
    maximum: number | null;
    verhoogdMaximum: number | null;
    /** Against the maximum that applies; negative when over. */
    resterend: number | null;
  };
  termijnen: {
    indienenUiterlijk: Datum | null;
    oordeelUwvUiterlijk: Datum | null;
    herindienenUiterlijk: Datum | null;
    start: Datum | null;
    startGeschat: boolean;
    eindeDoorlooptijd: Datum | null;
    evaluatiemoment: Datum | null;
    werkhervattingUiterlijk: Datum | null;
    eindrapportageUiterlijk: Datum | null;
  };
  prijs: {
    uurtariefCent: number | null;
    tariefBron: string | null;
    regels: Prijspost[];
    /** Excluding VAT; null when no price can be computed (P02, P03). */
    totaalCent: number | null;
    vastePrijs: boolean;
  };
}

/** One line of the price: an activity, the administration, or the fixed price. */
export interface Prijspost {
  omschrijving: string;
  uren: number | null;
  tariefCent: number | null;
  bedragCent: number;
}

export interface Taalpaar {
  nl: string;
  en: string;
}

/** How a service limits its hours (§3.6 Tabel III). */
export type Urenregel =
  | { soort: "maximum"; maximum: number; verhoogdMaximum: number | null }
  | { soort: "perWeek"; urenPerWeek: number; maximumPerJaar: number }
  | { soort: "vastePrijs" };

/** One service of SPEC §1 with its numbers (Tabel III, Tabel IV, §4.8). */
export interface DienstInfo {
  dienst: DienstCode;
  naam: Taalpaar;
  /** The version of the Overzicht these numbers are from. */
  versie: string;
  perceel: number;
  paragraaf: string;
  uren: Urenregel;
  maxAdministratieUren: number;
  maxDoorlooptijdMaanden: number;
  werkhervattingNaMaanden: number | null;
  eindrapportageDagen: number;
  heeftPlan: boolean;
  /** Werkfit maken: its three main activities with their names (Tabel II). */
  hoofdactiviteiten: { code: Hoofdactiviteit; naam: Taalpaar }[];
  /** Praktijkassessment: its two parts with their names (§3.4). */
  onderdelen: { code: Onderdeel; naam: Taalpaar }[];
  bronUren: string;
  bronDoorlooptijd: string;
}

/** A rule of the catalogue (SPEC §6) with its explanation. */
export interface Regel {
  code: Code;
  /** The severities it can have (two for the F/W and F/I rules). */
  ernst: Ernst[];
  bron: string;
  titel: Taalpaar;
  waarom: Taalpaar;
  voorbeeld: Taalpaar;
  /** Where we chose a reading of the source. */
  lezing: Taalpaar | null;
  /** (v2) The names of the facts its findings carry. */
  feiten: string[];
}

/** A JSON Schema (draft-07) of the plan. */
export interface JsonSchema {
  $schema?: string;
  $id?: string;
  title?: string;
  description?: string;
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  enum?: (string | null)[];
  [keyword: string]: unknown;
}

/**
 * Checks a plan: a plan object, or its JSON text. Never throws: whatever it is given
 * (undefined, a number, a cyclic object, 10 MB of text…) becomes I-findings.
 */
export function check(plan: Plan | string, options?: Options): Report;
/**
 * The services with their numbers (Tabel III, Tabel IV, §4.8) in the version of the
 * Overzicht that holds on a date (the Opdracht's, "YYYY-MM-DD"); the newest without one.
 */
export function diensten(datum?: Datum): DienstInfo[];
/** Every rule with its code, severity, source and explanation in Dutch and English. */
export function catalogus(): Regel[];
/**
 * A JSON Schema of the plan, with each field's label as `title` (nl) and `x-titel` ({nl, en}),
 * the names of allowed values as `x-namen`, and the part of the form as `x-groep`.
 */
export function schema(): JsonSchema;
