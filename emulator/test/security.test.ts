// Who may use the emulators: CORS only for the allowed origins (cores and Node servers: API, 404s,
// preflights, the OAuth token and revocation endpoints), the /__emulator/* control routes only in test
// mode, redirect URIs matched exactly, and revocation of a public client's refresh token (RFC 7009).

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createBrandworkzEmulator } from '../core/index.js';
import { createBynderEmulator } from '../core/bynder/index.js';
import { defaultAllowedOrigins, normalizeOrigins } from '../core/http.js';
import { startBynderEmulator, startEmulator, type RunningBynderEmulator, type RunningEmulator } from '../server/index.js';
import { demoAllowedOrigins, demoRedirectUris, normalizeRedirectUris } from '../server/security.js';
import { APP_ORIGIN, CookieJar, navigate, OTHER_ORIGIN, pkcePair, REDIRECT_URI, SERVER_ACCESS, TEST_ACCESS } from './helpers.js';

const ACAO = 'access-control-allow-origin';
const CLIENT_ID = 'dam-picker-demo';

function preflightInit(origin: string, method = 'GET', headers = 'authorization'): RequestInit {
  return { method: 'OPTIONS', headers: { Origin: origin, 'Access-Control-Request-Method': method, 'Access-Control-Request-Headers': headers } };
}

describe('CORS in the cores', () => {
  const brandworkz = createBrandworkzEmulator({ apiOrigin: 'http://127.0.0.1:4010', assetCount: 20, ...TEST_ACCESS });
  const bynder = createBynderEmulator({ portalOrigin: 'http://127.0.0.1:4011', mediaCount: 20, ...TEST_ACCESS });
  const cases = [
    {
      name: 'Brandworkz',
      handle: brandworkz.handle,
      url: 'http://127.0.0.1:4010/v1.6/brandworkz_demo/simpleSearch?size=1',
      token: () => brandworkz.tokens.issue(),
    },
    { name: 'Bynder', handle: bynder.handle, url: 'http://127.0.0.1:4011/api/v4/media/?limit=1', token: () => bynder.tokens.issue() },
  ];
  for (const { name, handle, url, token } of cases) {
    it(`${name}: answers an allowed origin with CORS headers, another origin and no origin without`, async () => {
      const call = (headers: Record<string, string>) => handle(new Request(url, { headers: { Authorization: `Bearer ${token()}`, ...headers } }));
      const allowed = await call({ Origin: APP_ORIGIN });
      assert.equal(allowed?.status, 200);
      assert.equal(allowed.headers.get(ACAO), APP_ORIGIN);
      assert.match(allowed.headers.get('access-control-expose-headers') ?? '', /Retry-After/);
      const refused = await call({ Origin: OTHER_ORIGIN });
      assert.equal(refused?.status, 200, 'answered: the browser, not the server, withholds it');
      assert.equal(refused.headers.get(ACAO), null);
      assert.equal(refused.headers.get('access-control-expose-headers'), null);
      assert.match(refused.headers.get('vary') ?? '', /Origin/);
      const serverToServer = await call({});
      assert.equal(serverToServer?.status, 200);
      assert.equal(serverToServer.headers.get(ACAO), null, 'no `*` either');
    });

    it(`${name}: answers a preflight from an allowed origin only`, async () => {
      const allowed = await handle(new Request(url, preflightInit(APP_ORIGIN)));
      assert.equal(allowed?.status, 204);
      assert.equal(allowed.headers.get(ACAO), APP_ORIGIN);
      assert.match(allowed.headers.get('access-control-allow-headers') ?? '', /Authorization/i);
      const refused = await handle(new Request(url, preflightInit(OTHER_ORIGIN)));
      assert.equal(refused?.headers.get(ACAO), null);
      assert.equal(refused.headers.get('access-control-allow-methods'), null);
      assert.equal(refused.headers.get('access-control-allow-headers'), null);
    });
  }

  it('allows no origin by default in Node, and the page origin by default in a browser', async () => {
    const plain = createBrandworkzEmulator({ apiOrigin: 'http://127.0.0.1:4010', assetCount: 20 });
    assert.deepEqual(plain.options.allowedOrigins, []);
    const answer = await plain.handle(new Request('http://127.0.0.1:4010/getAPIURL?clientURL=demo.brandworkz.com', { headers: { Origin: APP_ORIGIN } }));
    assert.equal(answer?.status, 200);
    assert.equal(answer.headers.get(ACAO), null);
    const global = globalThis as { location?: unknown };
    const had = Object.getOwnPropertyDescriptor(global, 'location');
    Object.defineProperty(global, 'location', { value: { origin: 'http://localhost:8123' }, configurable: true });
    try {
      assert.deepEqual(defaultAllowedOrigins(), ['http://localhost:8123']);
      assert.deepEqual(createBynderEmulator({ portalOrigin: 'http://127.0.0.1:4011', mediaCount: 5 }).options.allowedOrigins, ['http://localhost:8123']);
    } finally {
      if (had) Object.defineProperty(global, 'location', had);
      else delete global.location;
    }
  });

  it('takes exact origins only', () => {
    assert.deepEqual(normalizeOrigins(['http://localhost:5173/', 'HTTP://127.0.0.1:80']), ['http://localhost:5173', 'http://127.0.0.1']);
    for (const bad of ['*', 'null', 'localhost:5173', 'http://localhost:5173/app', 'http://localhost:5173?x', 'http://localhost:5173/#x']) {
      assert.throws(() => normalizeOrigins([bad]), TypeError, bad);
      assert.throws(() => createBrandworkzEmulator({ apiOrigin: 'http://127.0.0.1:4010', assetCount: 5, allowedOrigins: [bad] }), TypeError, bad);
    }
    assert.deepEqual(normalizeRedirectUris(['http://localhost:5173']), ['http://localhost:5173/']);
    assert.throws(() => normalizeRedirectUris(['http://localhost:5173/#x']), TypeError);
    assert.throws(() => normalizeRedirectUris(['/callback']), TypeError);
  });
});

