/**
 * The Firefox build passes Mozilla's add-on linter (addons-linter, what `web-ext lint` runs) without errors.
 * Builds into a directory of its own, so that it never races the Chromium build the other tests use.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { ROOT } from './browser.mjs';

const out = mkdtempSync(join(tmpdir(), 'tender-lens-firefox-'));
after(() => rmSync(out, { recursive: true, force: true }));

/**
 * Warnings we know and accept, each with why, recognised by the code they point at (chunk names change from build
 * to build). Anything else fails the test, so that a new one is looked at.
 */
const ACCEPTED_WARNINGS = {
  // Preact's runtime supports dangerouslySetInnerHTML (the `__html` prop); our code never uses it: page text is
  // only ever text.
  UNSAFE_VAR_ASSIGNMENT: /__html/,
  // zod 4 tests once whether `new Function` is allowed (it is not, under the extension's CSP) and then works
  // without it (its `jitless` path).
  DANGEROUS_EVAL: /jitless/,
};

/** The source around a warning's line and column in the built file. */
function around(w) {
  if (!w.file || !w.line) return '';
  const lines = readFileSync(join(out, 'firefox-mv3', w.file), 'utf8').split('\n');
  const line = lines[w.line - 1] ?? '';
  const at = w.column ?? 0;
  return line.slice(Math.max(0, at - 300), at + 300);
}

describe('the Firefox build', () => {
  it('passes addons-linter with no errors and no unexplained warnings', () => {
    const build = spawnSync('npx', ['wxt', 'build', '-b', 'firefox', '--mv3'], {
      cwd: ROOT,
      env: { ...process.env, TL_OUT_DIR: out },
      encoding: 'utf8',
    });
    assert.equal(build.status, 0, build.stderr || build.stdout);
    const lint = spawnSync('npx', ['addons-linter', '--output', 'json', join(out, 'firefox-mv3')], { cwd: ROOT, encoding: 'utf8' });
    const report = JSON.parse(lint.stdout);
    assert.deepEqual(report.errors.map((e) => `${e.code} ${e.file ?? ''}: ${e.message}`), []);
    const unexplained = report.warnings.filter((w) => !(ACCEPTED_WARNINGS[w.code]?.test(around(w))));
    assert.deepEqual(unexplained.map((w) => `${w.code} ${w.file ?? ''}: ${w.message}`), []);
  });
});
