// ---- The plan (SPEC §3), generated from src/plan/velden.rs by tests/typen.rs -------
// Do not edit: change the declaration and run PLANTOETS_SCHRIJF=1 cargo test --test typen.

/** A date written "YYYY-MM-DD". */
export type Datum = string;
/** A choice field: one of its values, or empty. */
export type Keuze<T extends string> = T | "" | null;
export type DienstCode = "participatie-interventie" | "bevorderen-maatschappelijke-deelname" | "begeleiding-bij-scholing" | "werkfit-maken" | "naar-werk" | "praktijkassessment" | "werkbehoud-loondienst" | "werkbehoud-zelfstandige";
export type Soort = "initieel" | "bijstelling";
export type Uitkering = "AG" | "ZW" | "WW" | "IVA" | "WAJONG-DGA";
export type Vorm = "individueel" | "groep";
export type Hoofdactiviteit = "werknemersvaardigheden" | "persoonlijke-effectiviteit" | "arbeidsmarktpositie";
export type Onderdeel = "assessment" | "praktijkobservatie";

/** A draft Re-integratieplan. Every field may be absent, `null`, or (texts) "". */
export interface Plan {
  /** Re-integratiedienst — Re-integration service */
  dienst?: Keuze<DienstCode>;
  /** Soort plan — Kind of plan */
  soort?: Keuze<Soort>;
  /** Ordernummer van UWV — UWV order number */
  ordernummer?: string | null;
  /** Contactpersoon bij UWV — Contact person at UWV */
  uwvContactpersoon?: string | null;
  /** Re-integratiebedrijf — Re-integration company */
  opdrachtnemer?: Opdrachtnemer | null;
  /** Cliënt — Client */
  client?: Client | null;
  /** Datums — Dates */
  datums?: Datums | null;
  /** Maximale individuele doorlooptijd (maanden) — Maximum individual duration (months) */
  doorlooptijdMaanden?: number | null;
  /** Werkplan van UWV — UWV’s Werkplan */
  werkplan?: Werkplan | null;
  /** Onderbouwing van afwijkingen van het Werkplan — Justification of deviations from the Werkplan */
  onderbouwingAfwijking?: string | null;
  /** UWV stemde in met het uitzonderlijke maximum — UWV agreed to the exceptional maximum */
  uitzonderingUwv?: boolean | null;
  /** Beoogd resultaat — Intended result */
  beoogdResultaat?: string | null;
  /** Afspraken: rechten en plichten — Agreements: rights and duties */
  afspraken?: string | null;
  /** Verwijzingen naar andere instanties — Referrals to other agencies */
  verwijzingen?: string | null;
  /** Administratie-uren — Administration hours */
  administratieUren?: number | null;
  /** Scholing — Training */
  scholing?: Scholing | null;
  /** Werkbehoud — Job retention */
  werkbehoud?: Werkbehoud | null;
  /** Bijstelling — Adjustment */
  bijstelling?: Bijstelling | null;
  /** Activiteiten — Activities */
  activiteiten?: Activiteit[] | null;
  /** Mijlpalen — Milestones */
  mijlpalen?: Mijlpaal[] | null;
  /** Toelichtingen — Explanations */
  toelichtingen?: Toelichting[] | null;
}

export interface Opdrachtnemer {
  /** Naam re-integratiebedrijf — Name of the re-integration company */
  naam?: string | null;
  /** Contactpersoon bij het bedrijf — Contact person at the company */
  contactpersoon?: string | null;
  /** Telefoonnummer — Phone number */
  telefoon?: string | null;
  /** E-mailadres — E-mail address */
  email?: string | null;
}

