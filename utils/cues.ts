/**
 * Does a passage bind the supplier, or only mention something? Language cues for the engine.
 * A mention is not a requirement ("the building is accessible by car"); a requirement says who must do what
 * ("tenderers shall", "points will be awarded", "le titulaire devra"), or sits in a passage that binds by its
 * place in the notice (selection criteria, technical specifications, award criteria, performance conditions).
 * A negated requirement ("no ecolabel is required") is evidence that the criterion is missing.
 *
 * The cue lists are compiled once (utils/patterns.ts rules: spaces are flexible, accents fold, \b is Unicode).
 */
import { compileMatcher } from './patterns';

// Strong cues: a modal of obligation, an evaluation rule, a contract condition. They bind wherever they stand.
const STRONG_SOURCES: string[] = [
  // English
  'must\\b', 'shall\\b', 'will be required', 'is required', 'are required', 'required to', 'mandatory', 'compulsory',
  'obligat(?:ory|ion)s?\\b', 'will need to', 'minimum requirements?', 'mandatory requirements?',
  'should (?:provide|demonstrate|hold|have|comply|meet|ensure|supply|offer|submit|include|use|be)\\b',
  '(?:tenderers?|bidders?|suppliers?|contractors?|providers?|candidates?|applicants?) (?:will|should|are to|is to|agrees? to|undertakes? to)\\b',
  'will be (?:evaluated|assessed|scored|awarded|marked|given|taken into account)', 'evaluat(?:ed|ion) (?:on|against|of)',
  'award criteri(?:on|a)', 'selection criteri(?:on|a)', 'weight(?:ed|ing)?\\b', '\\d+ ?(?:points?|marks?)\\b',
  'points? (?:will|shall|are|is) (?:be )?(?:awarded|given|allocated)', 'scor(?:e|ed|ing)\\b',
  'condition of (?:the )?contract', 'contract(?:ual)? (?:performance|conditions?|clauses?|terms?)', 'performance conditions?',
  // French
  'doi(?:t|vent)\\b', 'devr(?:a|ont|ait|aient)\\b', 'exig(?:e|é|ée|és|ées|ences?|er)\\b', 'obligatoire(?:s|ment)?\\b',
  'imperati(?:f|ve|fs|ves)\\b', 'requis(?:e|es)?\\b', 'il est demand[ée]', 'est tenu', 'sont tenus', "s'engage",
  "crit[eè]res? d'attribution", 'crit[eè]res? de s[ée]lection', 'pond[ée]ration', 'not[ée]e?s? sur',
  "conditions? d'ex[ée]cution", 'clauses? (?:environnementales?|sociales?)', 'sp[ée]cifications? techniques?',
  // German
  'muss\\b', 'mussen\\b', 'hat (?:der|die|das) [^.;]{0,40}zu\\b', 'haben [^.;]{0,40}zu\\b',
  'sind [^.;]{0,60}(?:nachzuweisen|vorzulegen|einzuhalten|zu erfullen|zu beachten)',
  'ist [^.;]{0,60}(?:nachzuweisen|vorzulegen|einzuhalten|zu erfullen|zu beachten)', 'nachzuweisen', 'vorzulegen', 'einzuhalten',
  'verpflicht(?:et|en|ung)', 'pflicht\\b', 'zwingend', 'mindestanforderung', 'gefordert', 'verlangt\\b',
  'zuschlagskriteri', 'eignungskriteri', 'wertungskriteri', 'gewichtung', '\\d+ ?punkte\\b', 'ausfuhrungsbedingung',
  'technische (?:spezifikation|anforderung)',
  // an obligation in the passive with "sollen"/"müssen" ("Berücksichtigt werden sollen …", "… soll eingehalten
  // werden"): German specifications and briefs state requirements this way; only verbs of complying, so that
  // "der Wettbewerb soll Lösungen liefern" stays a description
  '(?:berucksichtigt|beachtet|eingehalten|erfullt|nachgewiesen|gewahrleistet|sichergestellt|umgesetzt|vorgelegt) werden (?:soll|sollen|muss|mussen)\\b',
  '(?:soll|sollen) [^.;]{0,60}(?:berucksichtigt|beachtet|eingehalten|erfullt|nachgewiesen|gewahrleistet|sichergestellt|umgesetzt|vorgelegt) werden\\b',
  // Spanish
  'deben?\\b', 'debera(?:n)?\\b', 'deberia(?:n)?\\b', 'se exig(?:e|ira|iran)\\b', 'exigid[oa]s?\\b', 'obligatori[oa]s?\\b',
  'obligacion(?:es)?\\b', 'requerid[oa]s?\\b', 'se requiere', 'criterios? de (?:adjudicacion|valoracion|solvencia|seleccion)',
  'ponderacion', '\\d+ ?puntos?\\b', 'puntuacion', 'condiciones? (?:especiales )?de ejecucion', 'prescripciones? tecnicas?',
  'se compromete',
  // a reservation the buyer states binds who may take part
  '(?:is|are) reserved (?:for|to)\\b', 'reserve(?:e|es|s)? (?:aux?|a)\\b', 'reservad[oa]s? a\\b', '(?:ist|sind) vorbehalten',
];

