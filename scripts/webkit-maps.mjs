// WebKitGTK's allocator (libpas) marks freed and reused pages with madvise(MADV_DONTDUMP / MADV_DODUMP). Each call
// can split a memory mapping, and a web process that runs many test files in one window (`test:engines:all`)
// has reached Linux's limit of mappings per process (vm.max_map_count, 65,530 by default). The kernel then answers
// the split with EAGAIN, which libpas retries without end: two threads spin at 100 % and the run hangs, with no
// test failed and past the runner's own time limits. Session 14 caught one (65,531 mappings; strace: madvise() =
// EAGAIN, again and again); the stops of sessions 10, 11 and 13 looked the same. This watch finds such a
// process in a run's process group, says why, and kills it: WebKit reports the web process as crashed, and
// scripts/test-browser.mjs runs the engine's files once more (browser-crash.mjs).
import { readdirSync, readFileSync } from 'node:fs';

/** Mappings short of the limit at which a process counts as stuck; two samples in a row must be there. */
const MARGIN = 16;
const EVERY_MS = 5000;

/** The kernel's limit (`DAM_TEST_WEBKIT_MAP_LIMIT` sets a lower one, to try the watch), or undefined off Linux. */
function mapLimit() {
  if (process.env.DAM_TEST_WEBKIT_MAP_LIMIT) return Number(process.env.DAM_TEST_WEBKIT_MAP_LIMIT);
  try {
    return Number(readFileSync('/proc/sys/vm/max_map_count', 'utf8'));
  } catch {
    return undefined;
  }
}

/** WebKit's web processes in process group `group`, with their number of mappings. */
function webProcesses(group) {
  const found = [];
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      // `pid (comm) state ppid pgrp …`: comm may hold spaces, so the fields are read after its closing bracket.
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const pgrp = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]);
      if (pgrp !== group || !comm.startsWith('WebKitWebProces')) continue;
      found.push({ pid: Number(pid), maps: readFileSync(`/proc/${pid}/maps`, 'utf8').split('\n').length - 1 });
    } catch {
      // the process is gone, or not ours to read
    }
  }
  return found;
}

/**
 * Watches the web processes of process group `group` (a test run's) until the returned function is called;
 * kills one that stays at the mapping limit for two samples, after printing why. Does nothing off Linux.
 * @param {number} group
 * @param {{ limit?: number, every?: number }} [options] the limit (default: the kernel's) and the sampling period (ms)
 * @returns {() => void}
 */
export function watchWebKitMaps(group, { limit = mapLimit(), every = EVERY_MS } = {}) {
  if (!limit) return () => undefined;
  const atLimit = new Set();
  const timer = setInterval(() => {
    for (const { pid, maps } of webProcesses(group)) {
      if (maps < limit - MARGIN) {
        atLimit.delete(pid);
        continue;
      }
      if (!atLimit.has(pid)) {
        atLimit.add(pid);
        continue;
      }
      console.error(
        `\nWebKit's web process ${pid} has ${maps} memory mappings, at the kernel's limit (vm.max_map_count ${limit}): its allocator ` +
          'now retries a failing madvise() without end, and the run would hang. Killing it (WebKit reports a crash, and its files run again). ' +
          'To avoid it: sudo sysctl -w vm.max_map_count=262144\n',
      );
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // gone already
      }
      atLimit.delete(pid);
    }
  }, every);
  timer.unref();
  return () => clearInterval(timer);
}
