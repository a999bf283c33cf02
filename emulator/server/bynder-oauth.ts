// Bynder's OAuth 2 endpoints (/v6/authentication/oauth2/auth and /token) served by oidc-provider:
// public client with PKCE S256, `offline` scope → refresh token, and refresh answers that omit
// `refresh_token` (the old one stays valid), as Bynder's SDKs allow for.

import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import type { KoaContext } from 'oidc-provider';
import type { BynderEmulator } from '../core/bynder/index.js';
import { BYNDER_TOKEN_LIFETIME_SEC } from '../core/bynder/index.js';
import type { TokenState } from '../core/index.js';
import { allowLoopbackRedirects, DEMO_USER, isLoopbackOrigin, PUBLIC_CLIENT_ID, RELAY_CLIENT_ID, RELAY_CLIENT_SECRET, sharedProviderSettings, type OAuthServer } from './oauth.js';
import { approvalPage, errorPage, loginPage, PAGE_CSP } from './pages.js';

export const BYNDER_AUTH_PATH = '/v6/authentication/oauth2/auth';
export const BYNDER_TOKEN_PATH = '/v6/authentication/oauth2/token';
/** The scopes the emulated portal knows (Bynder's list, shortened to what a picker may ask for). */
export const BYNDER_SCOPES = [
  'offline', 'asset:read', 'asset:write', 'collection:read', 'collection:write', 'meta.assetbank:read',
  'meta.assetbank:write', 'current.user:read', 'current.profile:read',
];

async function readBody(req: IncomingMessage, limit = 64 * 1024): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new Error('request entity too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function sendHtml(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, {
    'Content-Type': 'text/html;charset=UTF-8',
    'Content-Length': String(Buffer.byteLength(body)),
    'Cache-Control': 'no-store',
    'Content-Security-Policy': PAGE_CSP,
  });
  res.end(body);
}

