// The Brandworkz OAuth endpoints (/oauth/authorize, /oauth/token) served by oidc-provider, a real
// OAuth 2 authorization server, plus the emulator's own login and approval pages.

import { generateKeyPair, randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { promisify } from 'node:util';
import type { KoaContext } from 'oidc-provider';
import type { BrandworkzEmulator, TokenCheck } from '../core/index.js';
import { DEFAULT_TOKEN_LIFETIME_SEC } from '../core/index.js';
import type { FaultController } from '../core/faults.js';
import { sleep } from '../core/http.js';
import type { RequestLog } from '../core/pipeline.js';
import { DEMO_USER, interactionHandler, peekForm, send, sendHtml } from './interaction.js';
import { errorPage } from './pages.js';
import { registerPasswordGrant } from './password-grant.js';
import { oauthCorsHeaders, restrictCors } from './security.js';

export { DEMO_USER };
export const PUBLIC_CLIENT_ID = 'dam-picker-demo';
export const RELAY_CLIENT_ID = 'dam-picker-relay';
export const RELAY_CLIENT_SECRET = 'dam-picker-relay-secret';

/** What an OAuth server is set up with: who may call it from a browser, and where it may send the user back. */
export interface OAuthSecurity {
  /** Origins that get CORS answers from the token, revocation and other endpoints (exact). */
  allowedOrigins: readonly string[];
  /** The redirect URIs registered for both clients; anything else is refused (exact match). */
  redirectUris: readonly string[];
}

export interface OAuthServer {
  /** A bearer token's state (valid, expired or unknown) and scope. */
  checkToken(token: string): Promise<TokenCheck>;
  /** Answers the OAuth paths, the interaction pages and `/.well-known/*`. */
  handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void>;
}

/** The oidc-provider settings both emulators share: the demo account, PKCE for public clients, CORS for the allowed origins only, approval on every authorization. */
export async function sharedProviderSettings(kid: string, allowedOrigins: readonly string[]): Promise<Record<string, unknown>> {
  const { privateKey } = await promisify(generateKeyPair)('rsa', { modulusLength: 2048 });
  return {
    jwks: { keys: [{ ...privateKey.export({ format: 'jwk' }), kid, alg: 'RS256', use: 'sig' }] },
    cookies: { keys: [randomBytes(32).toString('hex')] },
    responseTypes: ['code'],
    features: {
      devInteractions: { enabled: false },
      // RFC 7009 for the sign-out: a client revokes only tokens issued to it; another client's token
      // gets 200 and nothing happens. Stated here (oidc-provider's default is alike) so that its
      // "you should change" notice stays quiet.
      revocation: {
        enabled: true,
        allowedPolicy: async (_ctx: unknown, client: { clientId: string }, token: { clientId: string }) => token.clientId === client.clientId,
      },
    },
    interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/oauth/interaction/${interaction.uid}` },
    findAccount: async (_ctx: unknown, id: string) => (id === DEMO_USER.username ? { accountId: id, claims: async () => ({ sub: id }) } : undefined),
    // The approval screen shows on every authorization: only the grant the approval page just made counts
    // (oidc-provider's default also reuses the session's).
    loadExistingGrant: async (ctx: { oidc: { result?: { consent?: { grantId?: string } }; provider: { Grant: { find(id: string): Promise<unknown> } } } }) => {
      const grantId = ctx.oidc.result?.consent?.grantId;
      return grantId ? ctx.oidc.provider.Grant.find(grantId) : undefined;
    },
    expiresWithSession: async () => false,
    pkce: { required: (_ctx: unknown, client: { clientAuthMethod: string }) => client.clientAuthMethod === 'none' },
    // Token, revocation and introspection requests from a browser: only the allowed origins (others get 400).
    clientBasedCORS: (_ctx: unknown, requestOrigin: string) => allowedOrigins.includes(requestOrigin),
    clockTolerance: 0,
  };
}

/** The part of an oidc-provider instance the token check uses. */
interface TokenProvider {
  on(event: 'access_token.saved', listener: (token: { jti: string; exp: number }) => void): unknown;
  AccessToken: { find(token: string, options: { ignoreExpiration: boolean }): Promise<{ isExpired: boolean; scope?: string } | undefined> };
}

/**
 * How the API checks a bearer token: valid, expired (so the client refreshes) or invalid, and its scope
 * (what the Brandworkz API checks before uploads and metadata writes). oidc-provider forgets expired
 * tokens, so the expiry of every issued token is remembered to tell expired from unknown.
 */
export function tokenChecker(provider: TokenProvider): (token: string) => Promise<TokenCheck> {
  const expiry = new Map<string, number>();
  provider.on('access_token.saved', (token) => void expiry.set(token.jti, token.exp));
  return async (token) => {
    const found = await provider.AccessToken.find(token, { ignoreExpiration: true });
    if (found) return { state: found.isExpired ? 'expired' : 'valid', scope: found.scope };
    const expires = expiry.get(token);
    return { state: expires !== undefined && expires <= Date.now() / 1000 ? 'expired' : 'invalid' };
  };
}

export async function createOAuthServer(origin: string, emulator: BrandworkzEmulator, security: OAuthSecurity): Promise<OAuthServer> {
  const { clientDb } = emulator.options;
  const { allowedOrigins } = security;
  // Imported here so that a quiet server can silence the notices oidc-provider prints on import.
  const { default: Provider, errors } = await import('oidc-provider');
  const shared = await sharedProviderSettings('emulator-rs256', allowedOrigins);

  const grantTypes = ['authorization_code', 'refresh_token'];
  // Exact matching (oidc-provider's own, for web clients): no other port, path or query.
  const redirectUris = [...security.redirectUris];
  const provider = new Provider(origin, {
    ...shared,
    clients: [
      {
        client_id: PUBLIC_CLIENT_ID,
        client_name: 'dam-picker demo',
        token_endpoint_auth_method: 'none',
        grant_types: grantTypes,
        response_types: ['code'],
        redirect_uris: redirectUris,
        scope: 'read write',
      },
      {
        client_id: RELAY_CLIENT_ID,
        client_name: 'dam-picker token relay',
        client_secret: RELAY_CLIENT_SECRET,
        token_endpoint_auth_method: 'client_secret_basic',
        // The documentation's step 2a (server-side integrators): only a client with a secret.
        grant_types: [...grantTypes, 'password'],
        response_types: ['code'],
        redirect_uris: redirectUris,
        scope: 'read write',
      },
    ],
    routes: {
      authorization: '/oauth/authorize',
      token: '/oauth/token',
      jwks: '/oauth/jwks',
      revocation: '/oauth/revoke',
      introspection: '/oauth/introspect',
      end_session: '/oauth/logout',
      userinfo: '/oauth/userinfo',
    },
    scopes: ['openid', 'offline_access', 'read', 'write'],
    // Brandworkz issues refresh tokens with `scope=read`; no offline_access needed.
    issueRefreshToken: async (_ctx: unknown, client: { grantTypeAllowed(type: string): boolean }) => client.grantTypeAllowed('refresh_token'),
    rotateRefreshToken: () => true,
    extraParams: {
      clientDb(_ctx: unknown, value: string | undefined) {
        if (value !== clientDb) throw new errors.InvalidRequest(`clientDb must be '${clientDb}'`);
      },
    },
    ttl: {
      AccessToken: () => emulator.faults.tokenLifetime ?? DEFAULT_TOKEN_LIFETIME_SEC,
      AuthorizationCode: 120,
      RefreshToken: 14 * 24 * 3600,
      Interaction: 3600,
      Session: 14 * 24 * 3600,
      Grant: 14 * 24 * 3600,
    },
  });

  provider.use(restrictCors(allowedOrigins));
  registerPasswordGrant(provider, errors, clientDb);

  const checkToken = tokenChecker(provider);

  // Brandworkz requires `client_db` (its clientDb) on every token request.
  provider.use(async (ctx: KoaContext, next) => {
    if (ctx.method === 'POST' && ctx.path === '/oauth/token' && ctx.is('application/x-www-form-urlencoded')) {
      const value = (await peekForm(ctx)).get('client_db');
      if (value !== clientDb) {
        ctx.status = 400;
        ctx.type = 'application/json';
        ctx.set('Cache-Control', 'no-store');
        for (const [name, header] of Object.entries(oauthCorsHeaders(ctx.req, allowedOrigins))) ctx.set(name, header);
        ctx.body = {
          error: 'invalid_request',
          error_description: value ? `client_db must be '${clientDb}'` : "missing required parameter 'client_db'",
        };
        return;
      }
    }
    await next();
  });

  const callback = provider.callback();

  const interaction = interactionHandler(provider, {
    faults: emulator.faults,
    info: (uid, clientId) => ({ uid, clientId, clientDb }),
    defaultScope: 'read',
    reuseGrant: true,
  });

  return {
    checkToken,
    handle: oauthFront({
      emulator,
      paths: { authorize: '/oauth/authorize', token: '/oauth/token', revoke: '/oauth/revoke' },
      allowedOrigins,
      callback,
      interaction,
    }),
  };
}

/** The OAuth endpoints that fault rules name `authorize`, `token` and `revoke`. */
interface OAuthPaths {
  authorize: string;
  token: string;
  revoke: string;
}

/** The OAuth error of an injected fault on the token or revocation endpoint. */
const faultError = (status: number): string =>
  status === 500 ? 'server_error' : status === 429 || status > 500 ? 'temporarily_unavailable' : 'invalid_request';

/**
 * What both OAuth servers do in front of oidc-provider, as the core's pipeline does for the API: log the
 * request, wait the latency, answer an injected fault (token and revocation: an OAuth error in JSON with
 * CORS and `Retry-After`; authorization: an error page), then hand the login and approval pages to
 * `interaction` and the rest to oidc-provider. Preflights go straight to oidc-provider.
 */
export function oauthFront(options: {
  emulator: { readonly faults: FaultController; readonly requests: RequestLog };
  paths: OAuthPaths;
  allowedOrigins: readonly string[];
  callback: (req: IncomingMessage, res: ServerResponse) => unknown;
  interaction: (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<void>;
}): OAuthServer['handle'] {
  const { emulator, paths, allowedOrigins, callback, interaction } = options;
  const endpointOf = (path: string): string =>
    path === paths.token
      ? 'token'
      : path === paths.revoke
        ? 'revoke'
        : path.startsWith(paths.authorize)
          ? 'authorize'
          : path.startsWith('/oauth/interaction/')
            ? 'interaction'
            : 'oauth';
  return async (req, res, url) => {
    const endpoint = endpointOf(url.pathname);
    if (req.method === 'OPTIONS') {
      callback(req, res);
      return;
    }
    emulator.requests.record(req.method ?? 'GET', url, endpoint);
    if (emulator.faults.latency > 0) await sleep(emulator.faults.latency);
    const fault = endpoint === 'token' || endpoint === 'revoke' || endpoint === 'authorize' ? emulator.faults.take(endpoint, false) : undefined;
    if (fault) {
      const retry: Record<string, string> = fault.retryAfter !== undefined ? { 'Retry-After': String(fault.retryAfter) } : {};
      if (endpoint !== 'authorize') {
        send(res, fault.status, JSON.stringify({ error: faultError(fault.status), error_description: `Injected fault: HTTP ${fault.status}` }), {
          'Content-Type': 'application/json;charset=UTF-8',
          'Cache-Control': 'no-store',
          ...oauthCorsHeaders(req, allowedOrigins, 'Retry-After'),
          ...retry,
        });
      } else {
        sendHtml(res, fault.status, errorPage('Service not available', `Injected fault: HTTP ${fault.status}`));
      }
      return;
    }
    if (endpoint === 'interaction') {
      await interaction(req, res, url);
      return;
    }
    callback(req, res);
  };
}
