// `npm run test:browser`: @web/test-runner in one or more engines. `--browsers chromium,firefox,webkit`
// (default chromium) is ours: it is taken out of the arguments and handed to web-test-runner.config.mjs
// as DAM_TEST_BROWSERS; every other argument (`--files`, `--concurrency`, …) goes to the runner as is.
// WebKit needs a display: without DISPLAY this script runs itself again under `xvfb-run -a`.
import { spawnSync } from 'node:child_process';
import { startTestRunner } from '@web/test-runner';

const ENGINES = ['chromium', 'firefox', 'webkit'];
const args = process.argv.slice(2);
const at = args.indexOf('--browsers');
if (at !== -1) {
  // `--browsers firefox,webkit` or `--browsers firefox webkit`
  let end = at + 1;
  while (end < args.length && !args[end].startsWith('--')) end++;
  const names = args
    .slice(at + 1, end)
    .flatMap((value) => value.split(','))
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  const unknown = names.filter((name) => !ENGINES.includes(name));
  if (names.length === 0 || unknown.length > 0) {
    console.error(`--browsers takes one or more of ${ENGINES.join(', ')}${unknown.length ? ` (not: ${unknown.join(', ')})` : ''}.`);
    process.exit(2);
  }
  process.env.DAM_TEST_BROWSERS = names.join(',');
  args.splice(at, end - at);
}

const browsers = (process.env.DAM_TEST_BROWSERS ?? 'chromium').split(',');
if (browsers.includes('webkit') && !process.env.DISPLAY) {
  // WebKitGTK's MiniBrowser draws on an X display even when nobody looks: a virtual one.
  // A screen larger than the widest viewport the layout tests ask for (1280 px) plus the browser's own frame.
  const run = spawnSync('xvfb-run', ['-a', '-s', '-screen 0 1920x1200x24', process.execPath, ...process.execArgv, ...process.argv.slice(1, 2), ...args], {
    stdio: 'inherit',
  });
  if (run.error) {
    console.error(`WebKit needs an X display: install xvfb (${run.error.message}).`);
    process.exit(1);
  }
  process.exit(run.status ?? 1);
}

await startTestRunner({ argv: args });