export interface Client {
  /** Naam cliënt (voorletters en achternaam) — Client’s name (initials and surname) */
  naam?: string | null;
  /** BSN van de cliënt — Client’s BSN */
  bsn?: string | null;
  /** Uitkering — Benefit */
  uitkering?: Keuze<Uitkering>;
  /** Trede op de participatieladder — Step on the participation ladder */
  trede?: number | null;
  /** Startsituatie — Starting situation */
  startsituatie?: string | null;
  /** Visie van de cliënt — The client’s own view */
  visie?: string | null;
  /** Belastbaarheid en leefsituatie — Capacity and life situation */
  belastbaarheid?: string | null;
  /** Voor gezien getekend door de cliënt — Signed ‘voor gezien’ by the client */
  voorGezienGetekend?: boolean | null;
}

export interface Datums {
  /** Datum van de Opdracht — Date of the Opdracht */
  opdracht?: Datum | null;
  /** Indiening bij UWV — Submission to UWV */
  indiening?: Datum | null;
  /** Afkeuring door UWV — Rejection by UWV */
  afkeuring?: Datum | null;
  /** Akkoord van UWV — Approval by UWV */
  akkoord?: Datum | null;
  /** Datum Inkooporder — Date of the Inkooporder */
  inkooporder?: Datum | null;
  /** Werkhervatting — Resumption of work */
  werkhervatting?: Datum | null;
}

export interface Werkplan {
  /** Uren volgens het Werkplan — Hours in the Werkplan */
  uren?: number | null;
  /** Doorlooptijd volgens het Werkplan (maanden) — Duration in the Werkplan (months) */
  doorlooptijdMaanden?: number | null;
  /** Hoofdactiviteiten volgens het Werkplan — Main activities in the Werkplan */
  hoofdactiviteiten?: Keuze<Hoofdactiviteit>[] | null;
}

export interface Scholing {
  /** Start van de scholing — Start of the training */
  start?: Datum | null;
  /** Einde van de scholing — End of the training */
  eind?: Datum | null;
  /** Getoetst aan de Beleidsregels Scholing — Tested against the Beleidsregels Scholing */
  getoetst?: boolean | null;
}

export interface Werkbehoud {
  /** Eerder ingezet voor deze werkhervatting (keer) — Used before for this resumption of work (times) */
  eerdereInzet?: number | null;
}

export interface Bijstelling {
  /** Eerdere substantiële bijstellingen — Earlier substantial adjustments */
  eerdereSubstantieel?: number | null;
  /** Goedgekeurde doorlooptijd (maanden) — Approved duration (months) */
  vorigeDoorlooptijdMaanden?: number | null;
  /** Goedgekeurde uren — Approved hours */
  vorigeUren?: number | null;
}

export interface Activiteit {
  /** Omschrijving — Description */
  omschrijving?: string | null;
  /** Hoofdactiviteit — Main activity */
  hoofdactiviteit?: Keuze<Hoofdactiviteit>;
  /** Onderdeel — Part */
  onderdeel?: Keuze<Onderdeel>;
  /** Vorm — Form */
  vorm?: Keuze<Vorm>;
  /** Aantal deelnemers (met de cliënt) — Number of participants (with the client) */
  deelnemers?: number | null;
  /** Aantal sessies — Number of sessions */
  sessies?: number | null;
  /** Minuten per sessie — Minutes per session */
  minutenPerSessie?: number | null;
  /** Doel — Goal */
  doel?: string | null;
  /** Meetbaar resultaat — Measurable result */
  resultaat?: string | null;
  /** Startdatum — Start date */
  start?: Datum | null;
  /** Einddatum — End date */
  eind?: Datum | null;
  /** Afwijkend uurtarief — Deviating hourly rate */
  uurtariefCent?: number | null;
}

export interface Mijlpaal {
  /** Datum — Date */
  datum?: Datum | null;
  /** Wat is dan bereikt — What is reached by then */
  omschrijving?: string | null;
}

export interface Toelichting {
  /** Code van de bevinding — Code of the finding */
  code?: string | null;
  /** Veld van de bevinding — Field of the finding */
  pad?: string | null;
  /** Toelichting — Explanation */
  tekst?: string | null;
}
