/**
 * zod schemas of the catalogue. Only tests, the popup, options and the background import this file: the
 * content script imports types from it (erased at build time) and never the schemas themselves.
 */
import { z } from 'zod';

/** Languages the catalogue covers: every criterion has patterns, names and cases in each. */
export const LANGUAGES = ['en', 'fr', 'de', 'es'] as const;
export const Language = z.enum(LANGUAGES);
export type Language = z.infer<typeof Language>;

const perLanguage = <T extends z.ZodType>(t: T) => z.object({ en: t, fr: t, de: t, es: t });

export const Pillar = z.enum(['environment', 'social', 'economic', 'digital', 'practice']);
export type Pillar = z.infer<typeof Pillar>;

/** Stages as in EU GPP sets: SC selection, TS technical specification, AC award, CPC contract performance. */
export const Stage = z.enum(['selection', 'specification', 'award', 'performance']);
export type Stage = z.infer<typeof Stage>;

export const Id = z.string().regex(/^[a-z]+(-[a-z0-9]+)+$/, 'ids are kebab-case with a pillar prefix');

export const ProductGroup = z.object({
  id: Id.or(z.string().regex(/^[a-z]+$/)),
  name: z.string().min(3),
  /** Leading digits of 8-digit CPV codes (2 to 7 digits). */
  cpvPrefixes: z.array(z.string().regex(/^\d{2,7}$/)).min(1),
  /** What the group buys, for criteria that apply to "goods" or to "services and works". */
  kind: z.enum(['goods', 'services', 'works', 'mixed']),
  /** The EU GPP criteria set it draws on, or null. */
  gppSet: z.string().nullable(),
  /**
   * Patterns (same rules as a criterion's) naming what the group buys, for notices without CPV codes (UNSPSC,
   * NAICS, PSC, none): found in the title or the description of the purchase, they select the group.
   */
  keywords: perLanguage(z.array(z.string().min(2))),
});
export type ProductGroup = z.infer<typeof ProductGroup>;

/**
 * A structured field that settles a criterion by itself.
 * - present: the field declares the criterion (BT-539 "cost" for life-cycle costing);
 * - weak: the field points that way but does not make it a requirement (BT-06 env-imp): uncertain, shown;
 * - absent: the field says the criterion is deliberately not used (BT-754 n-inc): missing, with its text.
 */
export const FieldRule = z.object({
  /** eForms business term ("BT-774"), eForms code list name ("eed-scope"), or OCDS field ("OCDS-goal"). */
  bt: z.string().regex(/^(BT|OPT)-\d+$|^[a-z][a-z-]+$|^OCDS-[A-Za-z]+$/),
  values: z.array(z.string().min(1)).min(1),
  effect: z.enum(['present', 'weak', 'absent']),
  /** Shown with the evidence: what the field means, in the UI language (English for now). */
  label: z.string().min(3),
});
export type FieldRule = z.infer<typeof FieldRule>;

export const Applicability = z
  .object({
    /** Applies to every notice. */
    all: z.boolean().optional(),
    /** Product groups (ids of product-groups.ts) whose notices it applies to. */
    groups: z.array(z.string()).optional(),
    /** Applies when a matched group is of one of these kinds ("all goods groups"). */
    groupKinds: z.array(z.enum(['goods', 'services', 'works', 'mixed'])).optional(),
    /** Applies when the contract's nature is one of these (eForms contract-nature, TED TYPE_CONTRACT). */
    natures: z.array(z.enum(['supplies', 'services', 'works'])).optional(),
    /**
     * Applies when the notice's text names the subject (patterns per language, found anywhere in the notice):
     * "artificial intelligence", "machine learning" for accountable AI.
     */
    subject: perLanguage(z.array(z.string().min(2))).optional(),
    /** Applies when a criterion of one of these pillars is present ("means of proof" once anything is required). */
    whenPillarsPresent: z.array(Pillar).optional(),
  })
  .refine((a) => a.all || a.groups?.length || a.groupKinds?.length || a.natures?.length || a.subject || a.whenPillarsPresent?.length, {
    message: 'a criterion must say what it applies to',
  });
export type Applicability = z.infer<typeof Applicability>;

