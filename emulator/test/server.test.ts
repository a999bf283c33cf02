// The Node server end to end over real HTTP: discovery, the authorization-code + PKCE flow through
// oidc-provider, the API with the issued token, refresh, and the refusals.

import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { startEmulator, type RunningEmulator } from '../server/index.js';
import { APP_ORIGIN as APP, CookieJar, navigate, pkcePair, REDIRECT_URI, SERVER_ACCESS, sleep } from './helpers.js';

let server: RunningEmulator;
let origin: string;
let clientDb: string;
let apiBase: string;

before(async () => {
  server = await startEmulator({ port: 0, quiet: true, autoApprove: true, assetCount: 300, ...SERVER_ACCESS });
  origin = server.origin;
  const discovery = await fetch(`${origin}/getAPIURL?clientURL=demo.brandworkz.com`);
  const body = (await discovery.json()) as { data: { api_url: string; client_id: string; version: string } };
  clientDb = body.data.client_id;
  apiBase = `${body.data.api_url}/v${body.data.version}/${body.data.client_id}`;
});

after(async () => {
  await server.close();
});

beforeEach(() => {
  server.emulator.reset();
  server.emulator.faults.setAutoApprove(true);
});

function authorizeUrl(params: Record<string, string | undefined>): string {
  const url = new URL(`${origin}/oauth/authorize`);
  const all: Record<string, string | undefined> = {
    clientDb,
    response_type: 'code',
    client_id: 'dam-picker-demo',
    scope: 'read',
    redirect_uri: REDIRECT_URI,
    state: 'state-123',
    ...params,
  };
  for (const [key, value] of Object.entries(all)) if (value !== undefined) url.searchParams.set(key, value);
  return url.href;
}

async function tokenRequest(params: Record<string, string>, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${origin}/oauth/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json', Origin: APP, ...headers },
    body: new URLSearchParams(params),
  });
}

interface TokenResponse {
  access_token: string;
  refresh_token?: string;
  token_type: string;
  expires_in: number;
  scope: string;
}

/** authorize (auto-approved) → code → token. */
async function signIn(): Promise<TokenResponse> {
  const { verifier, challenge } = pkcePair();
  const jar = new CookieJar();
  const { redirect } = await navigate(jar, origin, authorizeUrl({ code_challenge: challenge, code_challenge_method: 'S256' }));
  assert.ok(redirect, 'redirected back to the app');
  const code = redirect.searchParams.get('code');
  assert.ok(code);
  const response = await tokenRequest({
    grant_type: 'authorization_code',
    client_db: clientDb,
    client_id: 'dam-picker-demo',
    code,
    redirect_uri: REDIRECT_URI,
    code_verifier: verifier,
  });
  assert.equal(response.status, 200, await response.clone().text());
  return (await response.json()) as TokenResponse;
}

