// The emulator as a Node HTTP server: the core for discovery, API, CDN and control routes, and
// oidc-provider for /oauth/*.

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createBrandworkzEmulator, withCors, type BrandworkzEmulator } from '../core/index.js';
import { createOAuthServer, DEMO_USER, PUBLIC_CLIENT_ID, type OAuthServer } from './oauth.js';
import { createDiskStorage } from './disk-store.js';
import { demoAllowedOrigins, demoRedirectUris, normalizeOrigins, normalizeRedirectUris } from './security.js';

export { RELAY_CLIENT_ID, RELAY_CLIENT_SECRET } from './oauth.js';
export { startBynderEmulator, type RunningBynderEmulator } from './bynder.js';
export { demoAllowedOrigins, demoRedirectUris } from './security.js';

/** What both Node emulators take about who may use them. */
export interface EmulatorAccessOptions {
  /**
   * Origins whose browser requests get CORS answers (API, CDN, OAuth token and revocation endpoints,
   * 404s, preflights), matched exactly. Requests from other origins get no CORS headers (the browser
   * blocks them); requests without `Origin` (server to server) work as ever.
   * Default: the `npm start` demo's, `demoAllowedOrigins()` = http://localhost:5173 and http://127.0.0.1:5174.
   */
  allowedOrigins?: readonly string[];
  /**
   * The OAuth redirect URIs registered for the clients, matched exactly (another port, path or query is
   * refused with an error page, never redirected to). Default: the demo's pages, `demoRedirectUris()`.
   */
  redirectUris?: readonly string[];
  /** Serve the `/__emulator/*` control routes (tests, benchmarks). Default false: they answer 404. */
  testMode?: boolean;
}

/** The access options with their defaults applied and checked. */
export function resolveAccess(options: EmulatorAccessOptions): { allowedOrigins: string[]; redirectUris: string[]; testMode: boolean } {
  const redirectUris = normalizeRedirectUris(options.redirectUris ?? demoRedirectUris());
  if (redirectUris.length === 0) throw new TypeError('redirectUris: register at least one redirect URI');
  return {
    allowedOrigins: normalizeOrigins(options.allowedOrigins ?? demoAllowedOrigins()),
    redirectUris,
    testMode: options.testMode ?? false,
  };
}

export interface StartEmulatorOptions extends EmulatorAccessOptions {
  /** Default 4010; 0 = any free port. */
  port?: number;
  /** Default '127.0.0.1'. */
  host?: string;
  /** Complete login and approval without user action (automated tests). Switchable at runtime. */
  autoApprove?: boolean;
  /** Default 6000. */
  assetCount?: number;
  /** Default 1. */
  seed?: number;
  /** No start-up banner, no oidc-provider notices. */
  quiet?: boolean;
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

/**
 * The request body as a Web stream that pulls from the socket only when read, so an upload streams
 * to storage without being buffered whole. A body nobody reads is drained after the response.
 */
function requestBody(req: IncomingMessage): ReadableStream<Uint8Array> {
  let iterator: AsyncIterator<Buffer> | undefined;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        iterator ??= req[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
        const next = await iterator.next();
        if (next.done) controller.close();
        else controller.enqueue(new Uint8Array(next.value.buffer, next.value.byteOffset, next.value.byteLength));
      },
      async cancel() {
        await iterator?.return?.();
      },
    },
    { highWaterMark: 0 },
  );
}

export async function toWebRequest(req: IncomingMessage, url: URL): Promise<Request> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
  }
  const method = req.method ?? 'GET';
  if (method === 'GET' || method === 'HEAD') return new Request(url, { method, headers });
  return new Request(url, { method, headers, body: requestBody(req), duplex: 'half' } as RequestInit);
}

export async function sendWebResponse(res: ServerResponse, response: Response, method: string): Promise<void> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  const body = method === 'HEAD' || response.status === 204 || response.status === 304 ? undefined : Buffer.from(await response.arrayBuffer());
  if (body) headers['content-length'] = String(body.length);
  res.writeHead(response.status, headers);
  res.end(body);
}

