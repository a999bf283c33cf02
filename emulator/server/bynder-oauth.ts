// Bynder's OAuth 2 endpoints (/v6/authentication/oauth2/auth and /token) served by oidc-provider:
// public client with PKCE S256, `offline` scope → refresh token. Refresh tokens rotate: a refresh
// answer carries a new `refresh_token` and the old one is revoked. The JS SDK (simple-oauth2) replaces
// its whole token with the refresh answer, so an answer without `refresh_token` would break its next
// refresh; the picker keeps the old one when an answer omits it.

import type { BynderEmulator } from '../core/bynder/index.js';
import { BYNDER_TOKEN_LIFETIME_SEC } from '../core/bynder/index.js';
import { interactionHandler } from './interaction.js';
import {
  oauthFront,
  tokenChecker,
  PUBLIC_CLIENT_ID,
  RELAY_CLIENT_ID,
  RELAY_CLIENT_SECRET,
  sharedProviderSettings,
  type OAuthSecurity,
  type OAuthServer,
} from './oauth.js';
import { restrictCors } from './security.js';

export const BYNDER_AUTH_PATH = '/v6/authentication/oauth2/auth';
const BYNDER_TOKEN_PATH = '/v6/authentication/oauth2/token';
const BYNDER_REVOKE_PATH = '/v6/authentication/oauth2/revoke';
/** The scopes the emulated portal knows (Bynder's list, shortened to what a picker may ask for). */
const BYNDER_SCOPES = [
  'offline',
  'asset:read',
  'asset:write',
  'collection:read',
  'collection:write',
  'meta.assetbank:read',
  'meta.assetbank:write',
  'current.user:read',
  'current.profile:read',
];

export async function createBynderOAuthServer(origin: string, emulator: BynderEmulator, security: OAuthSecurity): Promise<OAuthServer> {
  const { allowedOrigins } = security;
  const { default: Provider } = await import('oidc-provider');
  const shared = await sharedProviderSettings('bynder-emulator-rs256', allowedOrigins);
  const grantTypes = ['authorization_code', 'refresh_token'];
  // Exact matching (oidc-provider's own, for web clients): no other port, path or query.
  const redirects = [...security.redirectUris];
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
      revocation: BYNDER_REVOKE_PATH,
      introspection: '/v6/authentication/oauth2/introspect',
      end_session: '/v6/authentication/oauth2/logout',
      userinfo: '/v6/authentication/oauth2/userinfo',
    },
    scopes: ['openid', ...BYNDER_SCOPES],
    // `offline` (Bynder's name for offline access) gives a refresh token.
    issueRefreshToken: async (_ctx: unknown, client: { grantTypeAllowed(type: string): boolean }, code: { scopes: Set<string> }) =>
      client.grantTypeAllowed('refresh_token') && code.scopes.has('offline'),
    rotateRefreshToken: () => true,
    ttl: {
      AccessToken: () => emulator.faults.tokenLifetime ?? BYNDER_TOKEN_LIFETIME_SEC,
      AuthorizationCode: 120,
      RefreshToken: 30 * 24 * 3600,
      Interaction: 3600,
      Session: 14 * 24 * 3600,
      Grant: 30 * 24 * 3600,
    },
  });

  provider.use(restrictCors(allowedOrigins));

  const checkToken = tokenChecker(provider);

  const callback = provider.callback();

  const interaction = interactionHandler(provider, {
    faults: emulator.faults,
    info: (uid, clientId) => ({ uid, clientId, clientDb: 'Bynder portal', product: 'Bynder' }),
    defaultScope: '',
    reuseGrant: false,
  });

  return {
    checkToken,
    handle: oauthFront({
      emulator,
      paths: { authorize: BYNDER_AUTH_PATH, token: BYNDER_TOKEN_PATH, revoke: BYNDER_REVOKE_PATH },
      allowedOrigins,
      callback,
      interaction,
    }),
  };
}
