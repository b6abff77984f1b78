import { useEffect, useState } from 'preact/hooks';
import { LANGUAGES, type Language, type Pillar } from '../../criteria/schema';
import { AMBITIONS, PILLARS, ROLES, loadSettings, saveSettings, type Ambition, type Role, type Settings } from '../../utils/library/settings';
import { PILLAR_NAMES, languageLabel } from './labels';

const ROLE_TEXT: Record<Role, { label: string; hint: string }> = {
  officer: { label: 'Procurement officer', hint: 'You draft tenders: model clauses are shown open, ready to insert.' },
  reviewer: { label: 'Reviewer', hint: 'You check notices: model clauses are folded under each missing criterion.' },
  supplier: { label: 'Supplier', hint: 'You answer tenders: model clauses are folded, to see what a buyer could ask.' },
};

const AMBITION_TEXT: Record<Ambition, { label: string; hint: string }> = {
  core: { label: 'Core', hint: 'One clause per missing criterion, the best fit.' },
  comprehensive: { label: 'Comprehensive', hint: 'The clauses of every part of the tender.' },
};

/** Settings, saved as they change (storage.local: the popup and the panel follow at once). */
export function SettingsSection() {
  const [s, setS] = useState<Settings | null>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');

  useEffect(() => {
    loadSettings().then(setS, (e: unknown) => setError(`Could not read your settings: ${String(e)}`));
  }, []);

  const save = (patch: Partial<Settings>) => {
    setError('');
    saveSettings(patch).then(
      (next) => {
        setS(next);
        setStatus('Settings saved.');
      },
      (e: unknown) => setError(`Could not save your settings: ${String((e as Error)?.message ?? e)}`),
    );
  };

  const toggle = <T extends string>(list: readonly T[], v: T, on: boolean, order: readonly T[]): T[] =>
    order.filter((x) => (x === v ? on : list.includes(x)));

  return (
    <section class="card" aria-labelledby="settings-title">
      <h2 id="settings-title">Settings</h2>
      {!s ? (
        <p>Reading your settings…</p>
      ) : (
        <div class="settings">
          <fieldset>
            <legend>Your role</legend>
            {ROLES.map((r) => (
              <div key={r} class="check-row">
                <label class="check">
                  <input type="radio" name="role" value={r} checked={s.role === r} onChange={() => save({ role: r })} aria-describedby={`role-${r}-hint`} />{' '}
                  {ROLE_TEXT[r].label}
                </label>
                <p id={`role-${r}-hint`} class="hint check-hint">
                  {ROLE_TEXT[r].hint}
                </p>
              </div>
            ))}
          </fieldset>
          <fieldset aria-describedby="languages-hint">
            <legend>Languages you write in</legend>
            <p id="languages-hint" class="hint">
              Clauses in these are offered when the library has none in the notice’s language.
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
                {languageLabel(l)}
              </label>
            ))}
          </fieldset>
          <fieldset aria-describedby="pillars-hint">
            <legend>Suggest clauses for</legend>
            <p id="pillars-hint" class="hint">
              The report always lists every pillar; clauses are suggested for the missing criteria of these.
            </p>
            {PILLARS.map((p) => (
              <label key={p} class="check">
                <input
                  type="checkbox"
                  checked={s.pillars.includes(p)}
                  onChange={(e) => save({ pillars: toggle<Pillar>(s.pillars, p, (e.target as HTMLInputElement).checked, PILLARS) })}
                />{' '}
                {PILLAR_NAMES[p]}
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>Ambition</legend>
            {AMBITIONS.map((a) => (
              <div key={a} class="check-row">
                <label class="check">
                  <input type="radio" name="ambition" value={a} checked={s.ambition === a} onChange={() => save({ ambition: a })} aria-describedby={`ambition-${a}-hint`} />{' '}
                  {AMBITION_TEXT[a].label}
                </label>
                <p id={`ambition-${a}-hint`} class="hint check-hint">
                  {AMBITION_TEXT[a].hint}
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
