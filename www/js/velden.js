// The form, as data: sections and fields in the order of a Re-integratieplan (SPEC §3),
// each with its JSON Pointer, its kind of input, its help text (nl/en) and when it applies.
// Only what the core's schema() cannot give is here: the grouping into sections, the
// order, the kind of input and the help texts. Every label, section title of a part of the
// plan and option name comes from schema() (x-titel, x-namen), the same words as a
// finding's `veld`; the services and main activities from diensten(). Whether a field
// applies comes from the core's service table, never from numbers here.

/** A text in both languages. */
export const t = (nl, en) => ({ nl, en });

/** What the visibility rules see. */
// ctx = { info: DienstInfo | null, soort: 'initieel' | 'bijstelling', plan: boolean }

const heeftPlan = (c) => !c.info || c.info.heeftPlan;
const alleenWerkbehoud = (c) => !!c.info && !c.info.heeftPlan;

// A section is either a part of the plan (`deel`: its title is the schema's) or a grouping
// the page makes of loose fields (`titel`: the schema has no node for it).
export const SECTIES = [
  {
    id: 'dienst',
    titel: t('Dienst en opdracht', 'Service and assignment'),
    velden: [
      {
        pad: '/dienst',
        soort: 'dienst',
        hint: t('De dienst uit de Opdracht of het Werkplan van UWV.', 'The service in UWV’s Opdracht or Werkplan.'),
      },
      { pad: '/soort', soort: 'keuze', toon: heeftPlan },
      { pad: '/ordernummer', soort: 'tekst', hint: t('Zoals op de Opdracht.', 'As on the Opdracht.') },
      { pad: '/uwvContactpersoon', soort: 'tekst' },
      { pad: '/opdrachtnemer/naam', soort: 'tekst' },
      { pad: '/opdrachtnemer/contactpersoon', soort: 'tekst' },
      { pad: '/opdrachtnemer/telefoon', soort: 'tekst', invoer: 'tel' },
      { pad: '/opdrachtnemer/email', soort: 'tekst', invoer: 'email' },
    ],
  },
  {
    id: 'client',
    deel: '/client',
    velden: [
      { pad: '/client/naam', soort: 'tekst' },
      { pad: '/client/bsn', soort: 'tekst', invoer: 'numeriek', hint: t('9 cijfers.', '9 digits.') },
      {
        pad: '/client/uitkering',
        soort: 'keuze',
        hint: t('Bepaalt onder meer het evaluatiemoment van Werkfit maken.', 'Decides, among others, the evaluatiemoment of Werkfit maken.'),
      },
      { pad: '/client/trede', soort: 'keuze', getal: true, hint: t('Mag leeg blijven (§2.1).', 'May stay empty (§2.1).') },
      {
        pad: '/client/startsituatie',
        soort: 'lang',
        hint: t('Waar staat de cliënt nu: werk, gezondheid, wat lukt wel en niet.', 'Where the client stands now: work, health, what works and what does not.'),
        toon: heeftPlan,
      },
      {
        pad: '/client/visie',
        soort: 'lang',
        hint: t('In de woorden van de cliënt: wat wil hij en wat verwacht hij van de dienst.', 'In the client’s words: what they want and expect.'),
        toon: heeftPlan,
      },
      {
        pad: '/client/belastbaarheid',
        soort: 'lang',
        hint: t('Hoe het plan rekening houdt met wat de cliënt aankan (§3.8).', 'How the plan respects what the client can handle (§3.8).'),
        toon: heeftPlan,
      },
      { pad: '/client/voorGezienGetekend', soort: 'vinkje', toon: heeftPlan },
    ],
  },
  {
    id: 'datums',
    deel: '/datums',
    velden: [
      {
        pad: '/datums/opdracht',
        soort: 'datum',
        hint: t('Dagtekening van de Opdracht tot opstellen Re-integratieplan.', 'Date on the assignment to write the plan.'),
        toon: heeftPlan,
      },
      {
        pad: '/datums/indiening',
        soort: 'datum',
        hint: t('Na een afkeuring: de herindiening.', 'After a rejection: the re-submission.'),
        toon: heeftPlan,
      },
      {
        pad: '/datums/afkeuring',
        soort: 'datum',
        hint: t('Alleen als UWV een eerdere versie afkeurde.', 'Only if UWV rejected an earlier version.'),
        toon: heeftPlan,
      },
      {
        pad: '/datums/akkoord',
        soort: 'datum',
        hint: t('Vanaf deze datum loopt de dienst.', 'The service runs from this date.'),
        toon: heeftPlan,
      },
      {
        pad: '/datums/inkooporder',
        soort: 'datum',
        hint: t('Bij Werkbehoud start de dienst op deze datum.', 'For Werkbehoud the service starts on this date.'),
      },
      {
        pad: '/datums/werkhervatting',
        soort: 'datum',
        hint: t(
          'Naar werk: geplande werkhervatting. Werkbehoud: de datum waarop de cliënt aan het werk ging.',
          'Naar werk: planned resumption. Werkbehoud: the date the client started work.',
        ),
        toon: (c) => !!c.info && (c.info.werkhervattingNaMaanden !== null || !c.info.heeftPlan),
      },
    ],
  },
  {
    id: 'werkplan',
    deel: '/werkplan',
    uitleg: t(
      'Wat UWV in het Werkplan of Plan van aanpak aangeeft. Wijkt het plan af, onderbouw dat (§4.4.2).',
      'What UWV indicated in the Werkplan. If the plan deviates, justify it (§4.4.2).',
    ),
    velden: [
      { pad: '/werkplan/uren', soort: 'getal' },
      { pad: '/werkplan/doorlooptijdMaanden', soort: 'getal', geheel: true },
      {
        pad: '/werkplan/hoofdactiviteiten',
        soort: 'hoofdactiviteiten',
        toon: (c) => !!c.info && c.info.hoofdactiviteiten.length > 0,
      },
    ],
  },
  {
    id: 'doorlooptijd',
    titel: t('Doorlooptijd en uren', 'Duration and hours'),
    velden: [
      { pad: '/doorlooptijdMaanden', soort: 'getal', geheel: true, maximum: 'doorlooptijd' },
      {
        pad: '/administratieUren',
        soort: 'getal',
        hint: t('Tellen mee in het totaal en moeten apart in het plan staan (§3.6).', 'Count in the total and must be listed separately (§3.6).'),
        maximum: 'administratie',
      },
      {
        pad: '/uitzonderingUwv',
        soort: 'vinkje',
        toon: (c) => !!c.info && c.info.uren.soort === 'maximum' && c.info.uren.verhoogdMaximum !== null,
        maximum: 'verhoogd',
      },
      {
        pad: '/onderbouwingAfwijking',
        soort: 'lang',
        hint: t(
          'Meer of minder uren, een andere doorlooptijd of een afwijkend tarief: waarom?',
          'More or fewer hours, another duration or a deviating tariff: why?',
        ),
      },
    ],
  },
  {
    id: 'scholing',
    deel: '/scholing',
    toon: (c) => !!c.info && c.info.uren.soort === 'perWeek',
    velden: [
      { pad: '/scholing/start', soort: 'datum' },
      { pad: '/scholing/eind', soort: 'datum' },
      { pad: '/scholing/getoetst', soort: 'vinkje' },
    ],
  },
  {
    id: 'werkbehoud',
    deel: '/werkbehoud',
    toon: alleenWerkbehoud,
    velden: [
      {
        pad: '/werkbehoud/eerdereInzet',
        soort: 'getal',
        geheel: true,
        hint: t('Hooguit twee keer per werkhervatting (§3.5).', 'At most twice per resumption (§3.5).'),
      },
    ],
  },
  {
    id: 'bijstelling',
    deel: '/bijstelling',
    toon: (c) => c.soort === 'bijstelling' && heeftPlan(c),
    velden: [
      { pad: '/bijstelling/eerdereSubstantieel', soort: 'getal', geheel: true },
      { pad: '/bijstelling/vorigeDoorlooptijdMaanden', soort: 'getal', geheel: true },
      { pad: '/bijstelling/vorigeUren', soort: 'getal' },
    ],
  },
  {
    id: 'activiteiten',
    deel: '/activiteiten',
    uitleg: t(
      'Per activiteit: wat er gebeurt, met welk doel, welk meetbaar resultaat en wanneer (SMART, §4.4.1).',
      'Per activity: what happens, why, what measurable result and when (SMART, §4.4.1).',
    ),
    lijst: 'activiteiten',
    velden: [
      {
        pad: '/omschrijving',
        soort: 'lang',
        regels: 2,
        hint: t('Concreet: wat gebeurt er, waarover, met wie?', 'Specific: what happens, about what, with whom?'),
      },
      { pad: '/hoofdactiviteit', soort: 'hoofdactiviteit', toon: (c) => !!c.info && c.info.hoofdactiviteiten.length > 0 },
      { pad: '/onderdeel', soort: 'keuze', toon: (c) => !!c.info && c.info.onderdelen.length > 0 },
      { pad: '/vorm', soort: 'keuze' },
      { pad: '/deelnemers', soort: 'getal', geheel: true, toon: (_c, rij) => rij.vorm === 'groep' },
      { pad: '/sessies', soort: 'getal', geheel: true },
      { pad: '/minutenPerSessie', soort: 'getal' },
      { pad: '/doel', soort: 'lang', regels: 2, hint: t('Welk effect op de cliënt?', 'What effect on the client?') },
      {
        pad: '/resultaat',
        soort: 'lang',
        regels: 2,
        hint: t('Een aantal, frequentie, datum of iets wat je kunt zien.', 'A number, frequency, date or something observable.'),
      },
      { pad: '/start', soort: 'datum' },
      { pad: '/eind', soort: 'datum' },
      {
        pad: '/uurtariefCent',
        soort: 'bedrag',
        hint: t('Alleen voor specialistische inzet; onderbouwen (§4.4.2).', 'Only for specialist work; justify it (§4.4.2).'),
      },
    ],
  },
  {
    id: 'mijlpalen',
    deel: '/mijlpalen',
    lijst: 'mijlpalen',
    toon: heeftPlan,
    velden: [
      { pad: '/datum', soort: 'datum' },
      { pad: '/omschrijving', soort: 'tekst' },
    ],
  },
  {
    id: 'afronding',
    titel: t('Resultaat, afspraken en verwijzingen', 'Result, agreements and referrals'),
    toon: heeftPlan,
    velden: [
      { pad: '/beoogdResultaat', soort: 'lang' },
      {
        pad: '/afspraken',
        soort: 'lang',
        hint: t('Wat de cliënt kan verwachten en wat er van hem wordt verwacht.', 'What the client can expect and what is expected of them.'),
      },
      {
        pad: '/verwijzingen',
        soort: 'lang',
        regels: 2,
        hint: t('Bijvoorbeeld naar de gemeente, of schrijf “geen”.', 'For example to the municipality, or write “geen”.'),
      },
    ],
  },
];

/** Element id of a JSON Pointer: /activiteiten/2/sessies → f-activiteiten-2-sessies. */
export function idVan(pad) {
  return `f${pad.replace(/[^A-Za-z0-9]+/g, '-')}`;
}
