// The words of the page itself (labels of fields and names of options come from the core's
// schema(), messages from its check()).
import { t } from './velden.js';

export const TEKST = {
  titel: t('Re-integratieplan controleren', 'Check a re-integration plan'),
  startKop: t('Hoe wilt u beginnen?', 'How do you want to start?'),
  startUitleg: t(
    'Hieronder staat een voorbeeldplan met verzonnen gegevens. Begin een nieuw plan, open een plan dat u eerder opsloeg, of bekijk het voorbeeld.',
    'Below is an example plan with made-up details. Start a new plan, open a plan you saved before, or look at the example.',
  ),
  startNieuw: t('Nieuw plan beginnen', 'Start a new plan'),
  startOpenen: t('Planbestand openen…', 'Open a plan file…'),
  startVoorbeeld: t('Voorbeeld bekijken', 'Look at the example'),
  voorbeeldBadge: t('Voorbeeld', 'Example'),
  voorbeeldUitleg: t('Voorbeeld met verzonnen gegevens', 'Example with made-up details'),
  voorbeeldAfdruk: t('VOORBEELD — verzonnen gegevens, geen echt plan.', 'EXAMPLE — made-up details, not a real plan.'),
  ondertitel: t(
    'Toets een Re-integratieplan aan het Overzicht Re-integratiediensten v7.1 van UWV. Alles blijft in deze browser.',
    'Check a Re-integratieplan against UWV’s Overzicht Re-integratiediensten v7.1. Everything stays in this browser.',
  ),
  probleem: t('Er is een probleem', 'There is a problem'),
  geenProblemen: t('Geen fouten of waarschuwingen', 'No errors or warnings'),
  geenFouten: t('Geen fouten', 'No errors'),
  foutEen: t('1 fout', '1 error'),
  foutMeer: t('{n} fouten', '{n} errors'),
  waarschuwingEen: t('1 waarschuwing', '1 warning'),
  waarschuwingMeer: t('{n} waarschuwingen', '{n} warnings'),
  infoEen: t('1 ter informatie', '1 for your information'),
  infoMeer: t('{n} ter informatie', '{n} for your information'),
  conceptEen: t('Concept — nog 1 ding te doen', 'Draft — 1 thing left to do'),
  conceptMeer: t('Concept — nog {n} dingen te doen', 'Draft — {n} things left to do'),
  foutenStand: t('Fouten: {n}', 'Errors: {n}'),
  klaar: t('Klaar om in te dienen', 'Ready to submit'),
  kernLaden: t('De controle wordt geladen…', 'Loading the checker…'),
  kernFoutKort: t('De controle werkt nu niet', 'The checker is not working now'),
  kernFout: t(
    'De controle kon niet worden geladen. U kunt het plan wel invullen en opslaan als bestand (knop ‘Plan opslaan als bestand’). Laad de pagina later opnieuw, of vraag uw beheerder of uw netwerk bestanden met de extensie .wasm tegenhoudt; daarna kunt u het bestand hier openen en controleren.',
    'The checker could not be loaded. You can still fill in the plan and save it as a file (button ‘Save plan as file’). Reload the page later, or ask your administrator whether your network blocks files ending in .wasm; then open the file here and check it.',
  ),
  andereKernFout: t(
    'De Engelse teksten konden niet worden geladen; de controle gaat door in het Nederlands. Laad de pagina later opnieuw.',
    'The English texts could not be loaded, so the check goes on in Dutch. Reload the page later.',
  ),
  uitlegLaden: t('De uitleg wordt geladen…', 'Loading the explanation…'),
  uitlegFout: t(
    'De uitleg kon niet worden geladen. Sluit en open ‘Waarom?’ om het opnieuw te proberen.',
    'The explanation could not be loaded. Close and open ‘Why?’ to try again.',
  ),
  controleer: t('Controleer het plan', 'Check the plan'),
  stand: t('Stand van het plan', 'State of the plan'),
  regelset: t(
    'Regels: Overzicht Re-integratiediensten versie {versie}, geldig vanaf {vanaf}.',
    'Rules: Overzicht Re-integratiediensten version {versie}, valid from {vanaf}.',
  ),
  genegeerd: t('Niet gecontroleerd: {codes}.', 'Not checked: {codes}.'),
  ookDaardoor: t('Daardoor ook:', 'Because of this also:'),
  toelichtingKop: t('Toelichting', 'Explanation'),
  gevondenKop: t('In uw tekst:', 'In your text:'),
  lichtToe: t('Klopt niet voor dit plan? Licht toe', 'Not right for this plan? Explain'),
  toelichtingWijzig: t('Toelichting wijzigen', 'Change the explanation'),
  toelichtingLabel: t(
    'Waarom geldt deze waarschuwing niet voor dit plan? (minstens 4 woorden)',
    'Why does this warning not apply to this plan? (at least 4 words)',
  ),
  fouten: t('Fouten', 'Errors'),
  waarschuwingen: t('Waarschuwingen', 'Warnings'),
  info: t('Ter informatie', 'For your information'),
  naarProblemen: t('Naar de problemen', 'Go to the problems'),
  waarom: t('Waarom?', 'Why?'),
  zoWel: t('Zo wel', 'Instead'),
  lezing: t('Onze lezing', 'Our reading'),
  paneel: t('Uren, tijdlijn en prijs', 'Hours, timeline and price'),
  uren: t('Begeleidingsuren', 'Hours of guidance'),
  urenVan: t('{totaal} van {max} uur', '{totaal} of {max} hours'),
  urenZonderMax: t('{totaal} uur (geen maximum: vaste prijs)', '{totaal} hours (no maximum: fixed price)'),
  urenNogGeenDienst: t('{totaal} uur; kies de dienst om het maximum te zien', '{totaal} hours; choose the service to see the maximum'),
  urenVanUitzondering: t('{totaal} van {max} uur (uitzondering van UWV)', '{totaal} of {max} hours (UWV’s exception)'),
  nogOverEen: t('nog 1 uur', '1 hour left'),
  nogOver: t('nog {n} uur', '{n} hours left'),
  teVeelEen: t('1 uur te veel', '1 hour too many'),
  teVeel: t('{n} uur te veel', '{n} hours too many'),
  verhoogd: t('Tot {n} uur alleen met instemming van UWV.', 'Up to {n} hours only with UWV’s consent.'),
  verhoogdAan: t(
    'UWV stemde in met het uitzonderlijke maximum van {n} uur (gewoon: {max}).',
    'UWV agreed to the exceptional maximum of {n} hours (normally {max}).',
  ),
  naarUitzondering: t('Naar het vakje voor de uitzondering', 'Go to the exception box'),
  administratie: t('Administratie', 'Administration'),
  urenEenheid: t('{n} uur', '{n} h'),
  activiteit: t('Activiteit {n}', 'Activity {n}'),
  mijlpaal: t('Mijlpaal {n}', 'Milestone {n}'),
  tijdlijn: t('Tijdlijn', 'Timeline'),
  vandaag: t('Vandaag', 'Today'),
  geschat: t('geschat', 'estimated'),
  prijs: t('Prijs', 'Price'),
  prijsOmschrijving: t('Omschrijving', 'Description'),
  prijsUren: t('Uren', 'Hours'),
  prijsTarief: t('Tarief', 'Rate'),
  prijsBedrag: t('Bedrag', 'Amount'),
  prijsTotaal: t('Totaal (exclusief btw)', 'Total (excluding VAT)'),
  prijsDetail: t('{uren} uur × {tarief}', '{uren} h × {tarief}'),
  kernTotaal: t('Totaal {bedrag}', 'Total {bedrag}'),
  geenPrijs: t('Nog geen prijs te berekenen.', 'No price to compute yet.'),
  toevoegenActiviteit: t('Activiteit toevoegen', 'Add activity'),
  toevoegenMijlpaal: t('Mijlpaal toevoegen', 'Add milestone'),
  omhoog: t('Omhoog', 'Up'),
  omlaag: t('Omlaag', 'Down'),
  verwijder: t('Verwijderen', 'Remove'),
  verwijderd: t('{wat} verwijderd', '{wat} removed'),
  ongedaanMaken: t('Ongedaan maken', 'Undo'),
  kies: t('— kies —', '— choose —'),
  onbekend: t('onbekende waarde', 'unknown value'),
  exporteren: t('Plan opslaan als bestand', 'Save plan as file'),
  importeren: t('Plan openen…', 'Open plan…'),
  nieuw: t('Nieuw leeg plan', 'New empty plan'),
  voorbeeld: t('Voorbeeld laden', 'Load example'),
  afdrukken: t('Afdrukken', 'Print'),
  bewaren: t('Concept bewaren in deze browser', 'Keep draft in this browser'),
  bewarenUitleg: t(
    'Uit: niets wordt bewaard. Aan: het concept blijft op dit apparaat staan, ook na sluiten. Gebruik dit niet op een gedeelde computer.',
    'Off: nothing is kept. On: the draft stays on this device, also after closing. Do not use this on a shared computer.',
  ),
  taal: t('Taal', 'Language'),
  geenPlanBestand: t('Dit bestand is geen plan (geen JSON-object).', 'This file is not a plan (not a JSON object).'),
  geenJsonBestand: t('Dit bestand is geen plan: het is geen leesbare JSON.', 'This file is not a plan: it is not readable JSON.'),
  teGrootBestand: t(
    'Dit bestand is te groot voor een plan (meer dan 16 MB of meer dan 100 000 waarden); het is niet geopend.',
    'This file is too large for a plan (over 16 MB or over 100 000 values); it was not opened.',
  ),
  teDiepBestand: t(
    'Dit bestand is dieper genest dan een plan ooit is (meer dan 64 niveaus); het is niet geopend.',
    'This file is nested deeper than a plan ever is (more than 64 levels); it was not opened.',
  ),
  onleesbaarPlan: t('Dit plan kon niet worden gelezen; het formulier is niet veranderd.', 'This plan could not be read; the form was not changed.'),
  conceptWeg: t(
    'Het bewaarde concept was beschadigd en kon niet worden gelezen; het is verwijderd.',
    'The kept draft was damaged and could not be read; it has been removed.',
  ),
  geenConceptLokaal: t(
    'Concept bewaren kan niet in dit losse bestand: elk ander HTML-bestand op deze computer zou het kunnen lezen. Sla het plan op als bestand.',
    'Keeping a draft is not offered in this single file: any other HTML file on this computer could read it. Save the plan as a file.',
  ),
  teVeelRijen: t(
    'Dit plan heeft {n} {wat}; een plan kan er hooguit {max} hebben. Ze blijven bewaard en worden mee opgeslagen, maar staan niet als rijen in het formulier.',
    'This plan has {n} {wat}; a plan can have at most {max}. They are kept and saved with the plan, but not shown as rows in the form.',
  ),
  rijenVol: t('Een plan heeft hooguit {max} {wat}.', 'A plan has at most {max} {wat}.'),
  activiteitenMeervoud: t('activiteiten', 'activities'),
  mijlpalenMeervoud: t('mijlpalen', 'milestones'),
  geopend: t('Plan “{naam}” geopend.', 'Plan “{naam}” opened.'),
  onbewaard: t('Er zijn wijzigingen die nog niet in een bestand staan.', 'There are changes not yet saved to a file.'),
  nieuwVragen: t('Het huidige plan wissen?', 'Clear the current plan?'),
  afgedruktOp: t(
    'Getoetst op {datum} met Plantoets aan het Overzicht Re-integratiediensten versie {versie}.',
    'Checked on {datum} with Plantoets against the Overzicht Re-integratiediensten version {versie}.',
  ),
  plan: t('Re-integratieplan', 'Re-integration plan'),
  termijnen: t('Termijnen', 'Deadlines'),
  bevindingen: t('Uitkomst van de toets', 'Result of the check'),
  nietKlaar: t('Nog niet klaar om in te dienen', 'Not ready to submit yet'),
  bronKort: t('Overzicht', 'Overzicht'),
  tekenKop: t('Ondertekening', 'Signatures'),
  tekenUitleg: t(
    'De cliënt tekent voor gezien: het plan is met hem of haar besproken. Het re-integratiebedrijf tekent als opsteller van het plan.',
    'The client signs to say they have seen the plan and talked it through. The re-integration company signs as the one that wrote it.',
  ),
  tekenClient: t('Voor gezien door de cliënt', 'Seen by the client'),
  tekenBureau: t('Voor het re-integratiebedrijf', 'For the re-integration company'),
  tekenNaam: t('Naam', 'Name'),
  tekenFunctie: t('Functie', 'Role'),
  tekenDatum: t('Datum', 'Date'),
  tekenHandtekening: t('Handtekening', 'Signature'),
  uitlegBron: t('bron', 'source'),
  invoerBron: t('Invoer', 'Input'),
  voetInbouwen: t('Inbouwen in uw eigen site:', 'Build it into your own site:'),
  voetBureau: t('voorbeeld bureau-website met <plan-toets>', 'example agency website with <plan-toets>'),
  voetIntake: t('voorbeeld intakeformulier met attach()', 'example intake form with attach()'),
  geheelPlan: t('het plan als geheel', 'the plan as a whole'),
  dienstUitleg: t('Kies eerst de dienst: dan verschijnen de velden die erbij horen.', 'Choose the service first: the fields that belong to it appear.'),
};

