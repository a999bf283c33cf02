// The Node server's upload storage: real bytes in a temp folder, written as they stream in (never
// buffered whole), hashed with node:crypto's MD5 on the way.

import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream, mkdirSync, mkdtempSync, rmSync, type WriteStream } from 'node:fs';
import { rename, rm, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { drain, type StoredObject, type UploadStorage } from '../core/index.js';

export interface DiskStorage extends UploadStorage {
  /** The folder the bytes live in. */
  readonly dir: string;
  /** Deletes the folder (server shutdown). */
  dispose(): Promise<void>;
}

/** Writes with backpressure; a write error (disk full) surfaces here, never as an unhandled 'error' event. */
async function writeChunk(stream: WriteStream, chunk: Uint8Array): Promise<void> {
  if (stream.errored) throw stream.errored;
  if (!stream.write(chunk)) await once(stream, 'drain');
}

/** Large reads: joining a gigabyte of parts 64 KB at a time takes several times longer. */
const READ_OPTIONS = { highWaterMark: 4 * 1024 * 1024 };

const isMissing = (error: unknown): boolean => (error as NodeJS.ErrnoException)?.code === 'ENOENT';

/** Temp folders this process created; deleted at exit even when nobody called dispose(). */
const temporary = new Set<string>();
let exitHook = false;
function deleteAtExit(dir: string): void {
  temporary.add(dir);
  if (exitHook) return;
  exitHook = true;
  process.once('exit', () => {
    for (const path of temporary) rmSync(path, { recursive: true, force: true });
  });
}

/** Bytes under `root` (default: a new folder in the OS temp dir). Each reset starts a fresh sub-folder. */
export function createDiskStorage(root?: string): DiskStorage {
  const dir = root ?? mkdtempSync(join(tmpdir(), 'dam-emulator-uploads-'));
  if (root === undefined) deleteAtExit(dir);
  let generation = 0;
  let current = join(dir, `g${generation}`);
  mkdirSync(current, { recursive: true });

  const pathOf = (name: string): string => join(current, encodeURIComponent(name));

  /** Writes through a temporary file renamed into place once complete: an interrupted upload leaves nothing. */
  async function writeAtomically(name: string, fill: (sink: (chunk: Uint8Array) => Promise<void>) => Promise<void>): Promise<StoredObject> {
    const target = pathOf(name);
    const partial = `${target}.${randomBytes(6).toString('hex')}.partial`;
    const stream = createWriteStream(partial, { highWaterMark: 4 * 1024 * 1024 });
    const done = finished(stream); // also listens for 'error', so a failure is never unhandled
    done.catch(() => undefined);
    const hash = createHash('md5');
    let size = 0;
    try {
      await fill(async (chunk) => {
        hash.update(chunk);
        size += chunk.byteLength;
        await writeChunk(stream, chunk);
      });
      stream.end();
      await done;
      await rename(partial, target);
      return { size, md5: hash.digest('hex') };
    } catch (error) {
      stream.destroy();
      await done.catch(() => undefined);
      await unlink(partial).catch(() => undefined);
      throw error;
    }
  }

  return {
    dir,
    write(name, request) {
      return writeAtomically(name, async (sink) => {
        await drain(request.body, sink);
      });
    },
    async concat(target, sources) {
      const stored = await writeAtomically(target, async (sink) => {
        for (const source of sources) {
          for await (const chunk of createReadStream(pathOf(source), READ_OPTIONS)) await sink(chunk as Buffer);
        }
      });
      await Promise.all(sources.filter((s) => s !== target).map((s) => unlink(pathOf(s)).catch(() => undefined)));
      return stored;
    },
    async stat(name) {
      const hash = createHash('md5');
      let size = 0;
      try {
        for await (const chunk of createReadStream(pathOf(name), READ_OPTIONS)) {
          hash.update(chunk as Buffer);
          size += (chunk as Buffer).byteLength;
        }
      } catch (error) {
        if (isMissing(error)) return undefined;
        throw error;
      }
      return { size, md5: hash.digest('hex') };
    },
    async remove(names) {
      await Promise.all(
        names.map((name) =>
          unlink(pathOf(name)).catch((error: unknown) => {
            if (!isMissing(error)) throw error;
          }),
        ),
      );
    },
    clear() {
      const previous = current;
      generation++;
      current = join(dir, `g${generation}`);
      mkdirSync(current, { recursive: true });
      void rm(previous, { recursive: true, force: true }).catch(() => undefined);
    },
    async dispose() {
      await rm(dir, { recursive: true, force: true });
      temporary.delete(dir);
    },
  };
}
