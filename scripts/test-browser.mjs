// `npm run test:browser`: @web/test-runner in one or more engines. `--browsers chromium,firefox,webkit`
// (default chromium) is ours: it is taken out of the arguments and handed to web-test-runner.config.mjs
// as DAM_TEST_BROWSERS; every other argument (`--files`, `--concurrency`, …) goes to the runner as is.
// WebKit needs a display: without DISPLAY this script runs itself again under `xvfb-run -a`.
// The runner runs in a child process: when a browser crashes under it and no test failed (see
// browser-crash.mjs), the crashed engine's files run once more, and the second run's verdict is the result.
import { spawn, spawnSync } from 'node:child_process';
import { startTestRunner } from '@web/test-runner';
import { enginesToRerun } from './browser-crash.mjs';
import { watchWebKitMaps } from './webkit-maps.mjs';

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

// A reader that went away (`npm run test:browser | head`) must not leave a run behind: the parent goes on
// without printing and still exits with the run's status; a runner whose parent is gone stops.
const quiet = (stream, onGone) =>
  stream.on('error', (error) => {
    if (error.code !== 'EPIPE') throw error;
    onGone();
  });
if (process.env.DAM_TEST_ATTEMPT) {
  quiet(process.stdout, () => process.exit(1));
  quiet(process.stderr, () => process.exit(1));
  await startTestRunner({ argv: args });
} else {
  quiet(process.stdout, () => undefined);
  quiet(process.stderr, () => undefined);
  const first = await attempt(browsers, 1);
  if (first.status !== 0) {
    const again = enginesToRerun(first.output, browsers);
    if (again.length === 0) process.exit(first.status);
    console.error(`\n${again.join(', ')} crashed under the run, and no test failed: running ${again.length > 1 ? 'their' : 'its'} files once more.\n`);
    process.exit((await attempt(again, 2)).status);
  }
}

/**
 * One run of the runner for `engines`, in a child process of its own process group: its exit status, and what
 * it printed. A browser whose runner is gone (after a crash, WebKit's MiniBrowser outlives it, holding the
 * output pipes open) is killed with the group.
 */
function attempt(engines, number) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...process.execArgv, process.argv[1], ...args], {
      env: { ...process.env, DAM_TEST_BROWSERS: engines.join(','), DAM_TEST_ATTEMPT: String(number) },
      stdio: ['inherit', 'pipe', 'pipe'],
      detached: true,
    });
    const killGroup = (signal) => {
      try {
        process.kill(-child.pid, signal);
      } catch {
        // the group is gone already
      }
    };
    const interrupt = () => killGroup('SIGINT');
    const orphaned = () => killGroup('SIGKILL');
    process.on('SIGINT', interrupt).on('SIGTERM', interrupt).on('exit', orphaned);
    // WebKit's web process can hang the run at the kernel's limit of memory mappings (scripts/webkit-maps.mjs).
    const unwatch = engines.includes('webkit') ? watchWebKitMaps(child.pid) : () => undefined;
    let output = '';
    const forward = (to) => (chunk) => {
      if (to.writable) to.write(chunk);
      output = (output + chunk.toString()).slice(-2_000_000);
    };
    child.stdout.on('data', forward(process.stdout));
    child.stderr.on('data', forward(process.stderr));
    child.on('exit', (code, signal) => {
      process.off('SIGINT', interrupt).off('SIGTERM', interrupt).off('exit', orphaned);
      unwatch();
      killGroup('SIGKILL');
      // What the runner printed last may still be in the pipes.
      setTimeout(() => resolve({ status: code ?? (signal ? 1 : 0), output }), 500);
    });
  });
}
