// Bynder's upload flow as its SDKs drive it: /api/upload/endpoint/ names the S3 stand-in,
// /api/upload/init/ hands out `multipart_params`, chunks are POSTed as multipart forms to the
// stand-in, each chunk is registered, the upload is finalised (→ importId), polled until done (after
// a few polls) and saved to a brand as a new media item.

import { json } from '../http.js';
import { fileSuffix, randomToken } from '../upload-http.js';
import { bynderError, type ApiRoute } from './api.js';
import { bynderId, mediaUrls, type BynderData, type BynderMedia, type BynderMediaType } from './data.js';
import { createPrng } from '../prng.js';

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
  /** Polls a finished import still needs before it is done (a fault switch; `undefined` = the default). */
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

  const init: ApiRoute['handle'] = async (request) => {
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

  /** The S3 stand-in: a multipart form with every `multipart_params` field, `key` = `{key}/p{n}`, `file` last. */
  const s3: ApiRoute['handle'] = async (request) => {
    if (request.headers.has('Authorization')) return s3Xml(400, 'InvalidArgument', 'Only one auth mechanism allowed; Authorization header not expected.');
    if (!(request.headers.get('Content-Type') ?? '').includes('multipart/form-data'))
      return s3Xml(412, 'PreconditionFailed', 'Bucket POST must be of the enclosure-type multipart/form-data');
    const form = await request.formData();
    const entries = [...form.entries()];
    const last = entries.at(-1);
    if (!last || last[0] !== 'file' || typeof last[1] === 'string') return s3Xml(400, 'InvalidArgument', 'The file field must be the last field of the form.');
    const field = (name: string): string => {
      const value = form.get(name);
      return typeof value === 'string' ? value : '';
    };
    if (field('Policy') !== policy || field('X-Amz-Signature') !== signature) return s3Xml(403, 'AccessDenied', 'Invalid according to Policy');
    for (const name of ['acl', 'success_action_status', 'x-amz-credential', 'x-amz-algorithm', 'x-amz-date']) {
      if (!form.has(name)) return s3Xml(400, 'InvalidPolicyDocument', `Missing form field ${name}`);
    }
    const match = /^(.*)\/p(\d+)$/.exec(field('key'));
    const session = match ? byKey.get(match[1]!) : undefined;
    const chunk = Number(match?.[2]);
    if (!session || !(chunk >= 1)) return s3Xml(403, 'AccessDenied', 'Invalid according to Policy: key does not match');
    if (Number(field('chunk')) !== chunk && Number(field('chunk')) !== chunk - 1) return s3Xml(400, 'InvalidArgument', 'chunk does not match the key');
    const file = last[1] as Blob;
    session.stored.set(chunk, file.size);
    const location = `${portalOrigin}${S3_PATH}${field('key')}`;
    return new Response(
      `<?xml version="1.0" encoding="UTF-8"?>\n<PostResponse><Location>${location}</Location><Bucket>bynder-uploads</Bucket><Key>${field('key')}</Key><ETag>"${randomToken(16)}"</ETag></PostResponse>`,
      { status: 201, headers: { 'Content-Type': 'application/xml', ETag: `"${chunk}"` } },
    );
  };

  /** Registers a chunk (`chunkNumber` present) or finalises the upload (`chunks`, `original_filename`). */
  const register: ApiRoute['handle'] = async (request, _url, match) => {
    const session = sessions.get(decodeURIComponent(match[1] ?? ''));
    if (!session) return bynderError(404, 'Upload not found.');
    const form = await readForm(request);
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
    if (form.get('s3_filename') !== session.key) return bynderError(400, 'Parameter "s3_filename" does not match the upload.');
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

  const poll: ApiRoute['handle'] = (_request, url) => {
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

  const save: ApiRoute['handle'] = async (request, _url, match) => {
    const record = imports.get(decodeURIComponent(match[1] ?? ''));
    if (!record) return bynderError(404, 'Import not found.');
    if (record.polls <= pollsBeforeDone()) return bynderError(400, 'The import is not finished yet.');
    if (record.mediaId) return json({ success: true, mediaid: record.mediaId });
    const form = await readForm(request);
    const brand = data.brands.find((b) => b.id === form.get('brandId'));
    if (!brand) return bynderError(400, form.get('brandId') ? 'Unknown brandId.' : 'Parameter "brandId" is required.');
    const filename = record.session.filename;
    const extension = fileSuffix(filename);
    const type = EXTENSION_TYPES[extension] ?? 'document';
    const name = form.get('name') || filename.replace(/\.[^.]*$/, '');
    const now = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
    const id = bynderId(prng);
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
    return json({ success: true, mediaid: id });
  };

  const routes: ApiRoute[] = [
    { endpoint: 'upload-endpoint', pattern: /^\/api\/upload\/endpoint\/?$/, methods: ['GET'], api: true, handle: () => json(`${portalOrigin}${S3_PATH}`) },
    { endpoint: 'upload-init', pattern: /^\/api\/upload\/init\/?$/, methods: ['POST'], api: true, handle: init },
    { endpoint: 's3', pattern: /^\/s3\/bynder-uploads\/?$/, methods: ['POST'], api: false, handle: s3 },
    { endpoint: 'upload-poll', pattern: /^\/api\/v4\/upload\/poll\/?$/, methods: ['GET'], api: true, handle: poll },
    { endpoint: 'upload-register', pattern: /^\/api\/v4\/upload\/([^/]+)\/?$/, methods: ['POST'], api: true, handle: register },
    { endpoint: 'media-save', pattern: /^\/api\/v4\/media\/save\/([^/]+)\/?$/, methods: ['POST'], api: true, handle: save },
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
