// The msw handlers route the emulator origin to the core and pass everything else through.

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { setupServer } from 'msw/node';
import { createBrandworkzEmulator } from '../core/index.js';
import { brandworkzHandlers } from '../msw.js';
import { TEST_ACCESS } from './helpers.js';

const ORIGIN = 'https://api.brandworkz.test';
const emulator = createBrandworkzEmulator({ apiOrigin: ORIGIN, assetCount: 200, ...TEST_ACCESS });
const server = setupServer(...brandworkzHandlers(emulator));

before(() => server.listen({ onUnhandledRequest: 'bypass' }));
after(() => server.close());

describe('brandworkzHandlers', () => {
  it('answers discovery and API calls through fetch', async () => {
    const discovery = await fetch(`${ORIGIN}/getAPIURL?clientURL=demo.brandworkz.com`);
    assert.equal(discovery.status, 200);
    const { data } = (await discovery.json()) as { data: { api_url: string; client_id: string; version: string } };
    assert.equal(data.api_url, ORIGIN);
    const token = emulator.tokens.issue();
    const response = await fetch(`${data.api_url}/v${data.version}/${data.client_id}/simpleSearch?size=3`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    assert.equal(response.status, 200);
    const body = (await response.json()) as { searchResult: { hits: unknown[] } };
    assert.equal(body.searchResult.hits.length, 3);
  });

  it('passes through what the emulator does not serve', async () => {
    // No such host: a passed-through request fails at the network level instead of being mocked.
    await assert.rejects(fetch(`${ORIGIN}/not-an-emulator-route`));
  });
});
