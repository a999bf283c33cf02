// What both Node emulators (Brandworkz, Bynder) share around their core: the HTTP server, Node ⇄ Web
// request and response, OAuth paths to oidc-provider, everything else to the core's pipeline, the
// DAM's 404 and 500 for what the core does not answer, and the bearer-token check that accepts
// oidc-provider's tokens and those minted by `POST /__emulator/tokens`.

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { withCors } from '../core/http.js';
import type { TokenCheck } from '../core/tokens.js';
import type { OAuthServer } from './oauth.js';
import { resolveAccess, type Access, type EmulatorAccessOptions } from './security.js';

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

function toWebRequest(req: IncomingMessage, url: URL): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
  }
  const method = req.method ?? 'GET';
  if (method === 'GET' || method === 'HEAD') return new Request(url, { method, headers });
  return new Request(url, { method, headers, body: requestBody(req), duplex: 'half' } as RequestInit);
}

async function sendWebResponse(res: ServerResponse, response: Response, method: string): Promise<void> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  const body = method === 'HEAD' || response.status === 204 || response.status === 304 ? undefined : Buffer.from(await response.arrayBuffer());
  if (body) headers['content-length'] = String(body.length);
  res.writeHead(response.status, headers);
  res.end(body);
}

let silenced = false;

function silenceProviderNotices(): void {
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

/** What a Node emulator serves: a core (a pipeline) and its tokens. */
interface ServedCore {
  handle(request: Request): Promise<Response | undefined>;
  readonly tokens: { check(token: string): TokenCheck };
}

/** What both `startEmulator` and `startBynderEmulator` take. */
export interface ServerOptions extends EmulatorAccessOptions {
  /** Default 4010 (Brandworkz), 4011 (Bynder); 0 = any free port. */
  port?: number;
  /** Default '127.0.0.1'. */
  host?: string;
  /** Complete login and approval without user action (automated tests). Switchable at runtime. */
  autoApprove?: boolean;
  /** No start-up banner, no oidc-provider notices. */
  quiet?: boolean;
}

/** What every core a server makes is made with (besides its origin). */
interface CoreOptions {
  readonly allowedOrigins: readonly string[];
  readonly testMode: boolean;
  readonly autoApprove: boolean;
  /** Checks oidc-provider's tokens, then the core's own (minted by `POST /__emulator/tokens`). */
  verifyToken(token: string): Promise<TokenCheck>;
}

interface ServeOptions<Core extends ServedCore> {
  options: ServerOptions;
  defaultPort: number;
  /** The core for the server's origin. */
  core(origin: string, options: CoreOptions): Core;
  oauth(origin: string, core: Core, access: Access): Promise<OAuthServer>;
  /** Paths oidc-provider answers (besides `/.well-known/` and the interaction pages under `/oauth/`). */
  oauthPrefix: string;
  /** The DAM's 404 for a path that is no route (CORS is added), and its 500. */
  notFound(request: Request, url: URL): Response;
  serverError(): Response;
  /** The DAM's name, e.g. `Bynder`: `Bynder emulator on http://…` starts the banner and marks errors. */
  name: string;
  /** The banner's other lines (unless quiet). */
  banner(origin: string, core: Core, access: Access): string[];
}

interface RunningServer<Core> {
  origin: string;
  emulator: Core;
  close(): Promise<void>;
}

export async function serveEmulator<Core extends ServedCore>(serve: ServeOptions<Core>): Promise<RunningServer<Core>> {
  const { options } = serve;
  const access = resolveAccess(options);
  if (options.quiet) silenceProviderNotices();
  const server = createServer();
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? serve.defaultPort, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const publicHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
  const origin = `http://${publicHost}:${port}`;

  let oauth: OAuthServer | undefined;
  const { allowedOrigins, testMode } = access;
  const core: Core = serve.core(origin, {
    allowedOrigins,
    testMode,
    autoApprove: options.autoApprove ?? false,
    async verifyToken(token) {
      const checked = await oauth?.checkToken(token);
      return checked && checked.state !== 'invalid' ? checked : core.tokens.check(token);
    },
  });
  oauth = await serve.oauth(origin, core, access);
  const oauthServer = oauth;
  const oauthPath = (path: string): boolean => [serve.oauthPrefix, '/oauth/', '/.well-known/'].some((prefix) => path.startsWith(prefix));

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    void (async () => {
      const url = new URL(req.url ?? '/', origin);
      try {
        if (oauthPath(url.pathname)) {
          await oauthServer.handle(req, res, url);
          return;
        }
        const request = toWebRequest(req, url);
        const response = (await core.handle(request)) ?? withCors(serve.notFound(request, url), request, allowedOrigins);
        await sendWebResponse(res, response, request.method);
        if (!req.readableEnded) req.resume(); // an unread body (a refused upload): drain it
      } catch (error) {
        if (!options.quiet) console.error(`[${serve.name} emulator]`, error);
        if (!res.headersSent) await sendWebResponse(res, serve.serverError(), req.method ?? 'GET');
        else res.destroy();
      }
    })();
  });

  if (!options.quiet) console.log([`${serve.name} emulator on ${origin}`, ...serve.banner(origin, core, access)].join('\n'));
  return {
    origin,
    emulator: core,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