export const DATUMLABELS = {
  opdracht: t('Opdracht', 'Opdracht'),
  indienenUiterlijk: t('Indienen uiterlijk', 'Submit by'),
  start: t('Start', 'Start'),
  evaluatiemoment: t('Evaluatiemoment', 'Evaluation'),
  eindeDoorlooptijd: t('Einde doorlooptijd', 'End of duration'),
  werkhervattingUiterlijk: t('Werkhervatting uiterlijk', 'Resume work by'),
  eindrapportageUiterlijk: t('Eindrapportage uiterlijk', 'Final report by'),
  vandaag: t('Vandaag', 'Today'),
};

/**
 * A finding's source as the reader's language has it. The core names a paragraph (§3.6) or,
 * for an input rule, what the input should be, in Dutch only: in English the page then says
 * "Input: " and the rule's English title from catalogus().
 */
export function bronVan(b, taal, catalogus) {
  const bron = String(b.bron ?? '');
  if (taal === 'nl' || bron.startsWith('§')) return bron;
  const titel = catalogus?.get?.(b.code)?.titel?.[taal];
  return titel ? `${vul(TEKST.invoerBron[taal])}: ${titel}` : bron;
}

/** The singular or the plural text for a count, filled in: "1 fout", "2 fouten". `getoond` is `n` as shown (4,5). */
export function tel(taal, n, een, meer, getoond = n) {
  return vul((n === 1 ? een : meer)[taal], { n: getoond });
}

/** Fills {places} in a UI text. */
export function vul(tekst, waarden = {}) {
  return tekst.replace(/\{(\w+)\}/g, (m, k) => (k in waarden ? String(waarden[k]) : m));
}
