/**
 * The in-page panel's own words, in the catalogue's languages (the background sends the criteria's names and
 * "why" in the same language). The language chosen in the options first, then the browser's (what the user
 * reads), then the notice's, then English. Kept here rather than in _locales: a dozen short strings (the
 * extension pages' messages would weigh 30 kB in the content script), the same words as the popup's
 * (tests/i18n-panel.test.ts compares them), and the panel may pick the notice's language.
 */
export type PanelLang = 'en' | 'fr' | 'de' | 'es';
const LANGS: readonly PanelLang[] = ['en', 'fr', 'de', 'es'];

/** Where the options keep the settings (utils/library/settings.ts, which the content script does not import: zod). */
const SETTINGS_KEY = 'settings';

/**
 * The UI language the user chose in the options, read once from storage.local; undefined for "as the browser"
 * (or no settings, or storage that cannot be read: the panel must not depend on it).
 */
export async function chosenLanguage(area: { get(key: string): Promise<Record<string, unknown>> }): Promise<PanelLang | undefined> {
  try {
    const settings = (await area.get(SETTINGS_KEY))[SETTINGS_KEY] as { uiLanguage?: unknown } | undefined;
    const l = settings?.uiLanguage;
    return LANGS.includes(l as PanelLang) ? (l as PanelLang) : undefined;
  } catch {
    return undefined;
  }
}

let chosen: PanelLang | undefined;
let loading: Promise<PanelLang | undefined> | null = null;

/**
 * Reads the user's choice once per page. The bridge waits for it before its first audit request, so the
 * names the background sends and the panel's words (which ask `chosenPanelLanguage()`) agree.
 */
export function loadChosenLanguage(area: Parameters<typeof chosenLanguage>[0]): Promise<PanelLang | undefined> {
  loading ??= chosenLanguage(area).then((l) => (chosen = l));
  return loading;
}

/** The language chosen in the options, once read; undefined before, or for "as the browser". */
export const chosenPanelLanguage = (): PanelLang | undefined => chosen;

/** For tests: forget the choice read. */
export function resetChosenLanguage(): void {
  chosen = undefined;
  loading = null;
}

export function panelLanguage(browserLanguage: string | undefined, noticeLanguage: string | undefined): PanelLang {
  if (chosen) return chosen;
  for (const tag of [browserLanguage, noticeLanguage]) {
    const l = tag?.slice(0, 2).toLowerCase() as PanelLang;
    if (LANGS.includes(l)) return l;
  }
  return 'en';
}

/** "3 missing", "1 manquant": a count and its outcome, as the badge and its accessible name say it. */
export function countOf(lang: PanelLang, n: number, outcome: 'missing' | 'uncertain' | 'present'): string {
  const [one, other] = COUNTED[lang][outcome];
  return `${n} ${new Intl.PluralRules(lang).select(n) === 'one' ? one : other}`;
}

const COUNTED: Record<PanelLang, Record<'missing' | 'uncertain' | 'present', [string, string]>> = {
  en: { missing: ['missing', 'missing'], uncertain: ['uncertain', 'uncertain'], present: ['present', 'present'] },
  fr: { missing: ['manquant', 'manquants'], uncertain: ['incertain', 'incertains'], present: ['présent', 'présents'] },
  de: { missing: ['fehlt', 'fehlen'], uncertain: ['unklar', 'unklar'], present: ['vorhanden', 'vorhanden'] },
  es: { missing: ['ausente', 'ausentes'], uncertain: ['dudoso', 'dudosos'], present: ['presente', 'presentes'] },
};

/** The collapsed badge's accessible name: "Tender Lens: 3 missing, 2 uncertain, 5 present". */
export function badgeLabel(lang: PanelLang, missing: number, uncertain: number, present: number): string {
  const colon = lang === 'fr' ? ' : ' : ': ';
  return `Tender Lens${colon}${countOf(lang, missing, 'missing')}, ${countOf(lang, uncertain, 'uncertain')}, ${countOf(lang, present, 'present')}`;
}

export interface PanelStrings {
  missing: string;
  uncertain: string;
  present: string;
  close: string;
  showEvidence: string;
  modelClauses: string;
  hideOnSite: string;
  /** A present criterion whose evidence is a structured field the page does not show as such. */
  notOnPage: string;
  /** "Show evidence" found nothing: the page changed. */
  gone: string;
  /** The background did not open the model clauses (yet): where to find them. */
  clausesInPopup: string;
  /** What joins a label to a name: ": ", in French " : " (no-break space). */
  colon: string;
}

export const STRINGS: Record<PanelLang, PanelStrings> = {
  en: {
    missing: 'Missing',
    uncertain: 'Uncertain',
    present: 'Present',
    close: 'Close',
    showEvidence: 'Show evidence',
    modelClauses: 'Model clauses',
    hideOnSite: 'Hide on this site',
    notOnPage: 'Found in the notice’s data, not shown as a passage on this page.',
    gone: 'This passage is no longer on the page.',
    clausesInPopup: 'Open Tender Lens from the browser toolbar to see the model clauses.',
    colon: ': ',
  },
  fr: {
    missing: 'Manquants',
    uncertain: 'Incertains',
    present: 'Présents',
    close: 'Fermer',
    showEvidence: 'Voir le passage',
    modelClauses: 'Clauses types',
    hideOnSite: 'Masquer sur ce site',
    notOnPage: 'Trouvé dans les données de l’avis, pas dans un passage de cette page.',
    gone: 'Ce passage n’est plus sur la page.',
    clausesInPopup: 'Ouvrez Tender Lens depuis la barre d’outils pour voir les clauses types.',
    colon: '\u00a0: ',
  },
  de: {
    missing: 'Fehlend',
    uncertain: 'Unklar',
    present: 'Vorhanden',
    close: 'Schließen',
    showEvidence: 'Fundstelle zeigen',
    modelClauses: 'Musterklauseln',
    hideOnSite: 'Auf dieser Website ausblenden',
    notOnPage: 'In den Daten der Bekanntmachung gefunden, nicht als Textstelle auf dieser Seite.',
    gone: 'Diese Textstelle ist nicht mehr auf der Seite.',
    clausesInPopup: 'Öffnen Sie Tender Lens über die Symbolleiste, um die Musterklauseln zu sehen.',
    colon: ': ',
  },
  es: {
    missing: 'Ausentes',
    uncertain: 'Dudosos',
    present: 'Presentes',
    close: 'Cerrar',
    showEvidence: 'Ver el pasaje',
    modelClauses: 'Cláusulas modelo',
    hideOnSite: 'Ocultar en este sitio',
    notOnPage: 'Encontrado en los datos del anuncio, no como pasaje en esta página.',
    gone: 'Este pasaje ya no está en la página.',
    clausesInPopup: 'Abra Tender Lens desde la barra de herramientas para ver las cláusulas modelo.',
    colon: ': ',
  },
};
