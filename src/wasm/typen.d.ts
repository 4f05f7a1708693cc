// ---- Plantoets: the public contract (SPEC §3–§5) ------------------------------------
// Written once here and tested against what the Rust core really produces
// (test/typen.test.mjs type-checks every example report, catalogue and service table).

/** A date written "YYYY-MM-DD". */
export type Datum = string;
export type Taal = "nl" | "en";
export type DienstCode =
  | "participatie-interventie"
  | "bevorderen-maatschappelijke-deelname"
  | "begeleiding-bij-scholing"
  | "werkfit-maken"
  | "naar-werk"
  | "praktijkassessment"
  | "werkbehoud-loondienst"
  | "werkbehoud-zelfstandige";
export type Soort = "initieel" | "bijstelling";
export type Uitkering = "AG" | "ZW" | "WW" | "IVA" | "WAJONG-DGA";
export type Vorm = "individueel" | "groep";
export type Hoofdactiviteit = "werknemersvaardigheden" | "persoonlijke-effectiviteit" | "arbeidsmarktpositie";
export type Onderdeel = "assessment" | "praktijkobservatie";

/** A choice field: one of its values, or empty. */
export type Keuze<T extends string> = T | "" | null;

/** A draft Re-integratieplan (SPEC §3). Every field may be absent, `null`, or (texts) "". */
export interface Plan {
  dienst?: Keuze<DienstCode>;
  soort?: Keuze<Soort>;
  ordernummer?: string | null;
  uwvContactpersoon?: string | null;
  opdrachtnemer?: {
    naam?: string | null;
    contactpersoon?: string | null;
    telefoon?: string | null;
    email?: string | null;
  } | null;
  client?: {
    naam?: string | null;
    /** 9 digits, checked with the elfproef (I09). */
    bsn?: string | null;
    uitkering?: Keuze<Uitkering>;
    /** Participatieladder 1..6 (§2.1). */
    trede?: number | null;
    startsituatie?: string | null;
    visie?: string | null;
    belastbaarheid?: string | null;
    voorGezienGetekend?: boolean | null;
  } | null;
  datums?: {
    opdracht?: Datum | null;
    /** (Planned) submission; after an afkeuring: the re-submission. */
    indiening?: Datum | null;
    afkeuring?: Datum | null;
    akkoord?: Datum | null;
    inkooporder?: Datum | null;
    /** Naar werk: planned resumption; Werkbehoud: the date the client started work. */
    werkhervatting?: Datum | null;
  } | null;
  /** Maximale individuele doorlooptijd, in months. */
  doorlooptijdMaanden?: number | null;
  werkplan?: {
    uren?: number | null;
    doorlooptijdMaanden?: number | null;
    hoofdactiviteiten?: Keuze<Hoofdactiviteit>[] | null;
  } | null;
  onderbouwingAfwijking?: string | null;
  uitzonderingUwv?: boolean | null;
  beoogdResultaat?: string | null;
  afspraken?: string | null;
  verwijzingen?: string | null;
  administratieUren?: number | null;
  scholing?: { start?: Datum | null; eind?: Datum | null; getoetst?: boolean | null } | null;
  werkbehoud?: { eerdereInzet?: number | null } | null;
  bijstelling?: {
    eerdereSubstantieel?: number | null;
    vorigeDoorlooptijdMaanden?: number | null;
    vorigeUren?: number | null;
  } | null;
  activiteiten?: Activiteit[] | null;
  mijlpalen?: Mijlpaal[] | null;
}

export interface Activiteit {
  omschrijving?: string | null;
  hoofdactiviteit?: Keuze<Hoofdactiviteit>;
  onderdeel?: Keuze<Onderdeel>;
  vorm?: Keuze<Vorm>;
  /** Group size including the client. */
  deelnemers?: number | null;
  sessies?: number | null;
  minutenPerSessie?: number | null;
  doel?: string | null;
  resultaat?: string | null;
  start?: Datum | null;
  eind?: Datum | null;
  /** A deviating (specialist) hourly tariff in euro cents (§4.4.2). */
  uurtariefCent?: number | null;
}

export interface Mijlpaal {
  datum?: Datum | null;
  omschrijving?: string | null;
}

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
}

export type Ernst = "fout" | "waarschuwing" | "info";
export type Code =
  | "I01" | "I02" | "I03" | "I04" | "I05" | "I06" | "I07" | "I08" | "I09"
  | "C01" | "C02" | "C03" | "C04" | "C05" | "C06" | "C07" | "C08" | "C09" | "C10" | "C11"
  | "U01" | "U02" | "U03" | "U04" | "U05" | "U06" | "U07" | "U08" | "U09"
  | "D01" | "D02" | "D03" | "D04" | "D05" | "D06" | "D07" | "D08" | "D09"
  | "T01" | "T02" | "T03" | "T04"
  | "S01" | "S02" | "S03" | "S04" | "S05" | "S06" | "S07" | "S08" | "S09" | "S10" | "S11" | "S12" | "S13" | "S14" | "S15" | "S16"
  | "P01" | "P02" | "P03";

export interface Bevinding {
  code: Code;
  ernst: Ernst;
  /** JSON Pointer (RFC 6901) into the plan; "" for the plan as a whole. */
  pad: string;
  /** One sentence in the requested language. */
  bericht: string;
  /** The paragraph of the Overzicht, e.g. "§3.6 Tabel III". */
  bron: string;
}

/** The result of a check (SPEC §4). Hours are rounded half-up to two decimals. */
export interface Report {
  /** True when no finding is a "fout". */
  ok: boolean;
  regelset: { versie: string; geldigVanaf: Datum };
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
    regels: Prijsregel[];
    /** Excluding VAT; null when no price can be computed (P02, P03). */
    totaalCent: number | null;
    vastePrijs: boolean;
  };
}

export interface Prijsregel {
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
/** The services with their numbers (Tabel III, Tabel IV, §4.8). */
export function diensten(): DienstInfo[];
/** Every rule with its code, severity, source and explanation in Dutch and English. */
export function catalogus(): Regel[];
/** A JSON Schema of the plan. */
export function schema(): JsonSchema;
