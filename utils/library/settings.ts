/**
 * The user's settings, in browser.storage.local (key "settings"), not in the clause database:
 * - they must survive an IndexedDB that cannot open (a private window, a full disk), like the rest of the UI;
 * - every context can read them and hear changes (storage.onChanged), the background and the in-page panel too,
 *   where IndexedDB is the portal's and Dexie never goes;
 * - they are a few bytes, far under storage.local's quota.
 * Checked by hand (no zod): whatever is stored, a bad value falls back to its default.
 */
import { browser } from 'wxt/browser';
import { LANGUAGES, type Language, type Pillar, type Stage } from '../../criteria/schema';
import { STAGES } from './types';

export const SETTINGS_KEY = 'settings';

export const ROLES = ['officer', 'reviewer', 'supplier'] as const;
export type Role = (typeof ROLES)[number];

export const PILLARS: readonly Pillar[] = ['environment', 'social', 'economic', 'digital', 'practice'];

/**
 * core: one clause per missing criterion, the best fit; comprehensive: the clauses of every stage. (The EU GPP
 * sets speak of "core" and "comprehensive" criteria in the same sense: the essentials, or going further.)
 */
export const AMBITIONS = ['core', 'comprehensive'] as const;
export type Ambition = (typeof AMBITIONS)[number];

/** The language of the UI, the in-page panel and the exports: the browser's ("auto"), or one the user chose. */
export const UI_LANGUAGE_CHOICES = ['auto', 'en', 'fr', 'de', 'es'] as const;
export type UiLanguageChoice = (typeof UI_LANGUAGE_CHOICES)[number];

export interface Settings {
  role: Role;
  /** Languages the user drafts in, in order: clauses in these are offered when none exists in the notice's. */
  languages: Language[];
  /** Pillars whose missing criteria get clause suggestions. */
  pillars: Pillar[];
  ambition: Ambition;
  /** The part of the tender being written; null: any part. */
  stage: Stage | null;
  uiLanguage: UiLanguageChoice;
}

export const DEFAULT_SETTINGS: Settings = {
  role: 'officer',
  languages: ['en'],
  pillars: [...PILLARS],
  ambition: 'core',
  stage: null,
  uiLanguage: 'auto',
};

const pick = <T extends string>(allowed: readonly T[], v: unknown): T[] | null =>
  Array.isArray(v) ? [...new Set(v.filter((x): x is T => allowed.includes(x as T)))] : null;

export function normaliseSettings(raw: unknown): Settings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const languages = pick(LANGUAGES, r.languages);
  const pillars = pick(PILLARS, r.pillars);
  return {
    role: ROLES.includes(r.role as Role) ? (r.role as Role) : DEFAULT_SETTINGS.role,
    languages: languages?.length ? languages : [...DEFAULT_SETTINGS.languages],
    pillars: pillars ?? [...DEFAULT_SETTINGS.pillars],
    ambition: AMBITIONS.includes(r.ambition as Ambition) ? (r.ambition as Ambition) : DEFAULT_SETTINGS.ambition,
    stage: STAGES.includes(r.stage as Stage) ? (r.stage as Stage) : null,
    uiLanguage: UI_LANGUAGE_CHOICES.includes(r.uiLanguage as UiLanguageChoice) ? (r.uiLanguage as UiLanguageChoice) : DEFAULT_SETTINGS.uiLanguage,
  };
}

export async function loadSettings(): Promise<Settings> {
  return normaliseSettings((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]);
}

/** Saves run one after the other: two quick changes must not each read the old settings and lose the other. */
let saving: Promise<unknown> = Promise.resolve();

export function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const run = saving.then(async () => {
    const next = normaliseSettings({ ...(await loadSettings()), ...patch });
    await browser.storage.local.set({ [SETTINGS_KEY]: next });
    return next;
  });
  saving = run.catch(() => {});
  return run;
}

export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) onChange(normaliseSettings(changes[SETTINGS_KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