export async function createBynderOAuthServer(origin: string, emulator: BynderEmulator): Promise<OAuthServer> {
  const { default: Provider } = await import('oidc-provider');
  const shared = await sharedProviderSettings('bynder-emulator-rs256');
  const grantTypes = ['authorization_code', 'refresh_token'];
  const redirects = ['http://127.0.0.1/callback', 'http://localhost/callback'];
  const scope = BYNDER_SCOPES.join(' ');
  const provider = new Provider(origin, {
    ...shared,
    clients: [
      { client_id: PUBLIC_CLIENT_ID, token_endpoint_auth_method: 'none', grant_types: grantTypes, response_types: ['code'], redirect_uris: redirects, scope },
      {
        client_id: RELAY_CLIENT_ID,
        client_secret: RELAY_CLIENT_SECRET,
        token_endpoint_auth_method: 'client_secret_basic',
        grant_types: grantTypes,
        response_types: ['code'],
        redirect_uris: redirects,
        scope,
      },
    ],
    routes: {
      authorization: BYNDER_AUTH_PATH,
      token: BYNDER_TOKEN_PATH,
      jwks: '/v6/authentication/oauth2/jwks',
      revocation: '/v6/authentication/oauth2/revoke',
      introspection: '/v6/authentication/oauth2/introspect',
      end_session: '/v6/authentication/oauth2/logout',
      userinfo: '/v6/authentication/oauth2/userinfo',
    },
    scopes: ['openid', ...BYNDER_SCOPES],
    // `offline` (Bynder's name for offline access) gives a refresh token.
    issueRefreshToken: async (_ctx: unknown, client: { grantTypeAllowed(type: string): boolean }, code: { scopes: Set<string> }) =>
      client.grantTypeAllowed('refresh_token') && code.scopes.has('offline'),
    rotateRefreshToken: () => false,
    ttl: {
      AccessToken: () => emulator.faults.tokenLifetime ?? BYNDER_TOKEN_LIFETIME_SEC,
      AuthorizationCode: 120,
      RefreshToken: 30 * 24 * 3600,
      Interaction: 3600,
      Session: 14 * 24 * 3600,
      Grant: 30 * 24 * 3600,
    },
  });

  allowLoopbackRedirects(provider);

  const accessTokenExpiry = new Map<string, number>();
  provider.on('access_token.saved', (token: { jti: string; exp: number }) => {
    accessTokenExpiry.set(token.jti, token.exp);
  });

  // A refresh answer without `refresh_token`: the client must keep the one it has.
  provider.use(async (ctx: KoaContext, next) => {
    let refresh = false;
    if (ctx.method === 'POST' && ctx.path === BYNDER_TOKEN_PATH && ctx.is('application/x-www-form-urlencoded')) {
      const original = ctx.req;
      const raw = await readBody(original);
      refresh = new URLSearchParams(raw.toString('utf8')).get('grant_type') === 'refresh_token';
      // Hand the provider's body parser a fresh stream over the bytes already read.
      ctx.req = Object.assign(Readable.from([raw]), {
        headers: original.headers,
        method: original.method,
        url: original.url,
        socket: original.socket,
      }) as unknown as IncomingMessage;
    }
    await next();
    if (refresh && ctx.status === 200 && typeof ctx.body === 'object' && ctx.body !== null) {
      delete (ctx.body as Record<string, unknown>).refresh_token;
    }
  });

  const callback = provider.callback();

  async function interaction(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const [, , , uid = '', action = ''] = url.pathname.split('/');
    let details;
    try {
      details = await provider.interactionDetails(req, res);
    } catch {
      sendHtml(res, 400, errorPage('Sign-in expired', 'This sign-in request has expired or was already used. Start again.'));
      return;
    }
    if (details.uid !== uid) {
      sendHtml(res, 400, errorPage('Sign-in mismatch', 'This page does not belong to the current sign-in request.'));
      return;
    }
    const info = { uid, clientId: details.params.client_id ?? '', clientDb: 'Bynder portal', product: 'Bynder' };
    const requestedScope = details.params.scope ?? '';
    const approve = async (accountId: string, login: boolean): Promise<void> => {
      const grant = new provider.Grant({ accountId, clientId: info.clientId });
      grant.addOIDCScope(requestedScope);
      const grantId = await grant.save();
      await provider.interactionFinished(req, res, login ? { login: { accountId }, consent: { grantId } } : { consent: { grantId } }, {
        mergeWithLastSubmission: true,
      });
    };
    const deny = () => provider.interactionFinished(req, res, { error: 'access_denied', error_description: 'User denied access' }, {
      mergeWithLastSubmission: false,
    });
    if (req.method === 'GET' && action === '') {
      if (emulator.faults.autoApprove === 'deny') await deny();
      else if (emulator.faults.autoApprove) await approve(details.session?.accountId ?? DEMO_USER.username, details.prompt.name === 'login');
      else if (details.prompt.name === 'login') sendHtml(res, 200, loginPage(info));
      else sendHtml(res, 200, approvalPage(info, { scopes: requestedScope.split(' ').filter(Boolean), accountId: details.session?.accountId ?? DEMO_USER.username }));
      return;
    }
    if (req.method !== 'POST' || (action !== 'login' && action !== 'confirm')) {
      sendHtml(res, 404, errorPage('Not found', 'No such page.'));
      return;
    }
    const form = new URLSearchParams((await readBody(req)).toString('utf8'));
    if (action === 'login') {
      const username = form.get('username') ?? '';
      if (username !== DEMO_USER.username || form.get('password') !== DEMO_USER.password) {
        sendHtml(res, 200, loginPage(info, { username, error: 'Wrong user name or password.' }));
        return;
      }
      await provider.interactionFinished(req, res, { login: { accountId: username } }, { mergeWithLastSubmission: false });
      return;
    }
    if (form.get('decision') === 'authorize') await approve(details.session?.accountId ?? DEMO_USER.username, false);
    else await deny();
  }

  return {
    async verifyToken(token): Promise<TokenState> {
      const found = await provider.AccessToken.find(token, { ignoreExpiration: true });
      if (found) return found.isExpired ? 'expired' : 'valid';
      const expiry = accessTokenExpiry.get(token);
      return expiry !== undefined && expiry <= Date.now() / 1000 ? 'expired' : 'invalid';
    },
    async handle(req, res, url) {
      const path = url.pathname;
      const endpoint = path === BYNDER_TOKEN_PATH ? 'token' : path === BYNDER_AUTH_PATH ? 'authorize' : path.startsWith('/oauth/interaction/') ? 'interaction' : 'oauth';
      if (req.method === 'OPTIONS') {
        callback(req, res);
        return;
      }
      emulator.requests.record(req.method ?? 'GET', url, endpoint);
      const fault = endpoint === 'token' || endpoint === 'authorize' ? emulator.faults.take(endpoint, false) : undefined;
      if (fault) {
        const body = JSON.stringify({ error: fault.status === 500 ? 'server_error' : 'temporarily_unavailable', error_description: `Injected fault: HTTP ${fault.status}` });
        const origin = req.headers.origin;
        res.writeHead(fault.status, {
          'Content-Type': 'application/json;charset=UTF-8',
          'Cache-Control': 'no-store',
          ...(origin && isLoopbackOrigin(origin) ? { 'Access-Control-Allow-Origin': origin, Vary: 'Origin' } : {}),
        });
        res.end(body);
        return;
      }
      if (endpoint === 'interaction') {
        await interaction(req, res, url);
        return;
      }
      callback(req, res);
    },
  };
}
