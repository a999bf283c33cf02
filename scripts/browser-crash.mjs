// When a browser itself crashes under a test run (WebKitGTK's web process has, once in a clean-clone CI run:
// "WebProcess CRASHED", then "invalid session id" from WebDriver, with every test that ran passing), the run is
// not a verdict on our code. scripts/test-browser.mjs runs the crashed engine's files once more, and says so.
// Only when every failure the run printed is a crash: one failed assertion anywhere, and nothing is re-run.

const CRASH = /WebProcess CRASHED|browser disconnected|invalid session id|Browser crashed|Target closed/i;
const LABELS = { Chromium: 'chromium', Firefox: 'firefox', MiniBrowser: 'webkit' };

/**
 * The engines to run again after a failed run that printed `output`, or none: [] when any failure is not a
 * browser crash (a failed test, a failed file, an error of ours) or when nothing crashed.
 * @param {string} output what the runner printed (stdout and stderr)
 * @param {string[]} engines the engines the run was for
 * @returns {string[]}
 */
export function enginesToRerun(output, engines) {
  // eslint-disable-next-line no-control-regex
  const text = output.replace(/\u001b\[[0-9;]*[a-z]/gi, '');
  if (!CRASH.test(text)) return [];
  // Every ❌ line (a failed test, file or session) must be a crash's.
  const failures = text.split('\n').filter((line) => line.includes('❌'));
  if (failures.some((line) => !CRASH.test(line))) return [];
  // The last progress line of each engine: "MiniBrowser: |███| 5/13 test files | 50 passed, 0 failed".
  const failedTests = new Map();
  for (const [, label, failed] of text.matchAll(/(Chromium|Firefox|MiniBrowser):\s*\|[^|\n]*\|\s*\d+\/\d+ test files \| \d+ passed, (\d+) failed/g)) {
    failedTests.set(label, Number(failed));
  }
  if ([...failedTests.values()].some((failed) => failed > 0)) return [];
  const named = [...text.matchAll(/\(failed on (Chromium|Firefox|MiniBrowser)\)/g)].map(([, label]) => LABELS[label]);
  const crashed = named.length > 0 ? [...new Set(named)] : engines;
  return engines.filter((engine) => crashed.includes(engine));
}
