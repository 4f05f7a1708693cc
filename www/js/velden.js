// The form, as data: sections and fields in the order of a Re-integratieplan (SPEC §3),
// each with its JSON Pointer, label and help text (nl/en), and when it applies. Whether a
// field applies comes from the core's service table (diensten()), never from numbers here.

/** A text in both languages. */
export const t = (nl, en) => ({ nl, en });

/** What the visibility rules see. */
// ctx = { info: DienstInfo | null, soort: 'initieel' | 'bijstelling', plan: boolean }

const heeftPlan = (c) => !c.info || c.info.heeftPlan;
const alleenWerkbehoud = (c) => !!c.info && !c.info.heeftPlan;

export const SECTIES = [
  {
    id: 'dienst',
    titel: t('Dienst en opdracht', 'Service and assignment'),
    velden: [
      {
        pad: '/dienst',
        soort: 'dienst',
        label: t('Re-integratiedienst', 'Re-integration service'),
        hint: t('De dienst uit de Opdracht of het Werkplan van UWV.', 'The service in UWV’s Opdracht or Werkplan.'),
      },
      {
        pad: '/soort',
        soort: 'keuze',
        waarden: [
          ['initieel', t('Eerste plan', 'First plan')],
          ['bijstelling', t('Bijstelling van een goedgekeurd plan (§4.5)', 'Adjustment of an approved plan (§4.5)')],
        ],
        label: t('Soort plan', 'Kind of plan'),
        toon: heeftPlan,
      },
      { pad: '/ordernummer', soort: 'tekst', label: t('Ordernummer UWV', 'UWV order number'), hint: t('Zoals op de Opdracht.', 'As on the Opdracht.') },
      { pad: '/uwvContactpersoon', soort: 'tekst', label: t('Contactpersoon bij UWV', 'Contact person at UWV') },
      { pad: '/opdrachtnemer/naam', soort: 'tekst', label: t('Re-integratiebedrijf', 'Re-integration company') },
      { pad: '/opdrachtnemer/contactpersoon', soort: 'tekst', label: t('Contactpersoon bedrijf', 'Contact person at the company') },
      { pad: '/opdrachtnemer/telefoon', soort: 'tekst', invoer: 'tel', label: t('Telefoon', 'Phone') },
      { pad: '/opdrachtnemer/email', soort: 'tekst', invoer: 'email', label: t('E-mail', 'E-mail') },
    ],
  },
  {
    id: 'client',
    titel: t('Cliënt', 'Client'),
    velden: [
      { pad: '/client/naam', soort: 'tekst', label: t('Naam (voorletters en achternaam)', 'Name (initials and surname)') },
      { pad: '/client/bsn', soort: 'tekst', invoer: 'numeriek', label: t('BSN', 'BSN'), hint: t('9 cijfers.', '9 digits.') },
      {
        pad: '/client/uitkering',
        soort: 'keuze',
        waarden: [
          ['AG', t('AG — arbeidsongeschiktheid (WGA, WAO, Wajong, WAZ)', 'AG — incapacity (WGA, WAO, Wajong, WAZ)')],
          ['ZW', t('ZW — Ziektewet', 'ZW — Sickness Benefits Act')],
          ['WW', t('WW — werkloosheid', 'WW — unemployment')],
          ['IVA', t('IVA', 'IVA')],
          ['WAJONG-DGA', t('Wajong DGA', 'Wajong DGA')],
        ],
        label: t('Uitkering', 'Benefit'),
        hint: t('Bepaalt onder meer het evaluatiemoment van Werkfit maken.', 'Decides, among others, the evaluatiemoment of Werkfit maken.'),
      },
      {
        pad: '/client/trede',
        soort: 'keuze',
        getal: true,
        waarden: [
          ['1', t('1 — geïsoleerd', '1 — isolated')],
          ['2', t('2 — sociale contacten buitenshuis', '2 — social contacts outside the home')],
          ['3', t('3 — deelname aan georganiseerde activiteiten', '3 — organised activities')],
          ['4', t('4 — klaar voor werk (onbetaald werk)', '4 — ready for work (unpaid)')],
          ['5', t('5 — betaald werk met ondersteuning', '5 — paid work with support')],
          ['6', t('6 — betaald werk', '6 — paid work')],
        ],
        label: t('Trede op de participatieladder', 'Step on the participation ladder'),
        hint: t('Mag leeg blijven (§2.1).', 'May stay empty (§2.1).'),
      },
      {
        pad: '/client/startsituatie',
        soort: 'lang',
        label: t('Startsituatie', 'Starting situation'),
        hint: t('Waar staat de cliënt nu: werk, gezondheid, wat lukt wel en niet.', 'Where the client stands now: work, health, what works and what does not.'),
        toon: heeftPlan,
      },
      {
        pad: '/client/visie',
        soort: 'lang',
        label: t('Visie van de cliënt', 'The client’s own view'),
        hint: t('In de woorden van de cliënt: wat wil hij en wat verwacht hij van de dienst.', 'In the client’s words: what they want and expect.'),
        toon: heeftPlan,
      },
      {
        pad: '/client/belastbaarheid',
        soort: 'lang',
        label: t('Belastbaarheid en leefsituatie', 'Capacity and life situation'),
        hint: t('Hoe het plan rekening houdt met wat de cliënt aankan (§3.8).', 'How the plan respects what the client can handle (§3.8).'),
        toon: heeftPlan,
      },
      {
        pad: '/client/voorGezienGetekend',
        soort: 'vinkje',
        label: t('De cliënt heeft het plan voor gezien getekend', 'The client signed the plan “voor gezien”'),
        toon: heeftPlan,
      },
    ],
  },
  {
    id: 'datums',
    titel: t('Datums', 'Dates'),
    velden: [
      {
        pad: '/datums/opdracht',
        soort: 'datum',
        label: t('Datum van de Opdracht', 'Date of the Opdracht'),
        hint: t('Dagtekening van de Opdracht tot opstellen Re-integratieplan.', 'Date on the assignment to write the plan.'),
        toon: heeftPlan,
      },
      {
        pad: '/datums/indiening',
        soort: 'datum',
        label: t('Indiening bij UWV (gepland)', 'Submission to UWV (planned)'),
        hint: t('Na een afkeuring: de herindiening.', 'After a rejection: the re-submission.'),
        toon: heeftPlan,
      },
      {
        pad: '/datums/afkeuring',
        soort: 'datum',
        label: t('Afkeuring door UWV', 'Rejection by UWV'),
        hint: t('Alleen als UWV een eerdere versie afkeurde.', 'Only if UWV rejected an earlier version.'),
        toon: heeftPlan,
      },
      {
        pad: '/datums/akkoord',
        soort: 'datum',
        label: t('Akkoord van UWV', 'Approval by UWV'),
        hint: t('Vanaf deze datum loopt de dienst.', 'The service runs from this date.'),
        toon: heeftPlan,
      },
      {
        pad: '/datums/inkooporder',
        soort: 'datum',
        label: t('Datum Inkooporder', 'Date of the purchase order'),
        hint: t('Bij Werkbehoud start de dienst op deze datum.', 'For Werkbehoud the service starts on this date.'),
      },
      {
        pad: '/datums/werkhervatting',
        soort: 'datum',
        label: t('Werkhervatting', 'Resumption of work'),
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
    titel: t('Werkplan van UWV', 'UWV’s Werkplan'),
    uitleg: t(
      'Wat UWV in het Werkplan of Plan van aanpak aangeeft. Wijkt het plan af, onderbouw dat (§4.4.2).',
      'What UWV indicated in the Werkplan. If the plan deviates, justify it (§4.4.2).',
    ),
    velden: [
      { pad: '/werkplan/uren', soort: 'getal', label: t('Uren volgens het Werkplan', 'Hours in the Werkplan') },
      {
        pad: '/werkplan/doorlooptijdMaanden',
        soort: 'getal',
        geheel: true,
        label: t('Doorlooptijd volgens het Werkplan (maanden)', 'Duration in the Werkplan (months)'),
      },
      {
        pad: '/werkplan/hoofdactiviteiten',
        soort: 'hoofdactiviteiten',
        label: t('Hoofdactiviteiten volgens het Werkplan', 'Main activities in the Werkplan'),
        toon: (c) => !!c.info && c.info.hoofdactiviteiten.length > 0,
      },
    ],
  },
  {
    id: 'doorlooptijd',
    titel: t('Doorlooptijd en uren', 'Duration and hours'),
    velden: [
      {
        pad: '/doorlooptijdMaanden',
        soort: 'getal',
        geheel: true,
        label: t('Maximale individuele doorlooptijd (maanden)', 'Maximum individual duration (months)'),
        maximum: 'doorlooptijd',
      },
      {
        pad: '/administratieUren',
        soort: 'getal',
        label: t('Uren voor plan en rapportages', 'Hours for plan and reports'),
        hint: t('Tellen mee in het totaal en moeten apart in het plan staan (§3.6).', 'Count in the total and must be listed separately (§3.6).'),
        maximum: 'administratie',
      },
      {
        pad: '/uitzonderingUwv',
        soort: 'vinkje',
        label: t('UWV stemde in met het uitzonderlijke maximum', 'UWV agreed to the exceptional maximum'),
        toon: (c) => !!c.info && c.info.uren.soort === 'maximum' && c.info.uren.verhoogdMaximum !== null,
        maximum: 'verhoogd',
      },
      {
        pad: '/onderbouwingAfwijking',
        soort: 'lang',
        label: t('Onderbouwing van afwijkingen van het Werkplan', 'Justification of deviations from the Werkplan'),
        hint: t(
          'Meer of minder uren, een andere doorlooptijd of een afwijkend tarief: waarom?',
          'More or fewer hours, another duration or a deviating tariff: why?',
        ),
      },
    ],
  },
  {
    id: 'scholing',
    titel: t('Scholing', 'Training'),
    toon: (c) => !!c.info && c.info.uren.soort === 'perWeek',
    velden: [
      { pad: '/scholing/start', soort: 'datum', label: t('Start van de scholing', 'Start of the training') },
      { pad: '/scholing/eind', soort: 'datum', label: t('Einde van de scholing', 'End of the training') },
      { pad: '/scholing/getoetst', soort: 'vinkje', label: t('Getoetst aan de Beleidsregels Scholing', 'Tested against the Beleidsregels Scholing') },
    ],
  },
  {
    id: 'werkbehoud',
    titel: t('Werkbehoud', 'Job retention'),
    toon: alleenWerkbehoud,
    velden: [
      {
        pad: '/werkbehoud/eerdereInzet',
        soort: 'getal',
        geheel: true,
        label: t('Eerder ingezet voor deze werkhervatting (keer)', 'Used before for this resumption (times)'),
        hint: t('Hooguit twee keer per werkhervatting (§3.5).', 'At most twice per resumption (§3.5).'),
      },
    ],
  },
  {
    id: 'bijstelling',
    titel: t('Bijstelling', 'Adjustment'),
    toon: (c) => c.soort === 'bijstelling' && heeftPlan(c),
    velden: [
      {
        pad: '/bijstelling/eerdereSubstantieel',
        soort: 'getal',
        geheel: true,
        label: t('Eerdere substantiële bijstellingen', 'Earlier substantial adjustments'),
      },
      {
        pad: '/bijstelling/vorigeDoorlooptijdMaanden',
        soort: 'getal',
        geheel: true,
        label: t('Goedgekeurde doorlooptijd (maanden)', 'Approved duration (months)'),
      },
      { pad: '/bijstelling/vorigeUren', soort: 'getal', label: t('Goedgekeurde uren', 'Approved hours') },
    ],
  },
  {
    id: 'activiteiten',
    titel: t('Activiteiten', 'Activities'),
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
        label: t('Omschrijving', 'Description'),
        hint: t('Concreet: wat gebeurt er, waarover, met wie?', 'Specific: what happens, about what, with whom?'),
      },
      {
        pad: '/hoofdactiviteit',
        soort: 'hoofdactiviteit',
        label: t('Hoofdactiviteit', 'Main activity'),
        toon: (c) => !!c.info && c.info.hoofdactiviteiten.length > 0,
      },
      {
        pad: '/onderdeel',
        soort: 'keuze',
        waarden: [
          ['assessment', t('Assessment (gesprekken, testen)', 'Assessment (conversations, tests)')],
          ['praktijkobservatie', t('Praktijkobservatie in een werksituatie', 'Observation in a work situation')],
        ],
        label: t('Onderdeel', 'Part'),
        toon: (c) => !!c.info && c.info.onderdelen.length > 0,
      },
      {
        pad: '/vorm',
        soort: 'keuze',
        waarden: [
          ['individueel', t('Individueel', 'Individual')],
          ['groep', t('Groep', 'Group')],
        ],
        label: t('Vorm', 'Form'),
      },
      {
        pad: '/deelnemers',
        soort: 'getal',
        geheel: true,
        label: t('Deelnemers (inclusief cliënt)', 'Participants (including the client)'),
        toon: (_c, rij) => rij.vorm === 'groep',
      },
      { pad: '/sessies', soort: 'getal', geheel: true, label: t('Sessies', 'Sessions') },
      { pad: '/minutenPerSessie', soort: 'getal', label: t('Minuten per sessie', 'Minutes per session') },
      { pad: '/doel', soort: 'lang', regels: 2, label: t('Doel', 'Goal'), hint: t('Welk effect op de cliënt?', 'What effect on the client?') },
      {
        pad: '/resultaat',
        soort: 'lang',
        regels: 2,
        label: t('Meetbaar resultaat', 'Measurable result'),
        hint: t('Een aantal, frequentie, datum of iets wat je kunt zien.', 'A number, frequency, date or something observable.'),
      },
      { pad: '/start', soort: 'datum', label: t('Start', 'Start') },
      { pad: '/eind', soort: 'datum', label: t('Eind', 'End') },
      {
        pad: '/uurtariefCent',
        soort: 'bedrag',
        label: t('Afwijkend uurtarief (€, optioneel)', 'Deviating hourly rate (€, optional)'),
        hint: t('Alleen voor specialistische inzet; onderbouwen (§4.4.2).', 'Only for specialist work; justify it (§4.4.2).'),
      },
    ],
  },
  {
    id: 'mijlpalen',
    titel: t('Mijlpalen', 'Milestones'),
    lijst: 'mijlpalen',
    toon: heeftPlan,
    velden: [
      { pad: '/datum', soort: 'datum', label: t('Datum', 'Date') },
      { pad: '/omschrijving', soort: 'tekst', label: t('Wat is dan bereikt', 'What is reached by then') },
    ],
  },
  {
    id: 'afronding',
    titel: t('Resultaat, afspraken en verwijzingen', 'Result, agreements and referrals'),
    toon: heeftPlan,
    velden: [
      { pad: '/beoogdResultaat', soort: 'lang', label: t('Beoogd resultaat', 'Intended result') },
      {
        pad: '/afspraken',
        soort: 'lang',
        label: t('Afspraken: rechten en plichten', 'Agreements: rights and duties'),
        hint: t('Wat de cliënt kan verwachten en wat er van hem wordt verwacht.', 'What the client can expect and what is expected of them.'),
      },
      {
        pad: '/verwijzingen',
        soort: 'lang',
        regels: 2,
        label: t('Verwijzingen naar andere instanties', 'Referrals to other agencies'),
        hint: t('Bijvoorbeeld naar de gemeente, of schrijf “geen”.', 'For example to the municipality, or write “geen”.'),
      },
    ],
  },
];

/** Element id of a JSON Pointer: /activiteiten/2/sessies → f-activiteiten-2-sessies. */
export function idVan(pad) {
  return `f${pad.replace(/[^A-Za-z0-9]+/g, '-')}`;
}
