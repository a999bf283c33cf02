// The session's refresh against Bynder's token endpoint, both ways a portal may answer: with a new
// `refresh_token` (rotation: the emulator's way, which Bynder's JS SDK needs) and without one (allowed by
// RFC 6749: the session keeps the one it has). Behind msw, so each answer is chosen here.
import { expect } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { InMemoryWebStorage, WebStorageStateStore } from 'oidc-client-ts';
import { DamAuth } from '../../src/api/auth/session.js';
import type { AuthSeams } from '../../src/api/auth/seams.js';
import { BynderProvider } from '../../src/api/providers/bynder/bynder-provider.js';
import { BYNDER_PORTAL, startMockBynder, useHandlers, type MockBynder } from '../support/mock-dam.js';

const REDIRECT_URI = `${location.origin}/callback`;

function seams(store: Map<string, string>): AuthSeams {
  return {
    store: { getItem: (key) => store.get(key) ?? null, setItem: (key, value) => void store.set(key, value), removeItem: (key) => void store.delete(key) },
    stateStore: new WebStorageStateStore({ store: new InMemoryWebStorage() }),
    signInWindow: {
      openPopup: () => null,
      isFramed: () => false,
      redirect: () => undefined,
      isSignInPopup: () => false,
      answer: () => undefined,
      takeAnswer: () => undefined,
    },
    announceSignOut: () => undefined,
  };
}

describe('Bynder session refresh', () => {
  let dam: MockBynder;
  beforeEach(async () => {
    dam = await startMockBynder({ mediaCount: 10 });
  });
  afterEach(() => dam.stop());

  /** A signed-in session whose access token has expired, and the refresh tokens the token endpoint received. */
  async function expiredSession(answer: (n: number) => Record<string, unknown>): Promise<{ auth: DamAuth; sent: string[]; store: Map<string, string> }> {
    const sent: string[] = [];
    useHandlers(
      http.post(`${BYNDER_PORTAL}/v6/authentication/oauth2/token`, async ({ request }) => {
        const form = new URLSearchParams(await request.text());
        expect(form.get('grant_type')).to.equal('refresh_token');
        sent.push(form.get('refresh_token') ?? '');
        return HttpResponse.json({ access_token: `a${sent.length}`, token_type: 'Bearer', expires_in: 3600, ...answer(sent.length) });
      }),
    );
    const endpoints = await new BynderProvider({ site: BYNDER_PORTAL }).connect();
    const options = { provider: 'bynder', endpoints, clientId: 'dam-picker-demo', redirectUri: REDIRECT_URI };
    const store = new Map<string, string>();
    const key = `dam-picker.user:${JSON.stringify(['bynder', endpoints.issuer, 'dam-picker-demo', endpoints.tokenEndpoint, REDIRECT_URI])}`;
    store.set(key, JSON.stringify({ access_token: 'a0', refresh_token: 'r0', token_type: 'Bearer', scope: endpoints.scope, expires_at: 1 }));
    const auth = new DamAuth(options, seams(store));
    expect(await auth.restore()).to.equal(true);
    return { auth, sent, store };
  }

  it('takes the rotated refresh token from each answer', async () => {
    const { auth, sent, store } = await expiredSession((n) => ({ refresh_token: `r${n}` }));
    expect(await auth.getAccessToken()).to.equal('a1');
    expect(await auth.refreshAccessToken()).to.equal('a2');
    expect(sent).to.deep.equal(['r0', 'r1']);
    expect(JSON.parse([...store.values()][0]!).refresh_token).to.equal('r2');
  });

  it('keeps the refresh token it has when an answer leaves it out', async () => {
    const { auth, sent, store } = await expiredSession(() => ({}));
    expect(await auth.getAccessToken()).to.equal('a1');
    expect(await auth.refreshAccessToken()).to.equal('a2');
    expect(sent).to.deep.equal(['r0', 'r0']);
    expect(JSON.parse([...store.values()][0]!).refresh_token).to.equal('r0');
  });
});