// Weak cues: the wording of requirements, but also of descriptions ("in accordance with", "at least", "the
// contractor"). They bind in the body of a notice, not in the description of what is bought, where UK notices
// call the purchase itself "the requirement" and list what is bought "in accordance with" plans.
const WEAK_SOURCES: string[] = [
  // not "requirement" alone: UK notices call the purchase itself "this requirement"
  'requirements? (?:of|for|on) (?:the |this )?(?:contract|supplier|contractor|provider|tenderer|bidder)s?\\b', 'needs? to\\b', '\\d+ ?%', 'comply with', 'compliance with', 'complian(?:t|ce)\\b', 'conform(?:s|ing|ity)? (?:to|with)',
  'in accordance with', 'minimum (?:standards?|of)', 'at least\\b', 'no (?:more|less|fewer) than', 'not exceed',
  'evidence of', 'proof of', 'certified (?:to|against|by)', 'accredit(?:ed|ation)\\b', 'demonstrate', 'ensure\\b',
  'clauses? techniques?', 'conformes? (?:à|a|aux)', 'conform[ée]ment', 'respect(?:er|era|eront|ant)\\b',
  'justifi(?:er|era|eront|catifs?)\\b', 'attestation', 'certifi(?:cat|cats|[ée]e?s?)\\b', 'au (?:minimum|moins)',
  'ne pas d[ée]passer', 'au plus\\b', 'le titulaire', 'les? candidats?', 'les? soumissionnaires?', "l'offre", 'les offres',
  'anforderung(?:en)?\\b', 'leistungsbeschreibung', 'mindestens\\b', 'hochstens\\b', 'gemass\\b', 'der auftragnehmer',
  'die auftragnehmerin', '(?:die|der) bieter(?:in|innen)?\\b', 'nachweis',
  'requisitos?\\b', 'pliegos?\\b', 'cumplir', 'de conformidad con', 'conforme a', 'como minimo', 'al menos',
  'el (?:adjudicatario|contratista)', 'los licitadores', 'acreditar',
];

// A requirement stated as an exclusion: offers that lack the thing are rejected ("computers that are not EPEAT
// registered will not be considered", "les offres non conformes seront rejetées"). Checked before negations,
// whose words it shares.
const EXCLUSION_SOURCES: string[] = [
  '(?:will|shall|would) (?:be )?(?:rejected|excluded|disqualified|eliminated|deemed (?:non ?compliant|non ?conforming|unacceptable))',
  '(?:that|which|who|if they) (?:are|is|do|does|have|has|cannot|can ?not)? ?(?:not|no)\\b[^.;]{0,100}(?:will|shall) not be (?:considered|accepted|admitted|evaluated|awarded)',
  '(?:without|lacking)\\b[^.;]{0,100}(?:will|shall) not be (?:considered|accepted|admitted|evaluated)',
  'ser(?:a|ont) (?:rejet[ée]e?s?|ecart[ée]e?s?|elimin[ée]e?s?|exclu(?:e|s|es)?|declar[ée]e?s? (?:irreguli[eè]re?s?|non conformes?))',
  '(?:wird|werden) (?:vom (?:vergabe)?verfahren |von der wertung )?ausgeschlossen',
  '(?:ohne|nicht|kein(?:e|en|er|es)?)\\b[^.;]{0,100}(?:wird|werden) nicht (?:gewertet|zugelassen|berucksichtigt)',
  // a prohibition binds ("must not use default passwords", "ne doit pas contenir", "darf nicht", "no debe")
  '(?:must|shall|may) not\\b', 'ne (?:doit|doivent|devra|devront|peut|peuvent|pourra) (?:pas|en aucun cas)', '(?:darf|durfen) (?:nicht|kein)', 'no (?:debe|deben|debera|deberan|podra|podran)\\b',
  'sera(?:n)? (?:excluid|rechazad|descartad|desestimad)[oa]s?',
  '(?:qui ne (?:sont|est|seront|sera) pas|non (?:conformes?|certifi[ée]e?s?)|sans)\\b[^.;]{0,100}ne ser(?:a|ont) pas (?:retenue?s?|accept[ée]e?s?|admise?s?|analys[ée]e?s?)',
];