/** The parts of the two OAuth servers a test needs. */
interface OAuthCase {
  name: string;
  start(options: Record<string, unknown>): Promise<RunningEmulator | RunningBynderEmulator>;
  authorizePath: string;
  tokenPath: string;
  revokePath: string;
  apiPath: string;
  /** Extra authorize parameters (scope, clientDb). */
  authorize: Record<string, string>;
  /** Extra token parameters (client_db). */
  token: Record<string, string>;
}

const OAUTH_CASES: OAuthCase[] = [
  {
    name: 'Brandworkz',
    start: (options) => startEmulator({ port: 0, quiet: true, autoApprove: true, assetCount: 50, ...options }),
    authorizePath: '/oauth/authorize',
    tokenPath: '/oauth/token',
    revokePath: '/oauth/revoke',
    apiPath: '/v1.6/brandworkz_demo/simpleSearch?size=1',
    authorize: { clientDb: 'brandworkz_demo', scope: 'read' },
    token: { client_db: 'brandworkz_demo' },
  },
  {
    name: 'Bynder',
    start: (options) => startBynderEmulator({ port: 0, quiet: true, autoApprove: true, mediaCount: 50, ...options }),
    authorizePath: '/v6/authentication/oauth2/auth',
    tokenPath: '/v6/authentication/oauth2/token',
    revokePath: '/v6/authentication/oauth2/revoke',
    apiPath: '/api/v4/media/?limit=1',
    authorize: { scope: 'asset:read offline' },
    token: {},
  },
];

