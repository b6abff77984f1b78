/** `popup.html?tab=<id>&criterion=<id>`: the criterion to scroll to. Null when absent or not a criterion id. */
export function criterionFromSearch(search: string): string | null {
  const raw = new URLSearchParams(search).get('criterion');
  return raw && /^[a-z]+(-[a-z0-9]+)+$/.test(raw) ? raw : null;
}

/** Scrolls to a criterion's row and moves the focus to its name; false while the row is not there yet. */
export function focusCriterion(id: string, root: ParentNode = document): boolean {
  const row = root.querySelector<HTMLElement>(`[data-testid="criterion-${id}"]`);
  const heading = row?.querySelector<HTMLElement>('.criterion-name');
  if (!row || !heading) return false;
  row.scrollIntoView?.({ block: 'start' });
  heading.focus();
  return true;
}
