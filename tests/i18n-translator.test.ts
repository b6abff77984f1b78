// The typed layer over the messages: Chrome's substitution rules, plurals per language, the language picked.
import { describe, expect, it } from 'vitest';
import { autonym, resolveUiLang, substitute, translator, uiLangOf } from '../utils/ui-i18n';

describe('substitute (chrome.i18n.getMessage’s rules)', () => {
  it('puts $1…$9 in place, $$ as a dollar, a missing substitution as nothing', () => {
    expect(substitute({ message: 'Saved $1.' }, ['a.md'])).toBe('Saved a.md.');
    expect(substitute({ message: '$2 before $1' }, ['one', 'two'])).toBe('two before one');
    expect(substitute({ message: 'costs $$5 ($1)' }, ['x'])).toBe('costs $5 (x)');
    expect(substitute({ message: 'gone: $3.' }, ['a'])).toBe('gone: .');
  });

  it('resolves named placeholders, whose content may hold $1', () => {
    expect(substitute({ message: 'Hello $Who$!', placeholders: { who: { content: '$1' } } }, ['Ada'])).toBe('Hello Ada!');
  });

  it('leaves a substitution’s own $1 alone (it is page text, not a message)', () => {
    expect(substitute({ message: 'Saved “$1”.' }, ['Pay $1 per $2'])).toBe('Saved “Pay $1 per $2”.');
  });
});

describe('translator', () => {
  it('speaks each language, with English words by default', () => {
    expect(translator('en').t('clause_insert')).toBe('Insert');
    expect(translator('fr').t('clause_insert')).toBe('Insérer');
    expect(translator('de').t('clause_insert')).toBe('Einfügen');
    expect(translator('es').t('clause_insert')).toBe('Insertar');
  });

  it('picks plural forms by the language’s rules (French says “0 manquant”, English “0 missing”)', () => {
    expect(translator('en').tn('count_missing', 1)).toBe('1 missing');
    expect(translator('fr').tn('count_missing', 0)).toBe('0 manquant');
    expect(translator('fr').tn('count_missing', 2)).toBe('2 manquants');
    expect(translator('de').tn('count_missing', 1)).toBe('1 fehlt');
    expect(translator('de').tn('count_missing', 3)).toBe('3 fehlen');
    expect(translator('es').tn('count_missing', 1)).toBe('1 ausente');
    expect(translator('es').tn('count_missing', 4)).toBe('4 ausentes');
    // Spanish and French have a "many" form for millions: the _other message serves
    expect(translator('es').tn('count_present', 1_000_000)).toBe('1.000.000 presentes');
  });

  it('writes numbers the language’s way, and keeps other substitutions as given', () => {
    expect(translator('de').t('coverage_line', 1234, 2000)).toBe('Anwendbare Kriterien vorhanden: 1.234 von 2.000');
    expect(translator('en').tn('transfer_conflictLegend', 2, '“A”, “B”')).toBe('2 clauses were changed here after the file was made: “A”, “B”');
  });

  it('cuts a message at its substitutions for markup', () => {
    const b = { tag: 'button' };
    expect(translator('en').parts('empty_addPortalHint', b)).toEqual([b, ' to have its notices checked as you open them.']);
    expect(translator('fr').parts('history_savedAudit', b)).toEqual(['Analyse enregistrée du ', b, '.']);
  });
});

describe('the UI language', () => {
  it('is the one chosen in the options, else the browser’s, else English', () => {
    expect(resolveUiLang('de', 'fr-FR')).toBe('de');
    expect(resolveUiLang('auto', 'fr-FR')).toBe('fr');
    expect(resolveUiLang(undefined, 'es_ES')).toBe('es');
    expect(resolveUiLang('auto', 'it-IT')).toBe('en');
    expect(resolveUiLang('xx', undefined)).toBe('en');
    expect(uiLangOf('DE-at')).toBe('de');
  });

  it('names each language in itself for the switch', () => {
    expect(['en', 'fr', 'de', 'es'].map((l) => autonym(l as 'en'))).toEqual(['English', 'Français', 'Deutsch', 'Español']);
  });
});
