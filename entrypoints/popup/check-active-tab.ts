/**
 * "Check this page": runs the check-page script in the tab, once, because the user clicked. The `activeTab`
 * grant of that click (the popup opened from the toolbar button) lets `scripting` reach the tab; no host
 * permission is needed, and nothing runs on any page before the click.
 */
import { browser } from 'wxt/browser';
import type { PageCheck } from '../../components/EmptyState';
import { CHECK_PAGE_JS, HIGHLIGHTS_CSS } from '../../utils/custom-portals';
import type { CheckPageResult } from '../check-page';
import { translator, type Translator } from '../../utils/ui-i18n';

/** Injects the highlights' style and the check-page script into the tab's top frame; its result. */
export async function checkPageInTab(tabId: number): Promise<CheckPageResult> {
  const target = { tabId };
  await browser.scripting.insertCSS({ target, files: [HIGHLIGHTS_CSS] });
  const [injection] = await browser.scripting.executeScript({ target, files: [CHECK_PAGE_JS] });
  const result: unknown = injection?.result;
  return isCheckPageResult(result) ? result : { status: 'failed', score: 0, signals: [], error: 'the page did not answer' };
}

export function isCheckPageResult(v: unknown): v is CheckPageResult {
  const r = v as Partial<CheckPageResult> | null;
  return (
    !!r &&
    (r.status === 'audited' || r.status === 'not-a-notice' || r.status === 'failed') &&
    typeof r.score === 'number' &&
    Array.isArray(r.signals) &&
    r.signals.every((s) => typeof s === 'string')
  );
}

/** The popup's state after a check (an audited page's report arrives through storage). */
export function pageCheckOf(result: CheckPageResult, tr: Translator = translator('en')): PageCheck {
  switch (result.status) {
    case 'audited':
      return { kind: 'audited' };
    case 'not-a-notice':
      return { kind: 'not-a-notice', signals: result.signals };
    case 'failed':
      return { kind: 'error', message: tr.t('check_failed', result.error) };
  }
}

/** What to tell the user when the script could not run in the tab. */
export function checkErrorMessage(error: unknown, tr: Translator = translator('en')): string {
  const text = String((error as Error)?.message ?? error);
  if (/cannot access|cannot be scripted|missing host permission|permission|extensions gallery|chrome:\/\/|about:|moz-extension|chrome-extension/i.test(text)) {
    return tr.t('check_forbidden');
  }
  return tr.t('check_error', text);
}