for (const dam of OAUTH_CASES) {
  describe(`${dam.name} Node server: access`, () => {
    let server: RunningEmulator | RunningBynderEmulator;
    before(async () => {
      server = await dam.start(SERVER_ACCESS);
    });
    after(async () => {
      await server.close();
    });

    const form = (path: string, params: Record<string, string>, origin?: string) =>
      fetch(`${server.origin}${path}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json', ...(origin ? { Origin: origin } : {}) },
        body: new URLSearchParams(params),
      });

    /** Starts a sign-in with this redirect URI; returns where the server sent the browser, or the page it showed. */
    async function authorize(redirectUri: string) {
      const { verifier, challenge } = pkcePair();
      const url = new URL(`${server.origin}${dam.authorizePath}`);
      url.search = new URLSearchParams({
        response_type: 'code',
        client_id: CLIENT_ID,
        redirect_uri: redirectUri,
        state: 'st',
        code_challenge: challenge,
        code_challenge_method: 'S256',
        ...dam.authorize,
      }).toString();
      return { ...(await navigate(new CookieJar(), server.origin, url.href)), verifier };
    }

    async function signIn(): Promise<{ access_token: string; refresh_token: string }> {
      const { redirect, verifier } = await authorize(REDIRECT_URI);
      const code = redirect?.searchParams.get('code');
      assert.ok(code, 'a code for the registered redirect URI');
      const response = await form(
        dam.tokenPath,
        {
          grant_type: 'authorization_code',
          client_id: CLIENT_ID,
          code,
          redirect_uri: REDIRECT_URI,
          code_verifier: verifier,
          ...dam.token,
        },
        APP_ORIGIN,
      );
      assert.equal(response.status, 200, await response.clone().text());
      const tokens = (await response.json()) as { access_token: string; refresh_token?: string };
      assert.ok(tokens.refresh_token);
      return { access_token: tokens.access_token, refresh_token: tokens.refresh_token };
    }

    const refresh = (refreshToken: string, origin = APP_ORIGIN) =>
      form(dam.tokenPath, { grant_type: 'refresh_token', client_id: CLIENT_ID, refresh_token: refreshToken, ...dam.token }, origin);

    it('CORS on the API, 404s and preflights for the allowed origin only', async () => {
      const token = server.emulator.tokens.issue();
      for (const [path, status] of [
        [dam.apiPath, 200],
        ['/no-such-route', 404],
      ] as const) {
        const allowed = await fetch(`${server.origin}${path}`, { headers: { Authorization: `Bearer ${token}`, Origin: APP_ORIGIN } });
        assert.equal(allowed.status, status, path);
        assert.equal(allowed.headers.get(ACAO), APP_ORIGIN, path);
        const refused = await fetch(`${server.origin}${path}`, { headers: { Authorization: `Bearer ${token}`, Origin: OTHER_ORIGIN } });
        assert.equal(refused.status, status, path);
        assert.equal(refused.headers.get(ACAO), null, path);
        const noOrigin = await fetch(`${server.origin}${path}`, { headers: { Authorization: `Bearer ${token}` } });
        assert.equal(noOrigin.status, status, path);
        assert.equal(noOrigin.headers.get(ACAO), null, `${path}: no \`*\``);
      }
      const allowed = await fetch(`${server.origin}${dam.apiPath}`, preflightInit(APP_ORIGIN));
      assert.equal(allowed.headers.get(ACAO), APP_ORIGIN);
      const refused = await fetch(`${server.origin}${dam.apiPath}`, preflightInit(OTHER_ORIGIN));
      assert.equal(refused.headers.get(ACAO), null);
      assert.equal(refused.headers.get('access-control-allow-headers'), null);
    });

    it('CORS on the OAuth token and revocation endpoints and their preflights for the allowed origin only', async () => {
      for (const path of [dam.tokenPath, dam.revokePath]) {
        const allowed = await fetch(`${server.origin}${path}`, preflightInit(APP_ORIGIN, 'POST', 'content-type'));
        assert.equal(allowed.status, 204, path);
        assert.equal(allowed.headers.get(ACAO), APP_ORIGIN, path);
        assert.match(allowed.headers.get('access-control-allow-methods') ?? '', /POST/, path);
        const refused = await fetch(`${server.origin}${path}`, preflightInit(OTHER_ORIGIN, 'POST', 'content-type'));
        assert.equal(refused.headers.get(ACAO), null, path);
        assert.equal(refused.headers.get('access-control-allow-methods'), null, path);
      }
      const { refresh_token: refreshToken } = await signIn();
      const allowed = await refresh(refreshToken);
      assert.equal(allowed.status, 200, await allowed.clone().text());
      assert.equal(allowed.headers.get(ACAO), APP_ORIGIN);
      const refused = await refresh(refreshToken, OTHER_ORIGIN);
      assert.equal(refused.headers.get(ACAO), null);
      assert.equal(refused.status, 400, 'oidc-provider refuses the origin for the client');
      // The discovery document is open in oidc-provider; here it is CORS-readable by the allowed origins only.
      const discovery = await fetch(`${server.origin}/.well-known/openid-configuration`, { headers: { Origin: OTHER_ORIGIN } });
      assert.equal(discovery.status, 200);
      assert.equal(discovery.headers.get(ACAO), null);
      const readable = await fetch(`${server.origin}/.well-known/openid-configuration`, { headers: { Origin: APP_ORIGIN } });
      assert.equal(readable.headers.get(ACAO), APP_ORIGIN);
    });

    it('accepts the registered redirect URI exactly and refuses another port, path or query', async () => {
      const accepted = await authorize(REDIRECT_URI);
      assert.equal(accepted.redirect?.origin, APP_ORIGIN);
      assert.equal(accepted.redirect?.pathname, '/callback');
      assert.ok(accepted.redirect?.searchParams.get('code'));
      const other = new URL(REDIRECT_URI);
      other.port = '5174';
      for (const uri of [other.href, `${APP_ORIGIN}/other-callback`, `${REDIRECT_URI}/`, `${REDIRECT_URI}?next=1`, 'http://127.0.0.1:5173/callback']) {
        const refused = await authorize(uri);
        assert.equal(refused.redirect, undefined, `never redirected to ${uri}`);
        assert.equal(refused.page?.status, 400, uri);
        assert.match((await refused.page?.text()) ?? '', /redirect_uri/, uri);
      }
    });

    it('revokes a refresh token for a public client from the browser (RFC 7009): a later refresh fails', async () => {
      const { refresh_token: refreshToken } = await signIn();
      const api = (token: string) => fetch(`${server.origin}${dam.apiPath}`, { headers: { Authorization: `Bearer ${token}` } });
      // From an origin that is not allowed: refused (no CORS), and the token stays valid.
      const foreign = await form(dam.revokePath, { token: refreshToken, client_id: CLIENT_ID }, OTHER_ORIGIN);
      assert.equal(foreign.status, 400);
      assert.equal(foreign.headers.get(ACAO), null);
      const stillValid = await refresh(refreshToken);
      assert.equal(stillValid.status, 200, 'still valid after the refused revocation');
      // Brandworkz rotates refresh tokens (the answer has the next one); Bynder keeps the old one.
      const current = ((await stillValid.json()) as { refresh_token?: string }).refresh_token ?? refreshToken;
      const fresh = (await (await refresh(current)).json()) as { access_token: string; refresh_token?: string };
      const latest = fresh.refresh_token ?? current;
      assert.equal((await api(fresh.access_token)).status, 200);
      const revoked = await form(dam.revokePath, { token: latest, client_id: CLIENT_ID }, APP_ORIGIN);
      assert.equal(revoked.status, 200, await revoked.clone().text());
      assert.equal(revoked.headers.get(ACAO), APP_ORIGIN);
      const after = await refresh(latest);
      assert.equal(after.status, 400);
      assert.equal(((await after.json()) as { error: string }).error, 'invalid_grant');
      assert.equal((await api(fresh.access_token)).status, 401, 'the grant ends with it: its access token too');
      // An unknown (or already revoked) token: 200 all the same.
      for (const token of ['not-a-token', latest]) {
        const again = await form(dam.revokePath, { token, client_id: CLIENT_ID }, APP_ORIGIN);
        assert.equal(again.status, 200, token);
      }
      assert.ok(
        server.emulator.requests.entries.some((entry) => entry.endpoint === 'revoke'),
        'logged as `revoke`',
      );
    });

    it('serves the control routes in test mode', async () => {
      const response = await fetch(`${server.origin}/__emulator/requests`, { headers: { Origin: APP_ORIGIN } });
      assert.equal(response.status, 200);
      assert.equal(response.headers.get(ACAO), APP_ORIGIN);
    });
  });

  describe(`${dam.name} Node server: defaults`, () => {
    let server: RunningEmulator | RunningBynderEmulator;
    before(async () => {
      server = await dam.start({});
    });
    after(async () => {
      await server.close();
    });

    it("answers 404 on /__emulator/* without test mode, and CORS for the demo's origins only", async () => {
      for (const [path, method] of [
        ['faults', 'GET'],
        ['faults', 'POST'],
        ['tokens', 'POST'],
        ['reset', 'POST'],
        ['requests', 'GET'],
        ['data', 'GET'],
      ] as const) {
        const response = await fetch(`${server.origin}/__emulator/${path}`, {
          method,
          headers: { Origin: 'http://localhost:5173' },
          ...(method === 'POST' ? { body: '{}' } : {}),
        });
        assert.equal(response.status, 404, `${method} ${path}`);
        assert.equal(response.headers.get(ACAO), 'http://localhost:5173');
      }
      assert.deepEqual(server.emulator.options.allowedOrigins, ['http://localhost:5173', 'http://127.0.0.1:5174']);
      assert.equal(server.emulator.options.testMode, false);
      for (const origin of ['http://localhost:5173', 'http://127.0.0.1:5174']) {
        const response = await fetch(`${server.origin}${dam.apiPath}`, preflightInit(origin));
        assert.equal(response.headers.get(ACAO), origin);
      }
      for (const origin of ['http://127.0.0.1:5173', 'http://localhost:5174', 'http://localhost:3000']) {
        const response = await fetch(`${server.origin}${dam.apiPath}`, preflightInit(origin));
        assert.equal(response.headers.get(ACAO), null, origin);
      }
    });

    it("registers the demo's pages as redirect URIs", async () => {
      assert.deepEqual(demoAllowedOrigins({ demoPort: 6000, distPort: 6001 }), ['http://localhost:6000', 'http://127.0.0.1:6001']);
      assert.ok(demoRedirectUris().includes('http://localhost:5173/'));
      for (const uri of demoRedirectUris()) {
        const { challenge } = pkcePair();
        const url = new URL(`${server.origin}${dam.authorizePath}`);
        url.search = new URLSearchParams({
          response_type: 'code',
          client_id: CLIENT_ID,
          redirect_uri: uri,
          state: 'st',
          code_challenge: challenge,
          code_challenge_method: 'S256',
          ...dam.authorize,
        }).toString();
        const { redirect } = await navigate(new CookieJar(), server.origin, url.href);
        assert.equal(redirect && `${redirect.origin}${redirect.pathname}`, uri);
        assert.ok(redirect?.searchParams.get('code'), uri);
      }
    });
  });
}
