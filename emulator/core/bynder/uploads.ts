// Bynder's upload flow as its SDKs drive it: /api/upload/endpoint/ names the S3 stand-in,
// /api/upload/init/ hands out `multipart_params`, chunks are POSTed as multipart forms to the
// stand-in, each chunk is registered (`POST /api/v4/upload/` with `id` in the form, as the JS and Python
// SDKs do, or `/api/v4/upload/{id}/`), the upload is finalised with `s3_filename` = `{key}/p{chunks}`
// (→ importId), polled until done (after a few polls) and saved to a brand as a new media item
// (`POST /api/v4/media/save/` with `importId` in the form, as the JS SDK does, or `/api/v4/media/save/{importId}/`).

import { json } from '../http.js';
import { fileSuffix, randomToken } from '../upload-http.js';
import { bynderError } from './api.js';
import type { Route } from '../pipeline.js';
import { bynderId, mediaUrls, type BynderData, type BynderMedia, type BynderMediaType } from './data.js';
import { createPrng } from '../prng.js';
import { mediaItems } from './downloads.js';
import { imageSize, readMultipart } from './multipart.js';

export interface BynderUploadsOptions {
  /** Polls of an import that answer "not done yet" before it is reported in `itemsDone` (default 2). */
  pollsBeforeDone?: number;
}

interface UploadSession {
  uploadid: string;
  targetid: string;
  key: string;
  filename: string;
  /** Chunk number → bytes stored on the S3 stand-in. */
  stored: Map<number, number>;
  /** The first bytes of chunk 1 (enough to read an image's size). */
  head?: Uint8Array;
  registered: Set<number>;
  importId?: string;
}

interface ImportRecord {
  importId: string;
  session: UploadSession;
  size: number;
  polls: number;
  mediaId?: string;
}

interface BynderUploadRecord {
  uploadid: string;
  filename: string;
  chunksStored: number[];
  chunksRegistered: number[];
  importId?: string;
  polls?: number;
  mediaId?: string;
  size?: number;
}

export interface BynderUploadsController {
  list(): BynderUploadRecord[];
  /** Polls a finished import answers "not done yet" before it is done (a fault switch). */
  readonly pollsBeforeDone: number;
  /** Sets `pollsBeforeDone`; `undefined` = back to the initial value. */
  setPollsBeforeDone(polls: number | undefined): void;
}

const S3_PATH = '/s3/bynder-uploads/';

const EXTENSION_TYPES: Record<string, BynderMediaType> = {
  jpg: 'image',
  jpeg: 'image',
  png: 'image',
  gif: 'image',
  webp: 'image',
  svg: 'image',
  tif: 'image',
  tiff: 'image',
  avif: 'image',
  heic: 'image',
  mp4: 'video',
  mov: 'video',
  webm: 'video',
  m4v: 'video',
  mp3: 'audio',
  wav: 'audio',
  m4a: 'audio',
  ogg: 'audio',
  glb: '3d',
  obj: '3d',
};

async function readForm(request: Request): Promise<URLSearchParams> {
  const type = request.headers.get('Content-Type') ?? '';
  if (type.includes('multipart/form-data')) {
    const form = await request.formData();
    const params = new URLSearchParams();
    for (const [key, value] of form) if (typeof value === 'string') params.append(key, value);
    return params;
  }
  return new URLSearchParams(await request.text());
}

