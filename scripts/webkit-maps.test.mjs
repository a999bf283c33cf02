// scripts/webkit-maps.mjs against real processes: a copy of `sleep` named as WebKit's web process (the kernel keeps
// the first 15 characters of a name), in a process group of its own, stands for a web process stuck at the limit
// of mappings (a low limit in the test).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { watchWebKitMaps } from './webkit-maps.mjs';

const dir = mkdtempSync(join(tmpdir(), 'webkit-maps-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** A sleeping process in a group of its own, whose name (`comm`) is `name`; resolves on exit with its signal. */
function sleeper(name) {
  const binary = join(dir, name);
  copyFileSync('/bin/sleep', binary);
  const child = spawn(binary, ['30'], { detached: true, stdio: 'ignore' });
  const exited = new Promise((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
  return { child, exited };
}

const settle = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

describe('watchWebKitMaps', () => {
  it('kills a web process of the group that stays at the limit, and says why', async (t) => {
    const error = t.mock.method(console, 'error', () => undefined);
    const { child, exited } = sleeper('WebKitWebProcess-1');
    const unwatch = watchWebKitMaps(child.pid, { limit: 20, every: 100 });
    try {
      assert.equal(await Promise.race([exited, settle(3000).then(() => 'still running')]), 'SIGKILL');
      const message = error.mock.calls.map((call) => String(call.arguments[0])).join('\n');
      assert.match(message, new RegExp(`web process ${child.pid} has \\d+ memory mappings, at the kernel's limit \\(vm.max_map_count 20\\)`));
      assert.match(message, /sysctl -w vm.max_map_count=262144/);
    } finally {
      unwatch();
      child.kill('SIGKILL');
    }
  });

  it('leaves alone a web process below the limit, and processes of another name', async (t) => {
    const error = t.mock.method(console, 'error', () => undefined);
    const below = sleeper('WebKitWebProcess-2');
    const other = sleeper('MiniBrowser');
    const unwatchBelow = watchWebKitMaps(below.child.pid, { limit: 100_000, every: 100 });
    const unwatchOther = watchWebKitMaps(other.child.pid, { limit: 20, every: 100 });
    try {
      const early = Promise.race([below.exited, other.exited]).then(() => 'exited');
      assert.equal(await Promise.race([early, settle(800).then(() => 'running')]), 'running');
      assert.equal(error.mock.callCount(), 0);
    } finally {
      unwatchBelow();
      unwatchOther();
      below.child.kill('SIGKILL');
      other.child.kill('SIGKILL');
    }
  });
});
