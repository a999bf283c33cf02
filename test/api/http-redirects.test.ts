// Calls with the bearer token follow a redirect within the DAM's origin, and never use an answer
// from another origin: msw answers for the DAM and for a stranger, as real servers would.
import { expect } from '@open-wc/testing';
import { http } from 'msw';
import { DamError } from '../../src/api/errors.js';
import { HttpClient } from '../../src/api/http.js';
import { API_ORIGIN, startMockDam, useHandlers, type MockDam } from '../support/mock-dam.js';

const STRANGER = 'https://stranger.example.test';
const cors = { 'Access-Control-Allow-Origin': '*' };

describe('HttpClient redirects', () => {
  let dam: MockDam;
  let strangerHits: Array<string | null>;

  beforeEach(async () => {
    dam = await startMockDam({ assetCount: 10 });
    strangerHits = [];
    useHandlers(
      http.get(`${API_ORIGIN}/moved-here`, () => Response.json({ from: 'dam' }, { headers: cors })),
      http.get(`${API_ORIGIN}/moved`, () => new Response(null, { status: 302, headers: { ...cors, Location: `${API_ORIGIN}/moved-here` } })),
      http.get(`${API_ORIGIN}/elsewhere`, () => new Response(null, { status: 302, headers: { ...cors, Location: `${STRANGER}/answer` } })),
      http.get(`${STRANGER}/answer`, ({ request }) => {
        strangerHits.push(request.headers.get('Authorization'));
        return Response.json({ from: 'stranger' }, { headers: cors });
      }),
    );
  });
  afterEach(() => dam.stop());

  const client = () =>
    new HttpClient({ tokens: { getAccessToken: async () => 'secret-token', refreshAccessToken: async () => 'secret-token' }, retry: { retries: 0 } });

  it('follows a redirect within the DAM origin', async () => {
    expect(await client().json({ url: `${API_ORIGIN}/moved` })).to.deep.equal({ from: 'dam' });
  });

  it("refuses a redirect to another origin and never uses that origin's answer", async () => {
    const error = await client()
      .json({ url: `${API_ORIGIN}/elsewhere` })
      .then(
        () => undefined,
        (caught: unknown) => caught,
      );
    expect(error).to.be.instanceOf(DamError);
    expect((error as DamError).code).to.equal('http');
    expect((error as DamError).message).to.equal(`The DAM redirected a request to another origin (${STRANGER}); the answer was not used.`);
    // The browser dropped the token on the way; the stranger's answer was thrown away.
    expect(strangerHits).to.deep.equal([null]);
  });
});
