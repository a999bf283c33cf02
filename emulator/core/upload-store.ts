// Where the S3 stand-in keeps uploaded bytes: a small interface with an in-memory implementation
// (msw, core tests). The Node server plugs in a disk store (`server/disk-store.ts`).

import { Md5 } from './md5.js';

/** What is stored under a name: its size and MD5 (hex), computed from the bytes. */
export interface StoredObject {
  readonly size: number;
  readonly md5: string;
}

/** A request's body: streamed by the disk store, read whole by the memory store. */
type RequestBody = Pick<Request, 'body' | 'arrayBuffer'>;

export interface UploadStorage {
  /**
   * Stores a request body under `name`, replacing earlier bytes only once the body has been read
   * completely (an interrupted upload leaves nothing behind). Resolves with the bytes' size and MD5.
   */
  write(name: string, request: RequestBody): Promise<StoredObject>;
  /** Joins `sources` in order into `target`, then deletes the sources. */
  concat(target: string, sources: readonly string[]): Promise<StoredObject>;
  /** Size and MD5 recomputed from the stored bytes; `undefined` when nothing is stored under `name`. */
  stat(name: string): Promise<StoredObject | undefined>;
  /** Deletes names (unknown names are ignored). */
  remove(names: readonly string[]): Promise<void>;
  /** Forgets everything (emulator reset). */
  clear(): void;
}

/** Reads a request body chunk by chunk, handing each chunk to `sink`; resolves with the byte count. */
export async function drain(body: ReadableStream<Uint8Array> | null, sink: (chunk: Uint8Array) => void | Promise<void>): Promise<number> {
  if (!body) return 0;
  const reader = body.getReader();
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return size;
      size += value.byteLength;
      await sink(value);
    }
  } finally {
    reader.releaseLock();
  }
}

/** Keeps bytes as the chunks they arrived in (no copying into one buffer). */
export function createMemoryStorage(): UploadStorage {
  let objects = new Map<string, Uint8Array[]>();
  const digest = (chunks: readonly Uint8Array[]): StoredObject => {
    const hash = new Md5();
    let size = 0;
    for (const chunk of chunks) {
      hash.update(chunk);
      size += chunk.byteLength;
    }
    return { size, md5: hash.hex() };
  };
  return {
    async write(name, request) {
      // Whole, not through body.getReader(): under msw in Firefox a request body's reader gives no bytes at all, while
      // arrayBuffer() gives them all. Memory keeps every byte anyway; the Node server's disk store streams.
      const bytes = new Uint8Array(await request.arrayBuffer());
      objects.set(name, [bytes]);
      return digest([bytes]);
    },
    async concat(target, sources) {
      const joined: Uint8Array[] = [];
      for (const source of sources) {
        const chunks = objects.get(source);
        if (!chunks) throw new Error(`no stored object ${source}`);
        joined.push(...chunks);
      }
      objects.set(target, joined);
      for (const source of sources) if (source !== target) objects.delete(source);
      return digest(joined);
    },
    async stat(name) {
      const chunks = objects.get(name);
      return chunks ? digest(chunks) : undefined;
    },
    async remove(names) {
      for (const name of names) objects.delete(name);
    },
    clear() {
      objects = new Map();
    },
  };
}
