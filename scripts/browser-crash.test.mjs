// `npm run test:scripts`: when scripts/test-browser.mjs runs a crashed engine's files again, and when it does not.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { enginesToRerun } from './browser-crash.mjs';

const progress = (webkitFailed = 0) =>
  `Firefox:     |\u2588\u2588\u2588| 13/13 test files | 102 passed, 0 failed\nMiniBrowser: |\u2588\u2588| 5/13 test files | 50 passed, ${webkitFailed} failed\n`;
// What a clean-clone CI run printed when WebKitGTK's web process crashed (control sequences and all).
const crash = `** (MiniBrowser:9561): WARNING **: 19:29:56.721: WebProcess CRASHED
\u001b[2K\u001b[1A\u001b[2K\u001b[G2026-12-06T19:29:58.730Z ERROR webdriver: WebDriverError: invalid session id when running "execute/sync" with method "POST"
test/e2e/pick-flow.test.ts:
 \u274c Tests were interrupted because the browser disconnected.  (failed on MiniBrowser)
 \u274c invalid session id: WebDriverError: invalid session id when running "execute/sync" with method "POST"  (failed on MiniBrowser)
`;

test('a browser crash with no failed test runs the crashed engine again', () => {
  assert.deepEqual(enginesToRerun(crash + progress(), ['firefox', 'webkit']), ['webkit']);
});

test('a crash in a single-engine run names that engine', () => {
  const output = ' \u274c Tests were interrupted because the browser disconnected.\nChromium: |\u2588| 20/52 test files | 150 passed, 0 failed\n';
  assert.deepEqual(enginesToRerun(output, ['chromium']), ['chromium']);
});

test('a failed test anywhere means no second run, crash or not', () => {
  assert.deepEqual(enginesToRerun(crash + progress(1), ['firefox', 'webkit']), []);
  const failedAssertion = `${crash} \u274c picks an asset (failed on Firefox)\n     AssertionError: expected 1 to equal 2\n${progress()}`;
  assert.deepEqual(enginesToRerun(failedAssertion, ['firefox', 'webkit']), []);
});

test('a failure without a crash means no second run', () => {
  const output = ` \u274c Could not import your test module. (failed on Firefox)\n${progress()}`;
  assert.deepEqual(enginesToRerun(output, ['firefox', 'webkit']), []);
  assert.deepEqual(enginesToRerun(progress(), ['firefox', 'webkit']), []);
});