function notFound(request: Request, url: URL, allowedOrigins: readonly string[]): Response {
  const response = new Response(JSON.stringify({ error: 'not_found', error_description: `No route for ${request.method} ${url.pathname}` }), {
    status: 404,
    headers: { 'Content-Type': 'application/json;charset=UTF-8' },
  });
  return withCors(response, request, allowedOrigins);
}

export function silenceProviderNotices(): void {
  if (silenced) return;
  silenced = true;
  // oidc-provider prints development notices through console.info/console.warn with this prefix.
  for (const method of ['info', 'warn'] as const) {
    const original = console[method].bind(console);
    console[method] = (...args: unknown[]) => {
      if (typeof args[0] === 'string' && args[0].includes('oidc-provider')) return;
      original(...args);
    };
  }
}

let silenced = false;

export async function startEmulator(options: StartEmulatorOptions = {}): Promise<RunningEmulator> {
  const host = options.host ?? '127.0.0.1';
  const access = resolveAccess(options);
  if (options.quiet) silenceProviderNotices();
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4010, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const publicHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
  const origin = `http://${publicHost}:${port}`;

  let oauth: OAuthServer | undefined;
  const storage = createDiskStorage(options.uploadDir);
  const emulator = createBrandworkzEmulator({
    uploads: { storage, ...(options.indexingDelayMs !== undefined ? { indexingDelayMs: options.indexingDelayMs } : {}) },
    apiOrigin: origin,
    autoApprove: options.autoApprove ?? false,
    allowedOrigins: access.allowedOrigins,
    testMode: access.testMode,
    ...(options.assetCount !== undefined ? { assetCount: options.assetCount } : {}),
    ...(options.seed !== undefined ? { seed: options.seed } : {}),
    // Tokens from the OAuth flow, and those minted by POST /__emulator/tokens.
    verifyToken: async (token) => {
      const checked = await oauth?.checkToken?.(token);
      if (checked && checked.state !== 'invalid') return checked;
      return emulator.tokens.check(token);
    },
  });
  oauth = await createOAuthServer(origin, emulator, access);
  const oauthServer = oauth;

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    void (async () => {
      const url = new URL(req.url ?? '/', origin);
      try {
        if (url.pathname.startsWith('/oauth/') || url.pathname.startsWith('/.well-known/')) {
          await oauthServer.handle(req, res, url);
          return;
        }
        const request = await toWebRequest(req, url);
        const response = (await emulator.handle(request)) ?? notFound(request, url, access.allowedOrigins);
        await sendWebResponse(res, response, request.method);
        if (!req.readableEnded) req.resume(); // an unread body (a refused upload): drain it
      } catch (error) {
        if (!options.quiet) console.error('[emulator]', error);
        if (!res.headersSent) {
          res.writeHead(500, { 'Content-Type': 'application/json;charset=UTF-8' });
          res.end(JSON.stringify({ result: { code: 4, message: 'Configuration error' } }));
        } else {
          res.destroy();
        }
      }
    })();
  });

  if (!options.quiet) {
    console.log(`Brandworkz emulator on ${origin}`);
    console.log(`  discovery: ${origin}/getAPIURL?clientURL=${emulator.options.site}`);
    console.log(`  API:       ${origin}/v${emulator.options.apiVersion}/${emulator.options.clientDb}/simpleSearch`);
    console.log(`  OAuth:     ${origin}/oauth/authorize (client ${PUBLIC_CLIENT_ID}, PKCE S256; user ${DEMO_USER.username} / ${DEMO_USER.password})`);
    console.log(`  auto-approve: ${emulator.faults.autoApprove ? 'on' : 'off'}; test mode (/__emulator/*): ${access.testMode ? 'on' : 'off'}`);
    console.log(`  CORS for:  ${access.allowedOrigins.join(' ') || '(no origin)'}`);
    console.log(`  redirect URIs: ${access.redirectUris.join(' ')}`);
  }

  return {
    origin,
    emulator,
    uploadDir: storage.dir,
    close: async () => {
      await new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
      if (options.uploadDir === undefined) await storage.dispose();
    },
  };
}
