/**
 * `npm start`: builds the extension and opens Chromium with it on a demo notice (a TED notice page kept in
 * the repo, served at its real address). With a display, the browser stays open until you close it. Without
 * one (a server, CI), it runs headless, saves screenshots of the page and the popup in .output/ and prints
 * what the extension found.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { launch, ROOT, servePages, waitForTabReport } from '../e2e/browser.mjs';
import { DEMO_URL } from '../e2e/pages.mjs';

const hasDisplay = process.platform !== 'linux' || !!process.env.DISPLAY || !!process.env.WAYLAND_DISPLAY;
const headless = process.argv.includes('--headless') || !hasDisplay;

const build = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
if (build.status !== 0) process.exit(build.status ?? 1);

let session;
try {
  session = await launch({ headless });
} catch (err) {
  console.error(String(err.message ?? err));
  process.exit(1);
}
const { context, worker, extensionId, close } = session;
await servePages(context, { passThrough: !headless });
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(DEMO_URL);
const { tabId, report, highlighted } = await waitForTabReport(worker, DEMO_URL);
const popupUrl = `chrome-extension://${extensionId}/popup.html?tab=${tabId}`;
// The demo (not the extension, which never moves a page by itself) scrolls to the first highlighted passage.
await page.evaluate(() => {
  const first = globalThis.CSS?.highlights?.get('tender-lens-present')?.values().next().value;
  first?.startContainer.parentElement?.scrollIntoView({ block: 'center' });
});

console.log(`\nTender Lens is running on ${DEMO_URL}`);
console.log(`  “${report.notice.title}”`);
console.log(
  `  ${report.counts.present} present, ${report.counts.missing} missing, ${report.counts.uncertain} uncertain, ` +
    `${report.counts['not-applicable']} not applicable; ${highlighted} passages highlighted in the page`,
);

if (headless) {
  const out = join(ROOT, '.output');
  await page.screenshot({ path: join(out, 'demo-page.png'), fullPage: false });
  const popup = await context.newPage();
  await popup.setViewportSize({ width: 400, height: 900 });
  await popup.goto(popupUrl);
  await popup.locator('[data-testid="summary"]').waitFor();
  await popup.screenshot({ path: join(out, 'demo-popup.png'), fullPage: true });
  console.log(`  No display: screenshots saved to .output/demo-page.png and .output/demo-popup.png`);
  await close();
} else {
  console.log('  Open the Tender Lens button in the toolbar (puzzle-piece menu → pin it) to see the report,');
  console.log(`  or open ${popupUrl}`);
  console.log('  Close the browser window to stop.');
  context.on('close', () => process.exit(0));
}
