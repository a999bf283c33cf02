// Uploads as the Brandworkz documentation describes them: /createUploadPath hands out presigned URLs
// on an S3 stand-in (this origin, /s3/…), PUTs store real bytes and answer an ETag, /assemble joins
// multipart uploads, /importAsset creates the asset (searchable after the indexing delay), and
// /saveMetadata edits it. One handler per file (upload-*.ts); this module wires them to the shared
// state and reports uploads to the control API. Choices where the documentation is silent are in the README.

import { json } from './http.js';
import type { BrandworkzData } from './data.js';
import type { ApiEndpoint, EmulatorModule, Route, RouteRequest } from './routes.js';
import { assemble } from './upload-assemble.js';
import { createUploadPath } from './upload-create.js';
import { importAsset } from './upload-import.js';
import { storageRoute } from './upload-put.js';
import { saveMetadata } from './upload-save-metadata.js';
import { createUploadState, objectName, resetUploadState, type Session, type UploadsOptions, type UploadState } from './upload-state.js';
import { createMemoryStorage, type StoredObject } from './upload-store.js';

export type { UploadsOptions } from './upload-state.js';
export const DEFAULT_INDEXING_DELAY_MS = 2000;

type UploadPhase = 'created' | 'uploading' | 'stored' | 'imported';

/** An upload as the control API reports it. */
interface UploadRecord {
  keyName: string;
  type: 'single-upload' | 'multipart-upload';
  uploadId?: string;
  fileName: string;
  fileSize: number;
  categoryGuid: string;
  assetId: number;
  assetVersion: number;
  phase: UploadPhase;
  /** Multipart: the part numbers stored so far (empty once assembled). */
  partsStored: number[];
  assetGuid?: string;
  /** Set when /importAsset made a shortcut to an identical file instead of a new asset. */
  shortcutTo?: string;
}

export interface UploadsController {
  list(): UploadRecord[];
  /** Size and MD5 of the stored bytes of an upload (by `keyName`) or an imported asset (by GUID). */
  stored(keyNameOrGuid: string): Promise<(StoredObject & { keyName: string; assetGuid?: string }) | undefined>;
}

function describe(session: Session): UploadRecord {
  const shortcut = session.imported?.response.shortcutCreated === 1;
  return {
    keyName: session.keyName,
    type: session.type,
    ...(session.uploadId ? { uploadId: session.uploadId } : {}),
    fileName: session.fileName,
    fileSize: session.fileSize,
    categoryGuid: session.categoryGuid,
    assetId: session.assetId,
    assetVersion: session.assetVersion,
    phase: session.imported ? 'imported' : session.object ? 'stored' : session.parts.size > 0 ? 'uploading' : 'created',
    partsStored: [...session.parts.keys()].sort((a, b) => a - b),
    ...(session.imported && !shortcut ? { assetGuid: session.imported.asset.guid } : {}),
    ...(session.imported && shortcut ? { shortcutTo: session.imported.asset.guid } : {}),
  };
}

function createController(state: UploadState): UploadsController {
  return {
    list: () => [...state.sessions.values()].map(describe),
    async stored(keyNameOrGuid) {
      const session = state.sessions.get(keyNameOrGuid) ?? state.imported.get(keyNameOrGuid.toLowerCase());
      if (!session?.object) return undefined;
      const stat = await state.storage.stat(objectName(session.keyName));
      if (!stat) return undefined;
      return { ...stat, keyName: session.keyName, ...(session.imported ? { assetGuid: session.imported.asset.guid } : {}) };
    },
  };
}

const controlRoute = (pattern: RegExp, name: string, handle: Route['handle']): Route => ({
  kind: 'control',
  pattern,
  methods: ['GET'],
  endpoint: name,
  handle,
});

/** Every upload endpoint changes the DAM: a token needs the `write` scope. */
const writeEndpoint = (state: UploadState, name: string, handle: (state: UploadState, req: RouteRequest) => Promise<Response>): ApiEndpoint => ({
  name,
  methods: ['POST'],
  scope: 'write',
  handle: (req) => handle(state, req),
});

export function createUploadsModule(data: BrandworkzData, options: UploadsOptions = {}): { module: EmulatorModule; controller: UploadsController } {
  const state = createUploadState(data, options, options.storage ?? createMemoryStorage());
  const controller = createController(state);
  const module: EmulatorModule = {
    routes: [
      storageRoute(state),
      controlRoute(/^\/__emulator\/uploads\/?$/, 'control:uploads', () => json({ uploads: controller.list() })),
      controlRoute(/^\/__emulator\/uploads\/(.+)$/, 'control:upload', async ({ match }) => {
        const found = await controller.stored(decodeURIComponent(match[1] ?? ''));
        return found ? json(found) : json({ error: 'not_found', error_description: 'No stored file under that keyName or assetGuid' }, 404);
      }),
    ],
    apiEndpoints: [
      writeEndpoint(state, 'createUploadPath', createUploadPath),
      writeEndpoint(state, 'assemble', assemble),
      writeEndpoint(state, 'importAsset', importAsset),
      writeEndpoint(state, 'saveMetadata', saveMetadata),
    ],
    reset: () => resetUploadState(state),
  };
  return { module, controller };
}