describe('Node server', () => {
  it('serves discovery, CORS preflights and unknown routes', async () => {
    assert.equal(apiBase, `${origin}/v1.6/brandworkz_demo`);
    const preflight = await fetch(`${apiBase}/simpleSearch`, {
      method: 'OPTIONS',
      headers: { Origin: APP, 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'authorization' },
    });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get('access-control-allow-origin'), APP);
    const missing = await fetch(`${origin}/nothing-here`);
    assert.equal(missing.status, 404);
    assert.equal(((await missing.json()) as { error: string }).error, 'not_found');
    const thumb = server.emulator.data.assets[0]?.thumbnailUrlCdn ?? '';
    const image = await fetch(thumb, { headers: { Origin: APP } });
    assert.equal(image.status, 200);
    assert.equal(image.headers.get('content-type'), 'image/png');
    assert.equal(image.headers.get('access-control-allow-origin'), APP);
  });

  it('runs the authorization-code + PKCE S256 flow, calls the API, and refreshes', async () => {
    const tokens = await signIn();
    assert.equal(tokens.token_type.toLowerCase(), 'bearer');
    assert.equal(tokens.expires_in, 1200);
    assert.match(tokens.scope, /\bread\b/);
    assert.ok(tokens.refresh_token, 'refresh token issued for scope=read');

    const unauthenticated = await fetch(`${apiBase}/simpleSearch`);
    assert.equal(unauthenticated.status, 401);
    const searchResponse = await fetch(`${apiBase}/simpleSearch?searchterm=logo&size=5`, {
      headers: { Authorization: `Bearer ${tokens.access_token}`, Origin: APP },
    });
    assert.equal(searchResponse.status, 200);
    assert.equal(searchResponse.headers.get('access-control-allow-origin'), APP);
    const body = (await searchResponse.json()) as { result: { code: number }; searchResult: { total: number } };
    assert.equal(body.result.code, 0);

    const refreshed = await tokenRequest({
      grant_type: 'refresh_token',
      client_db: clientDb,
      client_id: 'dam-picker-demo',
      refresh_token: tokens.refresh_token ?? '',
    });
    assert.equal(refreshed.status, 200, await refreshed.clone().text());
    assert.equal(refreshed.headers.get('access-control-allow-origin'), APP, 'token endpoint CORS for loopback apps');
    const next = (await refreshed.json()) as TokenResponse;
    assert.notEqual(next.access_token, tokens.access_token);
    assert.ok(next.refresh_token && next.refresh_token !== tokens.refresh_token, 'refresh tokens rotate');
    const again = await fetch(`${apiBase}/getCategoryInfo?categoryID=0`, { headers: { Authorization: `Bearer ${next.access_token}` } });
    assert.equal(again.status, 200);

    const log = server.emulator.requests.entries.map((e) => e.endpoint);
    for (const endpoint of ['authorize', 'interaction', 'token', 'simpleSearch', 'getCategoryInfo']) assert.ok(log.includes(endpoint), endpoint);
  });

  it('refuses a public client without PKCE or with plain PKCE', async () => {
    for (const pkce of [{}, { code_challenge: 'a'.repeat(43), code_challenge_method: 'plain' }]) {
      const { redirect, page } = await navigate(new CookieJar(), origin, authorizeUrl(pkce));
      const error = redirect?.searchParams.get('error') ?? (page ? `page ${page.status}` : '');
      assert.equal(error, 'invalid_request', JSON.stringify(pkce));
      assert.match(redirect?.searchParams.get('error_description') ?? '', /PKCE|code_challenge/);
    }
  });

  it('refuses a wrong clientDb on /oauth/authorize and a wrong or missing client_db on /oauth/token', async () => {
    const { challenge, verifier } = pkcePair();
    const wrong = await navigate(
      new CookieJar(),
      origin,
      authorizeUrl({ clientDb: 'brandworkz_other', code_challenge: challenge, code_challenge_method: 'S256' }),
    );
    assert.equal(wrong.redirect?.searchParams.get('error'), 'invalid_request');
    const none = await navigate(new CookieJar(), origin, authorizeUrl({ clientDb: undefined, code_challenge: challenge, code_challenge_method: 'S256' }));
    assert.equal(none.redirect?.searchParams.get('error'), 'invalid_request');

    const { redirect } = await navigate(new CookieJar(), origin, authorizeUrl({ code_challenge: challenge, code_challenge_method: 'S256' }));
    const code = redirect?.searchParams.get('code') ?? '';
    const dbParams: Array<Record<string, string>> = [{ client_db: 'brandworkz_other' }, {}];
    for (const dbParam of dbParams) {
      const response = await tokenRequest({
        grant_type: 'authorization_code',
        client_id: 'dam-picker-demo',
        code,
        redirect_uri: REDIRECT_URI,
        code_verifier: verifier,
        ...dbParam,
      });
      assert.equal(response.status, 400);
      assert.equal(((await response.json()) as { error: string }).error, 'invalid_request');
      assert.equal(response.headers.get('access-control-allow-origin'), APP);
    }
    // A wrong verifier is refused too.
    const badVerifier = await tokenRequest({
      grant_type: 'authorization_code',
      client_db: clientDb,
      client_id: 'dam-picker-demo',
      code,
      redirect_uri: REDIRECT_URI,
      code_verifier: pkcePair().verifier,
    });
    assert.equal(badVerifier.status, 400);
    assert.equal(((await badVerifier.json()) as { error: string }).error, 'invalid_grant');
  });

  it('shows the login and approval pages when auto-approve is off; Deny redirects with access_denied', async () => {
    server.emulator.faults.setAutoApprove(false);
    const jar = new CookieJar();
    const { challenge } = pkcePair();
    const start = await navigate(jar, origin, authorizeUrl({ code_challenge: challenge, code_challenge_method: 'S256', state: 'deny-state' }));
    assert.ok(start.page);
    const loginHtml = await start.page.text();
    assert.match(loginHtml, /<form method="post" action="(\/oauth\/interaction\/[^"]+\/login)"/);
    assert.ok(!/<script/i.test(loginHtml));
    const loginAction = /action="([^"]+)"/.exec(loginHtml)?.[1] ?? '';

    const wrongPassword = await navigate(jar, origin, new URL(loginAction, origin).href, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ username: 'editor', password: 'nope' }),
    });
    assert.match((await wrongPassword.page?.text()) ?? '', /Wrong user name or password/);

    const consent = await navigate(jar, origin, new URL(loginAction, origin).href, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ username: 'editor', password: 'editor' }),
    });
    assert.ok(consent.page);
    const consentHtml = await consent.page.text();
    assert.match(consentHtml, />Authorize</);
    assert.match(consentHtml, />Deny</);
    const confirmAction = /action="([^"]+\/confirm)"/.exec(consentHtml)?.[1] ?? '';
    assert.ok(confirmAction);

    const denied = await navigate(jar, origin, new URL(confirmAction, origin).href, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ decision: 'deny' }),
    });
    assert.ok(denied.redirect);
    assert.equal(denied.redirect.origin + denied.redirect.pathname, REDIRECT_URI);
    assert.equal(denied.redirect.searchParams.get('error'), 'access_denied');
    assert.equal(denied.redirect.searchParams.get('error_description'), 'User denied access');
    assert.equal(denied.redirect.searchParams.get('state'), 'deny-state');
  });

  it('issues a code when the user presses Authorize', async () => {
    server.emulator.faults.setAutoApprove(false);
    const jar = new CookieJar();
    const { challenge } = pkcePair();
    const start = await navigate(jar, origin, authorizeUrl({ code_challenge: challenge, code_challenge_method: 'S256' }));
    const loginAction = /action="([^"]+)"/.exec((await start.page?.text()) ?? '')?.[1] ?? '';
    const consent = await navigate(jar, origin, new URL(loginAction, origin).href, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ username: 'editor', password: 'editor' }),
    });
    const confirmAction = /action="([^"]+\/confirm)"/.exec((await consent.page?.text()) ?? '')?.[1] ?? '';
    const approved = await navigate(jar, origin, new URL(confirmAction, origin).href, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ decision: 'authorize' }),
    });
    assert.ok(approved.redirect?.searchParams.get('code'));
    assert.equal(approved.redirect?.searchParams.get('state'), 'state-123');
  });

  it('answers 401 once a short-lived token expires', async () => {
    // oidc-provider counts whole seconds: 2 s keeps the first call safely inside the lifetime.
    server.emulator.faults.setTokenLifetime(2);
    const tokens = await signIn();
    assert.equal(tokens.expires_in, 2);
    const ok = await fetch(`${apiBase}/simpleSearch?size=1`, { headers: { Authorization: `Bearer ${tokens.access_token}` } });
    assert.equal(ok.status, 200);
    await sleep(2100);
    const expired = await fetch(`${apiBase}/simpleSearch?size=1`, { headers: { Authorization: `Bearer ${tokens.access_token}` } });
    assert.equal(expired.status, 401);
    assert.deepEqual(await expired.json(), {
      result: { code: 1, message: 'Full authentication is required to access this resource', httpStatus: 401, httpMessage: 'Unauthorized' },
    });
  });

  it('injects faults on the token endpoint and switches auto-approve over the control API', async () => {
    const set = await fetch(`${origin}/__emulator/faults`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: APP },
      body: JSON.stringify({ inject: { endpoint: 'token', status: 503, retryAfter: 1 }, autoApprove: false }),
    });
    assert.equal(set.status, 200);
    assert.equal(set.headers.get('access-control-allow-origin'), APP);
    assert.equal(server.emulator.faults.autoApprove, false);
    const failed = await tokenRequest({ grant_type: 'refresh_token', client_db: clientDb, client_id: 'dam-picker-demo', refresh_token: 'x' });
    assert.equal(failed.status, 503);
    assert.equal(failed.headers.get('retry-after'), '1');
    assert.equal(((await failed.json()) as { error: string }).error, 'temporarily_unavailable');
    const log = (await (await fetch(`${origin}/__emulator/requests`)).json()) as { entries: Array<{ endpoint: string }> };
    assert.ok(log.entries.some((e) => e.endpoint === 'token'));
  });

  it('accepts the confidential relay client with Basic auth', async () => {
    const { verifier, challenge } = pkcePair();
    const { redirect } = await navigate(
      new CookieJar(),
      origin,
      authorizeUrl({ client_id: 'dam-picker-relay', code_challenge: challenge, code_challenge_method: 'S256' }),
    );
    const code = redirect?.searchParams.get('code');
    assert.ok(code, redirect?.href);
    const response = await tokenRequest(
      { grant_type: 'authorization_code', client_db: clientDb, code, redirect_uri: REDIRECT_URI, code_verifier: verifier },
      { Authorization: `Basic ${Buffer.from('dam-picker-relay:dam-picker-relay-secret').toString('base64')}` },
    );
    assert.equal(response.status, 200, await response.clone().text());
  });

  const relayAuth = { Authorization: `Basic ${Buffer.from('dam-picker-relay:dam-picker-relay-secret').toString('base64')}` };
  const createPath = (token: string) =>
    fetch(`${apiBase}/createUploadPath`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ fileName: 'a.png', fileSize: 10, categoryGuid: server.emulator.data.deepestFolderGuid }),
    });

  it('issues tokens through the password grant (step 2a) to a client with a secret, with the scope asked for', async () => {
    const password = { grant_type: 'password', client_db: clientDb, username: 'editor', password: 'editor' };
    const full = await tokenRequest(password, relayAuth);
    assert.equal(full.status, 200, await full.clone().text());
    const tokens = (await full.json()) as TokenResponse & { cdb: string };
    assert.deepEqual([tokens.token_type.toLowerCase(), tokens.scope, tokens.cdb, tokens.expires_in], ['bearer', 'read write', clientDb, 1200]);
    assert.ok(tokens.refresh_token);
    assert.equal((await createPath(tokens.access_token)).status, 200, 'read write may upload');

    const readOnly = (await (await tokenRequest({ ...password, scope: 'read' }, relayAuth)).json()) as TokenResponse;
    assert.equal(readOnly.scope, 'read');
    const search = await fetch(`${apiBase}/simpleSearch?size=1`, { headers: { Authorization: `Bearer ${readOnly.access_token}` } });
    assert.equal(search.status, 200, 'read may search');
    const denied = await createPath(readOnly.access_token);
    assert.equal(denied.status, 403, 'read may not upload');
    assert.equal(((await denied.json()) as { result: { httpStatus: number } }).result.httpStatus, 403);

    assert.equal((await tokenRequest({ ...password, password: 'wrong' }, relayAuth)).status, 400);
    const publicClient = await tokenRequest({ ...password, client_id: 'dam-picker-demo' });
    assert.equal(publicClient.status, 400, 'a public client has no secret to show');
    assert.match(((await publicClient.json()) as { error_description: string }).error_description, /grant type is not allowed for this client/);
  });

  it('gives an authorization-code token the scope asked for: read may not upload, read write may', async () => {
    const readToken = await signIn();
    assert.equal(readToken.scope, 'read');
    assert.equal((await createPath(readToken.access_token)).status, 403);
  });
});