/**
 * Evidence patterns are regular-expression sources, one alternative per string, matched case-insensitively
 * on the notice text. The compiler (utils/patterns.ts) makes them forgiving: a space matches any run of
 * spaces, line breaks or hyphens; \b is a Unicode word boundary; every pattern starts at a word start;
 * accented and unaccented letters match each other. Patterns name the thing that proves the criterion
 * ("EU Ecolabel", "ENERGY STAR"); whether the passage binds the supplier is decided by the engine.
 */
export const Criterion = z.object({
  id: Id,
  pillar: Pillar,
  name: perLanguage(z.string().min(3)),
  /** One line: why it matters, shown next to a missing criterion. */
  why: perLanguage(z.string().min(10)),
  appliesTo: Applicability,
  patterns: perLanguage(z.array(z.string().min(2)).min(1)),
  fields: z.array(FieldRule),
  /**
   * The criterion is met by the buyer's own design of the procurement (division into lots, a reserved contract,
   * an innovation partnership, payment terms), not by an obligation on the supplier: a statement in the body of
   * the notice is evidence, without a binding word. A title still only mentions, and negations still count.
   */
  statedByBuyer: z.boolean().optional(),
  /**
   * Also present when a criterion of one of these pillars is present with evidence in a passage of one of these
   * kinds: an environmental or social requirement among the conditions of performance (BT-70) is itself a
   * sustainability performance condition, whatever words it uses.
   */
  presentWithEvidenceOf: z
    .object({
      pillars: z.array(Pillar).min(1),
      kinds: z.array(z.enum(['title', 'description', 'selection', 'specification', 'award', 'performance', 'strategic', 'other', 'boilerplate'])).min(1),
    })
    .optional(),
  /** Guidance the criterion draws on: EU GPP set, directive article, standard. */
  sources: z.array(z.string().min(3)).min(1),
});
export type Criterion = z.infer<typeof Criterion>;
export type CriterionInput = z.input<typeof Criterion>;

export const ModelClause = z.object({
  /** `<criterion id>.<stage>.<lang>[.<n>]` */
  id: z.string().regex(/^[a-z0-9-]+\.(selection|specification|award|performance)\.(en|fr|de|es)(\.\d+)?$/),
  criterion: Id,
  stage: Stage,
  lang: Language,
  title: z.string().min(3),
  /** The clause, written by the project in its own words. */
  text: z.string().min(40),
  /** What it draws on: "EU GPP criteria for imaging equipment (2020), TS3", "Directive 2014/24/EU art. 43". */
  source: z.string().min(3),
  /**
   * The product groups (ids of product-groups.ts) the clause is written for, when it is written for some of its
   * criterion's groups only ("ICT equipment meets ENERGY STAR", "Road lighting: luminaire efficacy"); absent: any
   * purchase the criterion applies to. The popup offers a notice the clauses written for its own groups first,
   * and not those written for others.
   */
  groups: z.array(z.string().min(2)).min(1).optional(),
});
export type ModelClause = z.infer<typeof ModelClause>;

/** A criterion's unit cases: short passages with the outcome the engine must give them. */
export const CriterionCase = z.object({
  lang: Language,
  /** The passage, as it would appear in a notice section. */
  text: z.string().min(5),
  /** Kind of section the passage sits in (default "other"). */
  kind: z.enum(['title', 'description', 'selection', 'specification', 'award', 'performance', 'strategic', 'other', 'boilerplate']).optional(),
  /** CPV codes of the notice (default: one code of a group the criterion applies to). */
  cpv: z.array(z.string().regex(/^\d{8}$/)).optional(),
  /**
   * Contract nature of the notice (default: the first of the criterion's appliesTo.natures, else none). Lets a
   * case show that a criterion applying to "supplies" does not apply to a services contract.
   */
  contractNature: z.enum(['supplies', 'services', 'works', 'mixed']).optional(),
  expect: z.enum(['present', 'missing', 'uncertain', 'not-applicable']),
  /** Why this case exists: "trap: authority name", "negation". */
  note: z.string().min(3),
});
export type CriterionCase = z.infer<typeof CriterionCase>;
