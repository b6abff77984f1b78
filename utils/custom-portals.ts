/**
 * Portals the user adds on the options page ("Your portals"). Each is a match pattern (https only); adding one
 * asks the browser for access to that portal at that moment (optional host permission), then registers the
 * check-page script for its pages, so they are checked as they open. Removing one unregisters the script and
 * gives the access back. The list lives in browser.storage.local; the background re-registers the scripts on
 * startup and after an update (Chrome clears dynamic content scripts on update).
 *
 * Imported by the options page and the background only: never by a content script.
 */
import { browser } from 'wxt/browser';

/** A portal the user added: the match pattern its pages are checked on. */
export interface CustomPortal {
  pattern: string;
  /** ISO date-time. */
  added: string;
}

export const STORAGE_KEY = 'customPortals';
/** Prefix of the content scripts registered for custom portals (and only for them). */
export const SCRIPT_ID_PREFIX = 'custom-';
/** The unlisted scripts a custom portal's pages get: the generic reader (entrypoints/check-page.ts)… */
export const CHECK_PAGE_JS = '/check-page.js';
/**
 * …and the highlights' style (entrypoints/page-highlights.css). WXT 0.21 writes an unlisted CSS entrypoint to
 * `assets/<name>.css` (its generated PublicPath type says `/<name>.css`, but the build is what counts: check
 * `.output/*\/assets/` after a WXT upgrade).
 */
export const HIGHLIGHTS_CSS = '/assets/page-highlights.css';

// ---- validation ---------------------------------------------------------------------------------------------

/**
 * Why an address was refused, as a code and its parameters: the options page words it in the UI language
 * (utils/portal-error-text.ts), and this module stays free of the UI's messages (the background imports it).
 */
export type PortalError =
  | { code: 'empty' }
  /** `scheme`: how the address starts, as written ("http://", "mailto:"). */
  | { code: 'not-https'; params: { scheme: string } }
  | { code: 'no-host' }
  | { code: 'user-info' }
  | { code: 'port' }
  /** `host`: the host part as written. */
  | { code: 'bad-host'; params: { host: string } }
  | { code: 'wildcard' }
  | { code: 'bad-path' }
  /** A portal a built-in adapter reads: its name and host. */
  | { code: 'built-in'; params: { name: string; host: string } }
  | { code: 'already-added'; params: { pattern: string } };
export type PortalErrorCode = PortalError['code'];

export type ParsedPortal = { ok: true; pattern: string; host: string } | { ok: false; error: PortalError };

export interface ParseContext {
  /** Hosts Tender Lens reads already (the built-in adapters), with the portal's name. */
  builtIn?: readonly { name: string; host: string }[];
  /** Patterns already added. */
  existing?: readonly string[];
}

const LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
const HOST = new RegExp(`^(?:\\*\\.)?(?:${LABEL}\\.)+${LABEL}$`);
/** Path characters of a match pattern: URL path characters and `*`; no spaces, quotes, `#` or `?`. */
const PATH = /^\/[A-Za-z0-9\-._~!$&'()*+,;=:@%/]*$/;

const refuse = (error: PortalError): ParsedPortal => ({ ok: false, error });

/**
 * An origin, a URL or a match pattern → the match pattern to register:
 * - `https://portal.example.org` or `portal.example.org` → `https://portal.example.org/*` (the whole portal);
 * - `https://portal.example.org/notices/` → `https://portal.example.org/notices/*` (a path without `*` is a
 *   prefix: the pages under it);
 * - `https://*.example.org/notice/*` → as it is. A query or fragment is dropped (match patterns ignore them).
 * Refused: another scheme than https, no host, a port, user info, a `*` anywhere in the host but a leading
 * `*.`, a portal Tender Lens reads already, one added before.
 */
export function parsePortalInput(input: string, context: ParseContext = {}): ParsedPortal {
  let raw = input.trim();
  if (!raw) return refuse({ code: 'empty' });
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(raw);
  if (scheme && scheme[1]!.toLowerCase() !== 'https') return refuse({ code: 'not-https', params: { scheme: `${scheme[1]}://` } });
  if (!scheme) {
    const other = /^([a-z][a-z0-9+.-]*):/i.exec(raw);
    // "host:8443" is a host with a port, not a scheme
    if (other && !/^[^:/]+:\d/.test(raw)) return refuse({ code: 'not-https', params: { scheme: `${other[1]}:` } });
    raw = `https://${raw}`;
  }
  const rest = raw.slice('https://'.length);
  const cut = rest.search(/[/?#]/);
  const authority = cut < 0 ? rest : rest.slice(0, cut);
  let path = cut < 0 ? '' : rest.slice(cut);
  path = path.replace(/[?#].*$/, '');

  if (!authority) return refuse({ code: 'no-host' });
  if (authority.includes('@')) return refuse({ code: 'user-info' });
  if (/:\d*$/.test(authority)) return refuse({ code: 'port' });
  const wildcard = authority.startsWith('*.');
  let host: string;
  try {
    // IDN → punycode, lower case; the wildcard's "*." stays out of the URL parser
    host = new URL(`https://${wildcard ? authority.slice(2) : authority}/`).hostname;
  } catch {
    return refuse({ code: 'bad-host', params: { host: authority } });
  }
  if (wildcard) host = `*.${host}`;
  if (!HOST.test(host)) return refuse(host.includes('*') ? { code: 'wildcard' } : { code: 'bad-host', params: { host: authority } });

  if (path === '' || path === '/') path = '/*';
  if (!PATH.test(path)) return refuse({ code: 'bad-path' });
  if (!path.includes('*')) path = `${path}*`;
  const pattern = `https://${host}${path}`;

  const bare = host.replace(/^\*\./, '');
  const known = context.builtIn?.find((b) => b.host === bare || (wildcard && b.host.endsWith(`.${bare}`)));
  if (known) return refuse({ code: 'built-in', params: { name: known.name, host: known.host } });
  if (context.existing?.includes(pattern)) return refuse({ code: 'already-added', params: { pattern } });
  return { ok: true, pattern, host };
}

/** The host of a pattern ("*.example.org" included). */
export const hostOf = (pattern: string): string => /^https:\/\/([^/]+)/.exec(pattern)?.[1] ?? '';

/** `custom-<FNV-1a hash of the pattern>`: stable, and safe as a content script id. */
export function scriptIdFor(pattern: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < pattern.length; i++) {
    h ^= pattern.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `${SCRIPT_ID_PREFIX}${h.toString(16).padStart(8, '0')}`;
}

// ---- storage ------------------------------------------------------------------------------------------------

const isPortal = (v: unknown): v is CustomPortal =>
  typeof v === 'object' && v !== null && typeof (v as CustomPortal).pattern === 'string' && typeof (v as CustomPortal).added === 'string';

export async function loadPortals(): Promise<CustomPortal[]> {
  const stored = (await browser.storage.local.get(STORAGE_KEY))[STORAGE_KEY];
  return Array.isArray(stored) ? stored.filter(isPortal).filter((p) => parsePortalInput(p.pattern).ok) : [];
}

export async function savePortals(portals: readonly CustomPortal[]): Promise<void> {
  await browser.storage.local.set({ [STORAGE_KEY]: portals.map((p) => ({ pattern: p.pattern, added: p.added })) });
}

// ---- content scripts and permissions ----------------------------------------------------------------------------

/** What is registered for a portal: the check-page script and the highlights' style, on its pages, once loaded. */
export function contentScriptFor(pattern: string) {
  return {
    id: scriptIdFor(pattern),
    matches: [pattern],
    js: [CHECK_PAGE_JS],
    css: [HIGHLIGHTS_CSS],
    runAt: 'document_idle' as const,
    allFrames: false,
    persistAcrossSessions: true,
  };
}

/**
 * Adds a portal whose host permission the user has just granted (the options page asks for it, in the click
 * that adds it: a permission prompt needs the user's gesture): stores it, then registers its content script.
 */
export async function addPortal(pattern: string, now: Date = new Date()): Promise<CustomPortal[]> {
  const portals = await loadPortals();
  const next = portals.some((p) => p.pattern === pattern) ? portals : [...portals, { pattern, added: now.toISOString() }];
  await savePortals(next);
  await registerPortal(pattern);
  return next;
}

/** Removes a portal: its content script, the access it was given (unless another portal of that host needs it), the record. */
export async function removePortal(pattern: string): Promise<CustomPortal[]> {
  const portals = await loadPortals();
  const next = portals.filter((p) => p.pattern !== pattern);
  await savePortals(next);
  await unregisterIds([scriptIdFor(pattern)]);
  if (!next.some((p) => hostOf(p.pattern) === hostOf(pattern))) {
    await browser.permissions.remove({ origins: [pattern] });
  }
  return next;
}

async function registeredIds(): Promise<Set<string>> {
  const scripts = await browser.scripting.getRegisteredContentScripts();
  return new Set(scripts.map((s) => s.id).filter((id) => id.startsWith(SCRIPT_ID_PREFIX)));
}

/** Registers the portal's content script (replacing an older registration of the same id). */
export async function registerPortal(pattern: string): Promise<void> {
  const script = contentScriptFor(pattern);
  if ((await registeredIds()).has(script.id)) await browser.scripting.unregisterContentScripts({ ids: [script.id] });
  await browser.scripting.registerContentScripts([script]);
}

async function unregisterIds(ids: string[]): Promise<void> {
  const registered = await registeredIds();
  const present = ids.filter((id) => registered.has(id));
  if (present.length) await browser.scripting.unregisterContentScripts({ ids: present });
}

/** Whether the browser still grants access to the portal (the user may withdraw it in the browser's settings). */
export async function hasAccess(pattern: string): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [pattern] });
  } catch {
    return false;
  }
}

/**
 * Brings the registered content scripts in line with the stored portals: registers the missing ones whose
 * access is granted, unregisters those of removed portals or withdrawn access. Run by the background on
 * startup and install/update; never throws (a browser without `scripting` has nothing to sync).
 */
export async function syncPortalScripts(): Promise<{ registered: string[]; unregistered: string[] }> {
  const done = { registered: [] as string[], unregistered: [] as string[] };
  if (!browser.scripting?.getRegisteredContentScripts) return done;
  try {
    const portals = await loadPortals();
    const registered = await registeredIds();
    const wanted = new Map<string, string>();
    for (const p of portals) if (await hasAccess(p.pattern)) wanted.set(scriptIdFor(p.pattern), p.pattern);
    const stale = [...registered].filter((id) => !wanted.has(id));
    if (stale.length) {
      await browser.scripting.unregisterContentScripts({ ids: stale });
      done.unregistered.push(...stale);
    }
    const missing = [...wanted].filter(([id]) => !registered.has(id));
    if (missing.length) {
      await browser.scripting.registerContentScripts(missing.map(([, pattern]) => contentScriptFor(pattern)));
      done.registered.push(...missing.map(([, pattern]) => pattern));
    }
  } catch (e) {
    console.debug('Tender Lens: could not sync the custom portals’ content scripts', e);
  }
  return done;
}