// A requirement that the notice says it does NOT make. Applied to the passage around the match.
const NEGATION_SOURCES: string[] = [
  '(?:no|not|nor|neither)\\b[^.;:!?]{0,60}\\b(?:required|requested|necessary|mandatory|needed|compulsory|requirement|expected|sought|asked|evaluated|scored|considered)\\b',
  'not (?:be )?(?:required|requested|necessary|mandatory|needed|compulsory|evaluated|scored|taken into account)\\b',
  'without (?:any )?(?:requirement|obligation)', 'does not apply', 'will not apply', 'not applicable\\b',
  "(?:aucun(?:e|s|es)?|pas|ni|non)\\b[^.;:!?]{0,60}\\b(?:exig(?:e|é|ée|és|ées)|requis(?:e|es)?|obligatoires?|demand[ée]e?s?|impos[ée]e?s?|n[ée]cessaires?)\\b",
  "ne s'applique pas", 'sans objet', 'non applicable', 'sans (?:exigence|obligation)',
  "(?:n'est|ne sont|ne sera|ne seront) pas (?:pris(?:e|es)? en (?:compte|consideration)|evalu[ée]e?s?|not[ée]e?s?)",
  '(?:kein(?:e|en|er|es)?|nicht)\\b[^.;:!?]{0,60}\\b(?:erforderlich|verlangt|gefordert|gestellt|vorausgesetzt|notwendig|vorgeschrieben|verpflichtend|bewertet|gewichtet|berucksichtigt)',
  'entfallt\\b',
  '(?:no|ningun[oa]?|sin)\\b[^.;:!?]{0,60}\\b(?:se exige|exig(?:e|id[oa]s?|ira)|requier\\w*|requerid[oa]s?|obligatori[oa]s?|necesari[oa]s?|valorar[aá]n?|se valora|se pondera\\w*|pondera\\w*|tendra en cuenta)',
  'no procede', 'no aplica\\b',
];

// Form templates whose obligations depend on boxes the buyer may or may not have ticked: US FAR provisions
// quoted whole in solicitations ("If the Contracting Officer has identified…", "The offeror certifies…",
// "[Contracting Officer check as appropriate]"). Their words are those of requirements, but they bind only if the
// condition holds, which the template itself does not say: a mention, unless the passage sits in a binding part.
const TEMPLATE_SOURCES: string[] = [
  'if (?:the )?contracting officer', 'contracting officer (?:check|insert|must list|shall insert)', 'check as appropriate',
  'if (?:sub)?(?:paragraph|clause)s? \\(?[a-z0-9]{1,4}\\)?', '(?:the )?offeror (?:certifies|represents|shall check)', 'offeror does not certify',
  'by submission of (?:its|an|this) offer', 'as prescribed in \\d\\d[.]\\d', 'applies (?:to|when|only)\\b', 'clauses? that may apply',
];

export const CUE_SOURCES = { strong: STRONG_SOURCES, weak: WEAK_SOURCES, negation: NEGATION_SOURCES, exclusion: EXCLUSION_SOURCES, template: TEMPLATE_SOURCES };

/** The kinds of cue, as bits of the answer of {@link cuesOf}. */
export const CUE = { strong: 1, weak: 2, negation: 4, exclusion: 8, template: 16 } as const;
const ALL_CUES = 31;

// One matcher for every cue, each kind a group of its own: a passage is read once for all five kinds (reading it
// once per kind made classifying passages a quarter of an audit on long notices).
const kinds = Object.keys(CUE_SOURCES) as (keyof typeof CUE_SOURCES)[];
const cueSources = kinds.flatMap((k) => CUE_SOURCES[k]);
const kindOfPattern = kinds.flatMap((k, i) => CUE_SOURCES[k].map(() => i));
const cues = compileMatcher(cueSources, kindOfPattern);
const bitOfPattern = kindOfPattern.map((i) => CUE[kinds[i]!]);

// Each takes FOLDED text (utils/patterns.ts foldText): the cue patterns are folded the same way.

/** The kinds of cue in a passage, as CUE bits (the scan stops once all are found). */
export function cuesOf(passage: string): number {
  let found = 0;
  cues.scan(passage, (pattern) => (found |= bitOfPattern[pattern]!) === ALL_CUES);
  return found;
}

export function hasTemplateCue(passage: string): boolean {
  return (cuesOf(passage) & CUE.template) !== 0;
}

export function hasExclusionCue(passage: string): boolean {
  return (cuesOf(passage) & CUE.exclusion) !== 0;
}

/** A strong cue binds anywhere; a weak one only outside the description of the purchase (`strongOnly`). */
export function hasBindingCue(passage: string, strongOnly = false): boolean {
  return (cuesOf(passage) & (strongOnly ? CUE.strong : CUE.strong | CUE.weak)) !== 0;
}

export function hasNegationCue(passage: string): boolean {
  return (cuesOf(passage) & CUE.negation) !== 0;
}