function s3Xml(status: number, code: string, message: string): Response {
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message></Error>`, {
    status,
    headers: { 'Content-Type': 'application/xml' },
  });
}

export function createBynderUploads(data: BynderData, portalOrigin: string, options: BynderUploadsOptions = {}) {
  let sessions = new Map<string, UploadSession>();
  let byKey = new Map<string, UploadSession>();
  let imports = new Map<string, ImportRecord>();
  let pollsOverride: number | undefined;
  const pollsBeforeDone = (): number => pollsOverride ?? options.pollsBeforeDone ?? 2;
  const prng = createPrng(Date.now() >>> 0);
  const signature = randomToken(40);
  const policy = btoa(JSON.stringify({ expiration: '2099-01-01T00:00:00Z', conditions: [{ bucket: 'bynder-uploads' }] }));

  const init: Route['handle'] = async (request) => {
    const form = await readForm(request);
    const filename = form.get('filename') ?? '';
    if (!filename) return bynderError(400, 'Parameter "filename" is required.');
    const uploadid = randomToken(32).replace(/[._]/g, 'x');
    const targetid = `${prng.int(1_000_000, 9_999_999)}`;
    const key = `${uploadid.slice(0, 8)}/${encodeURIComponent(filename)}`;
    const session: UploadSession = { uploadid, targetid, key, filename, stored: new Map(), registered: new Set() };
    sessions.set(uploadid, session);
    byKey.set(key, session);
    return json({
      s3file: { uploadid, targetid },
      s3_filename: key,
      target_key: key,
      multipart_params: {
        acl: 'private',
        success_action_status: '201',
        'Content-Type': '',
        key,
        Policy: policy,
        'X-Amz-Signature': signature,
        'x-amz-credential': 'EMULATORACCESSKEY/20240101/eu-west-1/s3/aws4_request',
        'x-amz-algorithm': 'AWS4-HMAC-SHA256',
        'x-amz-date': '20240101T000000Z',
      },
    });
  };

  /**
   * The S3 stand-in: a multipart form with every `multipart_params` field, `key` = `{key}/p{n}`, `file`
   * last. As S3, the file part may come without a filename, and its bytes are counted raw.
   */
  const s3: Route['handle'] = async (request) => {
    if (request.headers.has('Authorization')) return s3Xml(400, 'InvalidArgument', 'Only one auth mechanism allowed; Authorization header not expected.');
    if (!(request.headers.get('Content-Type') ?? '').includes('multipart/form-data'))
      return s3Xml(412, 'PreconditionFailed', 'Bucket POST must be of the enclosure-type multipart/form-data');
    const parts = await readMultipart(request);
    if (!parts) return s3Xml(400, 'MalformedPOSTRequest', 'The body of your POST request is not well-formed multipart/form-data.');
    const files = parts.filter((part) => part.name === 'file');
    if (files.length !== 1) return s3Xml(400, 'InvalidArgument', 'POST requires exactly one file upload per request.');
    if (parts.at(-1)?.name !== 'file') return s3Xml(400, 'InvalidArgument', 'Bucket POST must contain a field named file, and it must be the last field.');
    const decoder = new TextDecoder();
    const fields = new Map(parts.filter((part) => part.name !== 'file').map((part) => [part.name, decoder.decode(part.bytes)]));
    const field = (name: string): string => fields.get(name) ?? '';
    if (field('Policy') !== policy || field('X-Amz-Signature') !== signature) return s3Xml(403, 'AccessDenied', 'Invalid according to Policy');
    for (const name of ['acl', 'success_action_status', 'x-amz-credential', 'x-amz-algorithm', 'x-amz-date']) {
      if (!fields.has(name)) return s3Xml(400, 'InvalidPolicyDocument', `Missing form field ${name}`);
    }
    const match = /^(.*)\/p(\d+)$/.exec(field('key'));
    const session = match ? byKey.get(match[1]!) : undefined;
    const chunk = Number(match?.[2]);
    if (!session || !(chunk >= 1)) return s3Xml(403, 'AccessDenied', 'Invalid according to Policy: key does not match');
    if (Number(field('chunk')) !== chunk && Number(field('chunk')) !== chunk - 1) return s3Xml(400, 'InvalidArgument', 'chunk does not match the key');
    const bytes = files[0]!.bytes;
    session.stored.set(chunk, bytes.byteLength);
    if (chunk === 1) session.head = bytes.slice(0, 256 * 1024);
    const location = `${portalOrigin}${S3_PATH}${field('key')}`;
    return new Response(
      `<?xml version="1.0" encoding="UTF-8"?>\n<PostResponse><Location>${location}</Location><Bucket>bynder-uploads</Bucket><Key>${field('key')}</Key><ETag>"${randomToken(16)}"</ETag></PostResponse>`,
      { status: 201, headers: { 'Content-Type': 'application/xml', ETag: `"${chunk}"` } },
    );
  };

  /**
   * Registers a chunk (`chunkNumber` present) or finalises the upload (`chunks`, `s3_filename` =
   * `{key}/p{chunks}`, optional `original_filename`). The upload id is in the path or in the form's `id`.
   */
  const register: Route['handle'] = async (request, _url, match) => {
    const form = await readForm(request);
    const pathId = match[1] === undefined ? undefined : decodeURIComponent(match[1]);
    const formId = form.get('id') ?? undefined;
    if (pathId !== undefined && formId !== undefined && formId !== pathId) return bynderError(400, 'Parameter "id" does not match the upload.');
    const uploadId = pathId ?? formId;
    if (!uploadId) return bynderError(400, 'Parameter "id" is required.');
    const session = sessions.get(uploadId);
    if (!session) return bynderError(404, 'Upload not found.');
    if (form.get('targetid') !== session.targetid) return bynderError(400, 'Parameter "targetid" does not match the upload.');
    if (form.has('chunkNumber')) {
      const chunk = Number(form.get('chunkNumber'));
      if (form.get('filename') !== `${session.key}/p${chunk}`) return bynderError(400, 'Parameter "filename" does not name this chunk.');
      if (!session.stored.has(chunk)) return bynderError(400, `Chunk ${chunk} was not uploaded.`);
      session.registered.add(chunk);
      return json({ success: true, chunkNumber: chunk });
    }
    const chunks = Number(form.get('chunks'));
    if (!(Number.isInteger(chunks) && chunks >= 1)) return bynderError(400, 'Parameter "chunks" is required.');
    // What the JS, Python and C# SDKs send: the key of the last chunk.
    if (form.get('s3_filename') !== `${session.key}/p${chunks}`) return bynderError(400, 'Parameter "s3_filename" must be the key of the last chunk.');
    for (let n = 1; n <= chunks; n++) {
      if (!session.registered.has(n)) return bynderError(400, `Chunk ${n} of ${chunks} was not registered.`);
    }
    if (!session.importId) {
      session.importId = bynderId(prng);
      let size = 0;
      for (let n = 1; n <= chunks; n++) size += session.stored.get(n) ?? 0;
      const originalName = form.get('original_filename') || session.filename;
      session.filename = originalName;
      imports.set(session.importId, { importId: session.importId, session, size, polls: 0 });
    }
    return json({ success: true, importId: session.importId });
  };

  const poll: Route['handle'] = (_request, url) => {
    const items = (url.searchParams.get('items') ?? '')
      .split(',')
      .map((i) => i.trim())
      .filter(Boolean);
    if (items.length === 0) return bynderError(400, 'Parameter "items" is required.');
    const itemsDone: string[] = [];
    const itemsFailed: string[] = [];
    for (const id of items) {
      const record = imports.get(id);
      if (!record) {
        itemsFailed.push(id);
        continue;
      }
      record.polls++;
      if (record.polls > pollsBeforeDone()) itemsDone.push(id);
    }
    return json({ itemsDone, itemsFailed, itemsRejected: [] });
  };

  const saved = (record: ImportRecord): Response => {
    const item = data.mediaById(record.mediaId ?? '');
    return json({ success: true, mediaid: record.mediaId, batchId: record.importId, mediaitems: item ? mediaItems(item) : [] });
  };

  /** Saves a processed import as a new asset; the import id is in the path or in the form's `importId`. */
  const save: Route['handle'] = async (request, _url, match) => {
    const form = await readForm(request);
    const pathId = match[1] === undefined ? undefined : decodeURIComponent(match[1]);
    const formId = form.get('importId') ?? undefined;
    if (pathId !== undefined && formId !== undefined && formId !== pathId) return bynderError(400, 'Parameter "importId" does not match the path.');
    const importId = pathId ?? formId;
    if (!importId) return bynderError(400, 'Parameter "importId" is required.');
    const record = imports.get(importId);
    if (!record) return bynderError(404, 'Import not found.');
    if (record.polls <= pollsBeforeDone()) return bynderError(400, 'The import is not finished yet.');
    if (record.mediaId) return saved(record);
    const brand = data.brands.find((b) => b.id === form.get('brandId'));
    if (!brand) return bynderError(400, form.get('brandId') ? 'Unknown brandId.' : 'Parameter "brandId" is required.');
    const filename = record.session.filename;
    const extension = fileSuffix(filename);
    const type = EXTENSION_TYPES[extension] ?? 'document';
    const name = form.get('name') || filename.replace(/\.[^.]*$/, '');
    const now = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
    const id = bynderId(prng);
    const size = type === 'image' && record.session.head ? imageSize(record.session.head) : undefined;
    const item: BynderMedia = {
      id,
      name,
      description: form.get('description') ?? '',
      type,
      extension: extension ? [extension] : [],
      brandId: brand.id,
      dateCreated: now,
      dateModified: now,
      datePublished: now,
      fileSize: record.size,
      ...(size ? { width: size[0], height: size[1], orientation: size[0] > size[1] ? 'landscape' : size[0] < size[1] ? 'portrait' : 'square' } : {}),
      copyright: form.get('copyright') ?? '',
      idHash: id.replace(/-/g, '').slice(0, 16).toLowerCase(),
      tags: (form.get('tags') ?? '')
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean),
      propertyOptions: [],
      isPublic: false,
      archive: false,
      limited: false,
      thumbnails: mediaUrls(portalOrigin, id, name, type),
    };
    data.addMedia(item);
    record.mediaId = id;
    return saved(record);
  };

  const routes: Route[] = [
    { endpoint: 'upload-endpoint', pattern: /^\/api\/upload\/endpoint\/?$/, methods: ['GET'], kind: 'api', handle: () => json(`${portalOrigin}${S3_PATH}`) },
    { endpoint: 'upload-init', pattern: /^\/api\/upload\/init\/?$/, methods: ['POST'], kind: 'api', handle: init },
    { endpoint: 's3', pattern: /^\/s3\/bynder-uploads\/?$/, methods: ['POST'], kind: 'public', handle: s3 },
    { endpoint: 'upload-poll', pattern: /^\/api\/v4\/upload\/poll\/?$/, methods: ['GET'], kind: 'api', handle: poll },
    { endpoint: 'upload-register', pattern: /^\/api\/v4\/upload\/?$/, methods: ['POST'], kind: 'api', handle: register },
    { endpoint: 'upload-register', pattern: /^\/api\/v4\/upload\/([^/]+)\/?$/, methods: ['POST'], kind: 'api', handle: register },
    { endpoint: 'media-save', pattern: /^\/api\/v4\/media\/save\/?$/, methods: ['POST'], kind: 'api', handle: save },
    { endpoint: 'media-save', pattern: /^\/api\/v4\/media\/save\/([^/]+)\/?$/, methods: ['POST'], kind: 'api', handle: save },
  ];

  const controller: BynderUploadsController = {
    list: () =>
      [...sessions.values()].map((s) => {
        const record = s.importId ? imports.get(s.importId) : undefined;
        return {
          uploadid: s.uploadid,
          filename: s.filename,
          chunksStored: [...s.stored.keys()].sort((a, b) => a - b),
          chunksRegistered: [...s.registered].sort((a, b) => a - b),
          ...(s.importId ? { importId: s.importId } : {}),
          ...(record ? { polls: record.polls, size: record.size } : {}),
          ...(record?.mediaId ? { mediaId: record.mediaId } : {}),
        };
      }),
    get pollsBeforeDone() {
      return pollsBeforeDone();
    },
    setPollsBeforeDone(polls) {
      pollsOverride = polls;
    },
  };

  return {
    routes,
    controller,
    reset() {
      sessions = new Map();
      byKey = new Map();
      imports = new Map();
      pollsOverride = undefined;
    },
  };
}
