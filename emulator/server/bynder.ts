// The Bynder portal emulator as a Node HTTP server on its own origin: the core for the API, images,
// the S3 stand-in and control routes; oidc-provider for OAuth 2 under /v6/authentication/oauth2/.

import { createBynderEmulator, type BynderEmulator } from '../core/bynder/index.js';
import { bynderError } from '../core/bynder/api.js';
import { BYNDER_AUTH_PATH, createBynderOAuthServer } from './bynder-oauth.js';
import { serveEmulator, type ServerOptions } from './serve.js';

/** As for `startEmulator` (`allowedOrigins`, `redirectUris`, `testMode` with the same defaults: the demo's, test mode off). */
export interface StartBynderEmulatorOptions extends ServerOptions {
  /** Default 4000. */
  mediaCount?: number;
  seed?: number;
  /** Polls before an import is done (default 2). */
  pollsBeforeDone?: number;
}

export interface RunningBynderEmulator {
  /** The portal origin: what the picker's `site` attribute names. */
  origin: string;
  emulator: BynderEmulator;
  close(): Promise<void>;
}

export function startBynderEmulator(options: StartBynderEmulatorOptions = {}): Promise<RunningBynderEmulator> {
  return serveEmulator({
    options,
    defaultPort: 4011,
    core: (origin, shared) =>
      createBynderEmulator({
        ...shared,
        portalOrigin: origin,
        ...(options.mediaCount !== undefined ? { mediaCount: options.mediaCount } : {}),
        ...(options.seed !== undefined ? { seed: options.seed } : {}),
        ...(options.pollsBeforeDone !== undefined ? { uploads: { pollsBeforeDone: options.pollsBeforeDone } } : {}),
      }),
    oauth: createBynderOAuthServer,
    oauthPrefix: '/v6/authentication/',
    notFound: () => bynderError(404, 'Not Found'),
    serverError: () => bynderError(500, 'Internal Server Error'),
    name: 'Bynder',
    banner: (origin, _emulator, access) => [
      `  API:   ${origin}/api/v4/media/`,
      `  OAuth: ${origin}${BYNDER_AUTH_PATH} (client dam-picker-demo, PKCE S256; user editor / editor)`,
      `  test mode (/__emulator/*): ${access.testMode ? 'on' : 'off'}; CORS for: ${access.allowedOrigins.join(' ') || '(no origin)'}`,
    ],
  });
}
