// The emulator as a Node HTTP server: the core for discovery, API, CDN and control routes, and
// oidc-provider for /oauth/*.

import { createBrandworkzEmulator, type BrandworkzEmulator } from '../core/index.js';
import { documentedError, jsonError } from '../core/http.js';
import { createOAuthServer, DEMO_USER, PUBLIC_CLIENT_ID } from './oauth.js';
import { createDiskStorage } from './disk-store.js';
import { serveEmulator, type ServerOptions } from './serve.js';

export { RELAY_CLIENT_ID, RELAY_CLIENT_SECRET } from './oauth.js';
export { startBynderEmulator, type RunningBynderEmulator } from './bynder.js';
export { demoAllowedOrigins, demoRedirectUris } from './security.js';

export interface StartEmulatorOptions extends ServerOptions {
  /** Default 6000. */
  assetCount?: number;
  /** Default 1. */
  seed?: number;
  /** Where uploaded bytes are kept. Default: a new folder in the OS temp dir, deleted by close(). */
  uploadDir?: string;
  /** Initial delay before an imported upload is searchable, in ms (default 2000; a fault switch too). */
  indexingDelayMs?: number;
}

export interface RunningEmulator {
  origin: string;
  emulator: BrandworkzEmulator;
  /** The folder holding uploaded bytes. */
  uploadDir: string;
  close(): Promise<void>;
}

export async function startEmulator(options: StartEmulatorOptions = {}): Promise<RunningEmulator> {
  const storage = createDiskStorage(options.uploadDir);
  const running = await serveEmulator({
    options,
    defaultPort: 4010,
    core: (origin, shared) =>
      createBrandworkzEmulator({
        ...shared,
        apiOrigin: origin,
        uploads: { storage, ...(options.indexingDelayMs !== undefined ? { indexingDelayMs: options.indexingDelayMs } : {}) },
        ...(options.assetCount !== undefined ? { assetCount: options.assetCount } : {}),
        ...(options.seed !== undefined ? { seed: options.seed } : {}),
      }),
    oauth: createOAuthServer,
    oauthPrefix: '/oauth/',
    notFound: (request, url) => jsonError(404, 'not_found', `No route for ${request.method} ${url.pathname}`),
    serverError: () => documentedError('configuration'),
    name: 'Brandworkz',
    banner: (origin, emulator, access) => [
      `  discovery: ${origin}/getAPIURL?clientURL=${emulator.options.site}`,
      `  API:       ${origin}/v${emulator.options.apiVersion}/${emulator.options.clientDb}/simpleSearch`,
      `  OAuth:     ${origin}/oauth/authorize (client ${PUBLIC_CLIENT_ID}, PKCE S256; user ${DEMO_USER.username} / ${DEMO_USER.password})`,
      `  auto-approve: ${emulator.faults.autoApprove ? 'on' : 'off'}; test mode (/__emulator/*): ${access.testMode ? 'on' : 'off'}`,
      `  CORS for:  ${access.allowedOrigins.join(' ') || '(no origin)'}`,
      `  redirect URIs: ${access.redirectUris.join(' ')}`,
    ],
  }).catch(async (error: unknown) => {
    if (options.uploadDir === undefined) await storage.dispose();
    throw error;
  });
  return {
    ...running,
    uploadDir: storage.dir,
    close: async () => {
      await running.close();
      if (options.uploadDir === undefined) await storage.dispose();
    },
  };
}
