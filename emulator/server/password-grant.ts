// The documentation's step 2a: `grant_type=password` at /oauth/token, for server-side integrators
// holding the consumer secret (HTTP Basic). Public clients (PKCE, no secret) may not use it.

import type { Provider, TokenRequestContext } from 'oidc-provider';
import { DEMO_USER } from './interaction.js';

/** The scopes a Brandworkz token may carry; the password grant's documented answer is `read write`. */
const SCOPES = ['read', 'write'];

export function registerPasswordGrant(provider: Provider, errors: typeof import('oidc-provider').errors, clientDb: string): void {
  provider.registerGrantType(
    'password',
    async (ctx: TokenRequestContext) => {
      const { client, params } = ctx.oidc;
      // oidc-provider has authenticated the client already; a public one has no secret to show.
      if (client.clientAuthMethod === 'none' || !client.grantTypeAllowed('password')) {
        throw new errors.UnauthorizedClient('the password grant needs the consumer id and secret (HTTP Basic)');
      }
      if (params.username !== DEMO_USER.username || params.password !== DEMO_USER.password) {
        throw new errors.InvalidGrant('invalid username or password');
      }
      const requested = (params.scope ?? 'read write').split(' ').filter(Boolean);
      const unknown = requested.find((scope) => !SCOPES.includes(scope));
      if (unknown !== undefined || requested.length === 0) throw new errors.InvalidScope('scope must be read, write or both', unknown ?? '');
      const scope = SCOPES.filter((name) => requested.includes(name)).join(' ');
      const grant = new provider.Grant({ accountId: DEMO_USER.username, clientId: client.clientId });
      grant.addOIDCScope(scope);
      const grantId = await grant.save();
      const properties = { accountId: DEMO_USER.username, client, grantId, gty: 'password', scope };
      const accessToken = new provider.AccessToken(properties);
      const refreshToken = new provider.RefreshToken(properties);
      ctx.body = {
        access_token: await accessToken.save(),
        token_type: 'bearer',
        refresh_token: await refreshToken.save(),
        expires_in: accessToken.expiration,
        scope,
        cdb: clientDb,
      };
    },
    ['username', 'password', 'scope'],
  );
}
