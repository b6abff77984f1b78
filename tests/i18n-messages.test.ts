// Meta-tests of the UI's messages (public/_locales/<lang>/messages.json): every language has every key of
// English and no other, the same placeholders, no empty message, Chrome's format; every key the code names
// exists, and every key is used.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UI_LANGUAGES, messagesOf, type UiLang } from '../utils/ui-i18n';

const ROOT = join(__dirname, '..');
const LOCALES = join(ROOT, 'public/_locales');

interface RawMessage {
  message: unknown;
  description?: unknown;
  placeholders?: Record<string, { content?: unknown; example?: unknown }>;
}
const raw = (lang: string): Record<string, RawMessage> => JSON.parse(readFileSync(join(LOCALES, lang, 'messages.json'), 'utf8'));
const OTHERS = UI_LANGUAGES.filter((l) => l !== 'en');
const EN = raw('en');
const KEYS = Object.keys(EN);

/** The substitutions a message uses: "$1", "$2", and named placeholders "$name$". */
function placeholdersOf(m: RawMessage): string[] {
  const text = String(m.message).replace(/\$\$/g, '');
  const found = new Set<string>();
  for (const [, name] of text.matchAll(/\$([A-Za-z0-9_@]+)\$/g)) found.add(`$${name!.toLowerCase()}$`);
  for (const [, d] of text.replace(/\$([A-Za-z0-9_@]+)\$/g, '').matchAll(/\$([1-9])/g)) found.add(`$${d}`);
  return [...found].sort();
}

/** Source files of the extension pages and the exports: where `t('key')` is written. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\./.test(name) ? [path] : [];
  });
}
const SOURCE_FILES = ['components', 'entrypoints', 'utils'].flatMap((d) => sources(join(ROOT, d)));
const SOURCE = new Map(SOURCE_FILES.map((f) => [relative(ROOT, f), readFileSync(f, 'utf8')]));

describe('UI messages', () => {
  it('exist in English, French, German and Spanish, and nowhere else', () => {
    expect(readdirSync(LOCALES).sort()).toEqual([...UI_LANGUAGES].sort());
  });

  it.each(OTHERS)('%s has every key of English, and no other', (lang) => {
    const keys = Object.keys(raw(lang));
    expect(KEYS.filter((k) => !keys.includes(k)), 'missing').toEqual([]);
    expect(keys.filter((k) => !KEYS.includes(k)), 'extra').toEqual([]);
  });

  it.each(OTHERS)('%s uses the same placeholders as English in every message', (lang) => {
    const m = raw(lang);
    const differ = KEYS.filter((k) => m[k] && placeholdersOf(m[k]).join() !== placeholdersOf(EN[k]!).join());
    expect(differ).toEqual([]);
  });

  it.each(UI_LANGUAGES)('%s has no empty message, and only messages, descriptions and placeholders', (lang) => {
    for (const [key, m] of Object.entries(raw(lang))) {
      expect(typeof m.message, key).toBe('string');
      expect(String(m.message).trim(), key).not.toBe('');
      expect(String(m.message), `${key}: spaces at the ends`).toBe(String(m.message).trim());
      expect(Object.keys(m).filter((f) => !['message', 'description', 'placeholders'].includes(f)), key).toEqual([]);
    }
  });

  it('follows Chrome’s format: key characters, case-insensitive uniqueness, $ only for substitutions', () => {
    const lower = new Set<string>();
    for (const key of KEYS) {
      expect(key, key).toMatch(/^[A-Za-z0-9_]+$/);
      expect(key.startsWith('@@'), key).toBe(false);
      expect(lower.has(key.toLowerCase()), `${key} twice (Chrome ignores case)`).toBe(false);
      lower.add(key.toLowerCase());
    }
    for (const lang of UI_LANGUAGES) {
      for (const [key, m] of Object.entries(raw(lang))) {
        // a lone $ must be written $$; else $1…$9 or a named placeholder
        const stray = String(m.message).replace(/\$\$|\$[1-9]|\$[A-Za-z0-9_@]+\$/g, '');
        expect(stray.includes('$'), `${lang} ${key}`).toBe(false);
        for (const name of placeholdersOf(m).filter((p) => p.endsWith('$') && p.length > 2)) {
          const def = Object.entries(m.placeholders ?? {}).find(([n]) => `$${n.toLowerCase()}$` === name);
          expect(def, `${lang} ${key}: placeholder ${name} not defined`).toBeTruthy();
        }
      }
    }
  });

  it('describes every English message for translators', () => {
    for (const key of KEYS) expect(String(EN[key]!.description ?? '').length, key).toBeGreaterThan(3);
  });

  it('keeps the manifest’s description within the 132 characters stores allow', () => {
    for (const lang of UI_LANGUAGES) expect(String(raw(lang).extDescription!.message).length, lang).toBeLessThanOrEqual(132);
  });

  it('comes in plural pairs: every _one with its _other', () => {
    for (const key of KEYS) {
      const base = key.replace(/_(one|other|many|few|two|zero)$/, '');
      if (base === key) continue;
      expect(KEYS, key).toContain(`${base}_other`);
      expect(KEYS, key).toContain(`${base}_one`);
    }
  });

  it('is translated: a message as in English only where the word is the same', () => {
    // brand, cognates and codes that French, German or Spanish write as English does
    const SAME: Record<Exclude<UiLang, 'en'>, string[]> = {
      fr: ['extName', 'pillar_social', 'evidence_lot', 'evidence_section', 'footer_catalogue', 'library_clauses', 'library_count_one', 'library_count_other', 'editor_source', 'doc_versions', 'doc_catalogue', 'doc_source', 'proofKind_label'],
      de: ['extName', 'editor_text'],
      es: ['extName', 'pillar_social'],
    };
    for (const lang of OTHERS) {
      const m = raw(lang);
      expect(KEYS.filter((k) => m[k]!.message === EN[k]!.message && !SAME[lang].includes(k)), lang).toEqual([]);
    }
  });

  it('names only keys that exist, wherever the code calls t, tn, parts or pluralKey', () => {
    const unknown: string[] = [];
    let calls = 0;
    for (const [file, text] of SOURCE) {
      for (const [, fn, key] of text.matchAll(/\b(t|tn|parts|pluralKey)\(\s*'([A-Za-z0-9_]+)'/g)) {
        calls++;
        const plural = fn === 'tn' || fn === 'pluralKey';
        const ok = plural ? KEYS.includes(`${key}_other`) && KEYS.includes(`${key}_one`) : KEYS.includes(key!);
        if (!ok) unknown.push(`${file}: ${fn}('${key}')`);
      }
    }
    expect(unknown).toEqual([]);
    expect(calls).toBeGreaterThan(200); // the scan does find the calls
  });

  it('uses every key: no message left behind by a change of the code', () => {
    const all = [...SOURCE.values(), readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8')].join('\n');
    const unused = KEYS.filter((key) => {
      const base = key.replace(/_(one|other|many)$/, '');
      return !all.includes(`'${key}'`) && !all.includes(`'${base}'`) && !all.includes(`__MSG_${key}__`);
    });
    expect(unused).toEqual([]);
  });

  it('is what the typed layer reads', () => {
    for (const lang of UI_LANGUAGES) expect(Object.keys(messagesOf(lang)).sort()).toEqual(Object.keys(raw(lang)).sort());
  });
});
