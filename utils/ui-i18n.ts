/**
 * The words of the extension pages (popup, options) and of the exported reports, in English, French, German and
 * Spanish. The messages are the browser's own `_locales/<lang>/messages.json` (Chrome's format, also used for
 * the manifest's name and description), imported here because `browser.i18n.getMessage` only ever speaks the
 * browser's language, and the user may choose another one in the options.
 *
 * `t(key, ...substitutions)` follows getMessage: `$1`…`$9` are the substitutions, `$$` is a dollar sign, and a
 * message's named placeholders (`$name$`, whose content is `$1`…) are resolved too. Keys are typed from the
 * English file: a key that English lacks is a type error, and French, German and Spanish must have every key
 * of English (tests/i18n-messages.test.ts checks that none has more).
 *
 * Plurals: a message that depends on a number comes in `<key>_one` and `<key>_other` (and `_many` where a
 * language wants it), picked by Intl.PluralRules for the language: `tn('count_missing', 3)`.
 *
 * No browser API here: the exports (utils/export/) and the tests use it as is. Not for the content script,
 * which must stay small (it has its own short table, entrypoints/content/i18n.ts).
 */
import en from '../public/_locales/en/messages.json';
import fr from '../public/_locales/fr/messages.json';
import de from '../public/_locales/de/messages.json';
import es from '../public/_locales/es/messages.json';

export const UI_LANGUAGES = ['en', 'fr', 'de', 'es'] as const;
export type UiLang = (typeof UI_LANGUAGES)[number];

export type MessageKey = keyof typeof en;
/** A key whose message comes in plural forms: `count_missing` for `count_missing_one` and `count_missing_other`. */
export type PluralKey = { [K in MessageKey]: K extends `${infer Base}_other` ? Base : never }[MessageKey];

interface Message {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
type Catalog = Record<MessageKey, Message>;

// `satisfies`: a language missing a key of English does not compile.
const CATALOGS = { en, fr, de, es } satisfies Record<UiLang, Catalog>;

/** The messages of a language, for the meta-tests. */
export const messagesOf = (lang: UiLang): Readonly<Record<string, Message>> => CATALOGS[lang];

export function isUiLang(v: unknown): v is UiLang {
  return typeof v === 'string' && (UI_LANGUAGES as readonly string[]).includes(v);
}

/** "fr-BE" → "fr", "de_AT" → "de"; a language Tender Lens does not speak → English. */
export function uiLangOf(tag: string | undefined | null): UiLang {
  const base = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return isUiLang(base) ? base : 'en';
}

/** Chrome's substitution: named placeholders first (their content may hold $1), then $1…$9 and $$. */
export function substitute(m: Message, subs: readonly string[]): string {
  let text = m.message;
  if (m.placeholders) {
    const named = new Map(Object.entries(m.placeholders).map(([k, v]) => [k.toLowerCase(), v.content]));
    text = text.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => named.get(name.toLowerCase()) ?? whole);
  }
  return text.replace(/\$(\$|[1-9])/g, (_, d: string) => (d === '$' ? '$' : (subs[Number(d) - 1] ?? '')));
}

export type Sub = string | number;

export interface Translator {
  lang: UiLang;
  t(key: MessageKey, ...subs: Sub[]): string;
  /** The plural form for `n`; `$1` is `n` written the language's way, `$2`… the other substitutions. */
  tn(key: PluralKey, n: number, ...subs: Sub[]): string;
  /** The key of the plural form for `n` (for `parts`). */
  pluralKey(key: PluralKey, n: number): MessageKey;
  /** The message cut at its substitutions, which stay as given (a link, a <time>, a <strong>): for JSX. */
  parts<T>(key: MessageKey, ...subs: T[]): (string | T)[];
  /** A number written the language's way (1 234 / 1.234 / 1,234). */
  num(n: number): string;
  /** What joins a label to what follows: ": ", in French " : " (a no-break space before the colon). */
  colon: string;
  /** A percentage written the language's way: "45%" in English, "45 %" (no-break space) in French, German, Spanish. */
  percent(n: number): string;
}

/** French sets a no-break space before ":" (Imprimerie nationale); French, German (DIN 5008) and Spanish (RAE) one before "%". */
const COLON: Record<UiLang, string> = { en: ': ', fr: '\u00a0: ', de: ': ', es: ': ' };
const PERCENT_SPACE: Record<UiLang, string> = { en: '', fr: '\u00a0', de: '\u00a0', es: '\u00a0' };

const cache = new Map<UiLang, Translator>();

export function translator(lang: UiLang): Translator {
  const hit = cache.get(lang);
  if (hit) return hit;
  const catalog: Readonly<Record<string, Message>> = CATALOGS[lang];
  const english: Readonly<Record<string, Message>> = CATALOGS.en;
  const rules = new Intl.PluralRules(lang);
  const numbers = new Intl.NumberFormat(lang);
  // a key missing from a language (a newer English): English, never an empty string
  const message = (key: string): Message => catalog[key] ?? english[key] ?? { message: key };
  const str = (s: Sub) => (typeof s === 'number' ? numbers.format(s) : s);
  const pluralKey = (key: PluralKey, n: number): MessageKey => {
    const form = `${key}_${rules.select(n)}`;
    return (form in english ? form : `${key}_other`) as MessageKey;
  };
  const tr: Translator = {
    lang,
    t: (key, ...subs) => substitute(message(key), subs.map(str)),
    tn: (key, n, ...subs) => substitute(message(pluralKey(key, n)), [n, ...subs].map(str)),
    pluralKey,
    parts<T>(key: MessageKey, ...subs: T[]): (string | T)[] {
      // substitute markers that cannot occur in a message, then split on them
      const marked = substitute(message(key), subs.map((_, i) => `\u0000${i}\u0000`));
      return marked
        .split(/\u0000(\d+)\u0000/)
        .map((piece, i) => (i % 2 ? subs[Number(piece)]! : piece))
        .filter((piece) => piece !== '');
    },
    num: (n) => numbers.format(n),
    colon: COLON[lang],
    percent: (n) => `${numbers.format(n)}${PERCENT_SPACE[lang]}%`,
  };
  cache.set(lang, tr);
  return tr;
}

/** A language's own name for itself, capitalised: "Français", "Deutsch", "Español". */
export function autonym(lang: UiLang): string {
  return capitalise(languageNameIn(lang, lang));
}

/** A language's name in the UI language: "fr" → "French" / "français" / "Französisch"; a bad code → itself. */
export function languageNameIn(ui: UiLang, code: string): string {
  try {
    return new Intl.DisplayNames([ui], { type: 'language' }).of(code) ?? code;
  } catch {
    return code; // not a BCP 47 tag
  }
}

export const capitalise = (s: string): string => s.charAt(0).toLocaleUpperCase() + s.slice(1);

/** The UI language: the one chosen in the options ("auto" or anything else: none), else the browser's. */
export function resolveUiLang(choice: string | undefined, browserLanguage: string | undefined): UiLang {
  return isUiLang(choice) ? choice : uiLangOf(browserLanguage);
}
