/**
 * Escaping for each export format. Everything a report holds may come from the notice (titles, buyer names,
 * quotes, even the address): third-party text that must stay text in the file, whatever it contains.
 */

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** For HTML text and (double- or single-quoted) attribute values alike. */
export function escapeHtml(value: string | number | undefined | null): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/**
 * One CSV cell (RFC 4180). A cell that a spreadsheet would run as a formula (starting with = + - @, a tab or a
 * carriage return) gets a leading apostrophe, the usual defence against CSV injection (OWASP).
 */
export function csvCell(value: string | number | undefined | null): string {
  let s = value === undefined || value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * Text on one line of Markdown, shown as written: white space collapsed; backslashes and the characters of
 * inline formatting, links and raw HTML (` * _ [ ] < > | ~ &) escaped; and what would format at the start of a
 * line (a heading #, a quote >, a list item - + or 1., a rule or setext underline =) escaped too when the text
 * opens a line (`opensLine`: a quote's text after "> "). Escaping more would only clutter the file.
 */
export function markdownText(value: string | number | undefined | null, opensLine = false): string {
  const s = String(value ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>|~&]/g, (c) => `\\${c}`);
  // a heading's closing #s would be dropped
  const tail = s.replace(/(^|\s)(#+)$/, '$1\\$2');
  return opensLine ? tail.replace(/^([#>+\-=])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2') : tail;
}
