// The Bynder portal emulator as a Node HTTP server on its own origin: the core for the API, images,
// the S3 stand-in and control routes; oidc-provider for OAuth 2 under /v6/authentication/oauth2/.

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createBynderEmulator, type BynderEmulator } from '../core/bynder/index.js';
import { withCors } from '../core/http.js';
import { BYNDER_AUTH_PATH, createBynderOAuthServer } from './bynder-oauth.js';
import { resolveAccess, sendWebResponse, silenceProviderNotices, toWebRequest, type EmulatorAccessOptions } from './index.js';
import type { OAuthServer } from './oauth.js';

/** `allowedOrigins`, `redirectUris` and `testMode` as for `startEmulator` (same defaults: the demo's, test mode off). */
export interface StartBynderEmulatorOptions extends EmulatorAccessOptions {
  /** Default 4011; 0 = any free port. */
  port?: number;
  /** Default '127.0.0.1'. */
  host?: string;
  autoApprove?: boolean;
  /** Default 4000. */
  mediaCount?: number;
  seed?: number;
  quiet?: boolean;
  /** Polls before an import is done (default 2). */
  pollsBeforeDone?: number;
}

export interface RunningBynderEmulator {
  /** The portal origin: what the picker's `site` attribute names. */
  origin: string;
  emulator: BynderEmulator;
  close(): Promise<void>;
}

export async function startBynderEmulator(options: StartBynderEmulatorOptions = {}): Promise<RunningBynderEmulator> {
  const host = options.host ?? '127.0.0.1';
  const access = resolveAccess(options);
  if (options.quiet) silenceProviderNotices();
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4011, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://${host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`;
  let oauth: OAuthServer | undefined;
  const emulator = createBynderEmulator({
    portalOrigin: origin,
    autoApprove: options.autoApprove ?? false,
    allowedOrigins: access.allowedOrigins,
    testMode: access.testMode,
    ...(options.mediaCount !== undefined ? { mediaCount: options.mediaCount } : {}),
    ...(options.seed !== undefined ? { seed: options.seed } : {}),
    ...(options.pollsBeforeDone !== undefined ? { uploads: { pollsBeforeDone: options.pollsBeforeDone } } : {}),
    verifyToken: async (token) => {
      const state = oauth ? await oauth.verifyToken(token) : 'invalid';
      return state !== 'invalid' ? state : emulator.tokens.verify(token);
    },
  });
  oauth = await createBynderOAuthServer(origin, emulator, access);
  const oauthServer = oauth;

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    void (async () => {
      const url = new URL(req.url ?? '/', origin);
      try {
        if (url.pathname.startsWith('/v6/authentication/') || url.pathname.startsWith('/oauth/') || url.pathname.startsWith('/.well-known/')) {
          await oauthServer.handle(req, res, url);
          return;
        }
        const request = await toWebRequest(req, url);
        const response =
          (await emulator.handle(request)) ??
          withCors(
            new Response(JSON.stringify({ message: 'Not Found', statuscode: 404 }), {
              status: 404,
              headers: { 'Content-Type': 'application/json' },
            }),
            request,
            access.allowedOrigins,
          );
        await sendWebResponse(res, response, request.method);
        if (!req.readableEnded) req.resume();
      } catch (error) {
        if (!options.quiet) console.error('[bynder emulator]', error);
        if (!res.headersSent) {
          res.writeHead(500, { 'Content-Type': 'application/json' });
          res.end(JSON.stringify({ message: 'Internal Server Error', statuscode: 500 }));
        } else {
          res.destroy();
        }
      }
    })();
  });

  if (!options.quiet) {
    console.log(`Bynder emulator on ${origin}`);
    console.log(`  API:   ${origin}/api/v4/media/`);
    console.log(`  OAuth: ${origin}${BYNDER_AUTH_PATH} (client dam-picker-demo, PKCE S256; user editor / editor)`);
    console.log(`  test mode (/__emulator/*): ${access.testMode ? 'on' : 'off'}; CORS for: ${access.allowedOrigins.join(' ') || '(no origin)'}`);
  }
  return {
    origin,
    emulator,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
