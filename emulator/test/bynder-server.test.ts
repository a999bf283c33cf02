// The Bynder portal emulator over HTTP on its own origin: OAuth 2 (authorization code + PKCE S256,
// `offline` → refresh token, refresh tokens rotate) and the API with the token.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startBynderEmulator, type RunningBynderEmulator } from '../server/bynder.js';
import { APP_ORIGIN as APP, CookieJar, navigate, pkcePair, REDIRECT_URI, SERVER_ACCESS } from './helpers.js';
let server: RunningBynderEmulator;

before(async () => {
  server = await startBynderEmulator({ port: 0, quiet: true, autoApprove: true, mediaCount: 200, ...SERVER_ACCESS });
});
after(async () => {
  await server.close();
});

async function token(params: Record<string, string>): Promise<Response> {
  return fetch(`${server.origin}/v6/authentication/oauth2/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: APP },
    body: new URLSearchParams(params),
  });
}

async function authorize(scope: string, pkce = true): Promise<{ code: string | null; error: string | null; verifier: string }> {
  const { verifier, challenge } = pkcePair();
  const url = new URL(`${server.origin}/v6/authentication/oauth2/auth`);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: 'dam-picker-demo',
    redirect_uri: REDIRECT_URI,
    scope,
    state: 's1',
    ...(pkce ? { code_challenge: challenge, code_challenge_method: 'S256' } : {}),
  }).toString();
  const { redirect } = await navigate(new CookieJar(), server.origin, url.href);
  assert.ok(redirect, 'redirected back to the app');
  return { code: redirect.searchParams.get('code'), error: redirect.searchParams.get('error'), verifier };
}

describe('Bynder Node server', () => {
  it('signs in with PKCE S256; offline gives a refresh token; each refresh rotates it and revokes the old one', async () => {
    const { code, verifier } = await authorize('asset:read collection:read meta.assetbank:read offline');
    assert.ok(code);
    const exchanged = await token({
      grant_type: 'authorization_code',
      client_id: 'dam-picker-demo',
      code,
      redirect_uri: REDIRECT_URI,
      code_verifier: verifier,
    });
    assert.equal(exchanged.status, 200, await exchanged.clone().text());
    assert.equal(exchanged.headers.get('access-control-allow-origin'), APP);
    const tokens = (await exchanged.json()) as { access_token: string; refresh_token?: string; expires_in: number };
    assert.equal(tokens.expires_in, 3600);
    assert.ok(tokens.refresh_token);

    const media = await fetch(`${server.origin}/api/v4/media/?limit=5&total=1`, { headers: { Authorization: `Bearer ${tokens.access_token}`, Origin: APP } });
    assert.equal(media.status, 200);
    assert.equal(((await media.json()) as { total: { count: number } }).total.count, 200);
    assert.equal((await fetch(`${server.origin}/api/v4/media/`)).status, 401);

    // The JS SDK replaces its whole token with the refresh answer: each answer must carry the next refresh token.
    const used: string[] = [];
    let refreshToken = tokens.refresh_token;
    for (let i = 0; i < 2; i++) {
      const refreshed = await token({ grant_type: 'refresh_token', client_id: 'dam-picker-demo', refresh_token: refreshToken });
      assert.equal(refreshed.status, 200, await refreshed.clone().text());
      const body = (await refreshed.json()) as { access_token: string; refresh_token?: string };
      assert.ok(body.access_token);
      assert.ok(body.refresh_token && !used.includes(body.refresh_token) && body.refresh_token !== refreshToken, 'a new refresh token');
      used.push(refreshToken);
      refreshToken = body.refresh_token;
    }
    // A rotated-out refresh token is refused (and, as replay protection, ends the grant).
    const reused = await token({ grant_type: 'refresh_token', client_id: 'dam-picker-demo', refresh_token: used[0]! });
    assert.equal(((await reused.json()) as { error: string }).error, 'invalid_grant');
  });

  it('gives no refresh token without offline, and refuses a public client without PKCE', async () => {
    const { code, verifier } = await authorize('asset:read');
    const exchanged = (await (
      await token({ grant_type: 'authorization_code', client_id: 'dam-picker-demo', code: code ?? '', redirect_uri: REDIRECT_URI, code_verifier: verifier })
    ).json()) as { refresh_token?: string };
    assert.equal(exchanged.refresh_token, undefined);
    const refused = await authorize('asset:read', false);
    assert.equal(refused.error, 'invalid_request');
  });

  it('takes an upload over HTTP: S3 form POSTs, registration, finalise, poll, save', async () => {
    const token = server.emulator.tokens.issue();
    const api = async (path: string, init: RequestInit = {}): Promise<Response> =>
      fetch(`${server.origin}${path}`, { ...init, headers: { Authorization: `Bearer ${token}`, ...(init.headers as Record<string, string> | undefined) } });
    const form = (fields: Record<string, string>): RequestInit => ({ method: 'POST', body: new URLSearchParams(fields) });
    const s3 = (await (await api('/api/upload/endpoint/')).json()) as string;
    const init = (await (await api('/api/upload/init/', form({ filename: 'big.bin' }))).json()) as {
      s3file: { uploadid: string; targetid: string };
      s3_filename: string;
      multipart_params: Record<string, string>;
    };
    const sizes = [5 * 1024 * 1024, 1234];
    for (const [i, size] of sizes.entries()) {
      const n = i + 1;
      const body = new FormData();
      for (const [key, value] of Object.entries(init.multipart_params)) body.append(key, value);
      body.set('key', `${init.multipart_params.key}/p${n}`);
      body.append('chunk', String(n));
      body.append('chunks', String(sizes.length));
      body.append('file', new Blob([new Uint8Array(size)]), 'big.bin');
      assert.equal((await fetch(s3, { method: 'POST', body })).status, 201);
      const registered = await api(
        `/api/v4/upload/${init.s3file.uploadid}/`,
        form({
          id: init.s3file.uploadid,
          targetid: init.s3file.targetid,
          filename: `${init.s3_filename}/p${n}`,
          chunkNumber: String(n),
        }),
      );
      assert.equal(registered.status, 200);
    }
    const { importId } = (await (
      await api(
        `/api/v4/upload/${init.s3file.uploadid}/`,
        form({
          targetid: init.s3file.targetid,
          s3_filename: `${init.s3_filename}/p2`,
          chunks: '2',
          original_filename: 'big.bin',
        }),
      )
    ).json()) as { importId: string };
    let done: string[] = [];
    for (let i = 0; i < 3 && done.length === 0; i++)
      done = ((await (await api(`/api/v4/upload/poll/?items=${importId}`)).json()) as { itemsDone: string[] }).itemsDone;
    assert.deepEqual(done, [importId]);
    const saved = (await (await api(`/api/v4/media/save/${importId}/`, form({ brandId: server.emulator.data.brands[0]!.id }))).json()) as { mediaid: string };
    const item = (await (await api(`/api/v4/media/${saved.mediaid}/`)).json()) as { name: string; fileSize: number };
    assert.deepEqual(item, { ...item, name: 'big', fileSize: 5 * 1024 * 1024 + 1234 });
  });
});
