import { useEffect, useState } from 'preact/hooks';
import { LANGUAGES, type Language, type Pillar } from '../../criteria/schema';
import {
  AMBITIONS,
  PILLARS,
  ROLES,
  UI_LANGUAGE_CHOICES,
  loadSettings,
  saveSettings,
  type Ambition,
  type Role,
  type Settings,
} from '../../utils/library/settings';
import { useI18n } from '../../components/i18n';
import { PILLAR_KEYS } from '../../components/pillars';
import { autonym, resolveUiLang, translator, uiLangOf, type MessageKey } from '../../utils/ui-i18n';
import { languageLabel } from './labels';

const ROLE_TEXT: Record<Role, { label: MessageKey; hint: MessageKey }> = {
  officer: { label: 'role_officer', hint: 'role_officerHint' },
  reviewer: { label: 'role_reviewer', hint: 'role_reviewerHint' },
  supplier: { label: 'role_supplier', hint: 'role_supplierHint' },
};

const AMBITION_TEXT: Record<Ambition, { label: MessageKey; hint: MessageKey }> = {
  core: { label: 'ambition_core', hint: 'ambition_coreHint' },
  comprehensive: { label: 'ambition_comprehensive', hint: 'ambition_comprehensiveHint' },
};

interface Props {
  /** The browser's language: what "As the browser" means. */
  browserLang: string;
}

/**
 * Settings, saved as they change (storage.local: the popup, this page and the panel follow at once). The
 * language choice names each language in itself ("Deutsch"), so that a user lost in the wrong one finds theirs.
 */
export function SettingsSection({ browserLang }: Props) {
  const tr = useI18n();
  const { t } = tr;
  const [s, setS] = useState<Settings | null>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');

  useEffect(() => {
    loadSettings().then(setS, (e: unknown) => setError(t('settings_readFailed', String(e))));
  }, []);

  const save = (patch: Partial<Settings>) => {
    setError('');
    saveSettings(patch).then(
      (next) => {
        setS(next);
        // in the language just chosen, which the page is about to speak
        setStatus(translator(resolveUiLang(next.uiLanguage, browserLang)).t('settings_saved'));
      },
      (e: unknown) => setError(t('settings_saveFailed', String((e as Error)?.message ?? e))),
    );
  };

  const toggle = <T extends string>(list: readonly T[], v: T, on: boolean, order: readonly T[]): T[] =>
    order.filter((x) => (x === v ? on : list.includes(x)));

  return (
    <section class="card" aria-labelledby="settings-title">
      <h2 id="settings-title">{t('settings_title')}</h2>
      {!s ? (
        <p>{t('settings_loading')}</p>
      ) : (
        <div class="settings">
          <fieldset aria-describedby="ui-language-hint">
            <legend>{t('settings_uiLanguage')}</legend>
            <p id="ui-language-hint" class="hint">
              {t('settings_uiLanguageHint')}
            </p>
            {UI_LANGUAGE_CHOICES.map((l) => (
              <label key={l} class="check">
                <input type="radio" name="ui-language" value={l} checked={s.uiLanguage === l} onChange={() => save({ uiLanguage: l })} />{' '}
                {l === 'auto' ? (
                  t('settings_uiLanguageAuto', autonym(uiLangOf(browserLang)))
                ) : (
                  <span lang={l}>{autonym(l)}</span>
                )}
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>{t('settings_role')}</legend>
            {ROLES.map((r) => (
              <div key={r} class="check-row">
                <label class="check">
                  <input type="radio" name="role" value={r} checked={s.role === r} onChange={() => save({ role: r })} aria-describedby={`role-${r}-hint`} />{' '}
                  {t(ROLE_TEXT[r].label)}
                </label>
                <p id={`role-${r}-hint`} class="hint check-hint">
                  {t(ROLE_TEXT[r].hint)}
                </p>
              </div>
            ))}
          </fieldset>
          <fieldset aria-describedby="languages-hint">
            <legend>{t('settings_languages')}</legend>
            <p id="languages-hint" class="hint">
              {t('settings_languagesHint')}
            </p>
            {LANGUAGES.map((l) => (
              <label key={l} class="check">
                <input
                  type="checkbox"
                  checked={s.languages.includes(l)}
                  // at least one language stays: the last box cannot be cleared
                  disabled={s.languages.length === 1 && s.languages[0] === l}
                  onChange={(e) => save({ languages: toggle<Language>(s.languages, l, (e.target as HTMLInputElement).checked, LANGUAGES) })}
                />{' '}
                {languageLabel(l, tr)}
              </label>
            ))}
          </fieldset>
          <fieldset aria-describedby="pillars-hint">
            <legend>{t('settings_pillars')}</legend>
            <p id="pillars-hint" class="hint">
              {t('settings_pillarsHint')}
            </p>
            {PILLARS.map((p) => (
              <label key={p} class="check">
                <input
                  type="checkbox"
                  checked={s.pillars.includes(p)}
                  onChange={(e) => save({ pillars: toggle<Pillar>(s.pillars, p, (e.target as HTMLInputElement).checked, PILLARS) })}
                />{' '}
                {t(PILLAR_KEYS[p])}
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>{t('settings_ambition')}</legend>
            {AMBITIONS.map((a) => (
              <div key={a} class="check-row">
                <label class="check">
                  <input type="radio" name="ambition" value={a} checked={s.ambition === a} onChange={() => save({ ambition: a })} aria-describedby={`ambition-${a}-hint`} />{' '}
                  {t(AMBITION_TEXT[a].label)}
                </label>
                <p id={`ambition-${a}-hint`} class="hint check-hint">
                  {t(AMBITION_TEXT[a].hint)}
                </p>
              </div>
            ))}
          </fieldset>
        </div>
      )}
      <p class="form-error" role="alert">
        {error}
      </p>
      <p class="status" role="status">
        {status}
      </p>
    </section>
  );
}
