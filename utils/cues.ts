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

const BINDING_SOURCES: string[] = [
  // English
  'must\\b', 'shall\\b', 'will be required', 'is required', 'are required', 'required to', 'requirements?\\b',
  'mandatory', 'compulsory', 'obligat(?:ory|ion)s?\\b', 'will need to', 'needs? to\\b',
  'should (?:provide|demonstrate|hold|have|comply|meet|ensure|supply|offer|submit|include|use|be)\\b',
  '(?:tenderers?|bidders?|suppliers?|contractors?|providers?|candidates?|applicants?) (?:will|should|are to|is to|agrees? to|undertakes? to)\\b',
  'will be (?:evaluated|assessed|scored|awarded|marked|given|taken into account)', 'evaluat(?:ed|ion) (?:on|against|of)',
  'award criteri(?:on|a)', 'selection criteri(?:on|a)', 'weight(?:ed|ing)?\\b', 'points?\\b', 'scor(?:e|ed|ing)\\b', '\\d+ ?%',
  'condition of (?:the )?contract', 'contract(?:ual)? (?:performance|conditions?|clauses?|terms?)', 'performance conditions?',
  'comply with', 'compliance with', 'complian(?:t|ce)\\b', 'conform(?:s|ing|ity)? (?:to|with)', 'in accordance with',
  'minimum (?:standards?|requirements?|of)', 'at least\\b', 'no (?:more|less|fewer) than', 'not exceed',
  'evidence of', 'proof of', 'certified (?:to|against|by)', 'accredit(?:ed|ation)\\b', 'demonstrate', 'ensure\\b',
  // French
  'doi(?:t|vent)\\b', 'devr(?:a|ont|ait|aient)\\b', 'exig(?:e|é|ée|és|ées|ences?|er)\\b', 'obligatoire(?:s|ment)?\\b',
  'imperati(?:f|ve|fs|ves)\\b', 'requis(?:e|es)?\\b', 'il est demand[ée]', 'est tenu', 'sont tenus', "s'engage",
  "crit[eè]res? d'attribution", 'crit[eè]res? de s[ée]lection', 'pond[ée]ration', 'not[ée]e?s? sur', 'points?\\b',
  "conditions? d'ex[ée]cution", 'clauses? (?:environnementales?|sociales?|techniques?)', 'sp[ée]cifications? techniques?',
  'conformes? (?:à|a|aux)', 'conform[ée]ment', 'respect(?:er|era|eront|ant)\\b', 'justifi(?:er|era|eront|catifs?)\\b',
  'attestation', 'certifi(?:cat|cats|[ée]e?s?)\\b', 'au (?:minimum|moins)', 'ne pas d[ée]passer', 'au plus\\b',
  'le titulaire', 'les? candidats?', 'les? soumissionnaires?', "l'offre", 'les offres',
];

// A requirement stated as an exclusion: offers that lack the thing are rejected ("computers that are not EPEAT
// registered will not be considered", "les offres non conformes seront rejetées"). Checked before negations,
// whose words it shares.
const EXCLUSION_SOURCES: string[] = [
  '(?:will|shall|would) (?:be )?(?:rejected|excluded|disqualified|eliminated|deemed (?:non ?compliant|non ?conforming|unacceptable))',
  '(?:that|which|who|if they) (?:are|is|do|does|have|has|cannot|can ?not)? ?(?:not|no)\\b[^.;]{0,100}(?:will|shall) not be (?:considered|accepted|admitted|evaluated|awarded)',
  '(?:without|lacking)\\b[^.;]{0,100}(?:will|shall) not be (?:considered|accepted|admitted|evaluated)',
  'ser(?:a|ont) (?:rejet[ée]e?s?|ecart[ée]e?s?|elimin[ée]e?s?|exclu(?:e|s|es)?|declar[ée]e?s? (?:irreguli[eè]re?s?|non conformes?))',
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
];

export const CUE_SOURCES = { binding: BINDING_SOURCES, negation: NEGATION_SOURCES, exclusion: EXCLUSION_SOURCES };
const binding = compileMatcher(BINDING_SOURCES);
const negation = compileMatcher(NEGATION_SOURCES);
const exclusion = compileMatcher(EXCLUSION_SOURCES);

// Each takes FOLDED text (utils/patterns.ts foldText): the cue patterns are folded the same way.

export function hasExclusionCue(passage: string): boolean {
  return exclusion.test(passage);
}

export function hasBindingCue(passage: string): boolean {
  return binding.test(passage);
}

export function hasNegationCue(passage: string): boolean {
  return negation.test(passage);
}
