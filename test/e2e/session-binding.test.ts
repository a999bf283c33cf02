// A stored session is used only under the configuration it was made with: another token-url (which
// would receive the refresh token) or another redirect URI for the same DAM and client shows the
// sign-in panel and sends nothing; the original configuration still restores it.
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { DamPicker } from '../../src/components/dam-picker/dam-picker.js';
import { CALLBACK_PAGE, e2eConfig, isSignedIn, signInWithPopup, signedOutPanel } from '../support/sign-in-helpers.js';

const OTHER_TOKEN_URL = new URL('/__other-relay/token', location.href).href;
const OTHER_CALLBACK = new URL('/test/e2e/callback.html', location.href).href;

describe('a session bound to its configuration', function () {
  this.timeout(30_000);
  let origin: string;
  let requested: string[];
  const originalFetch = window.fetch;

  before(async () => {
    ({ hostEmulatorOrigin: origin } = await e2eConfig());
    await fetch(`${origin}/__emulator/faults`, { method: 'POST', body: JSON.stringify({ autoApprove: true }) });
  });
  beforeEach(() => {
    sessionStorage.clear();
    requested = [];
    window.fetch = (input, init) => {
      requested.push(input instanceof Request ? input.url : String(input));
      return originalFetch(input, init);
    };
  });
  afterEach(() => {
    window.fetch = originalFetch;
  });

  const mount = (options: { tokenUrl?: string; redirectUri?: string } = {}): Promise<DamPicker> =>
    fixture<DamPicker>(html`<dam-picker provider="brandworkz" site="demo.brandworkz.com" discovery-url=${origin} client-id="dam-picker-demo"
      token-storage="session" token-url=${options.tokenUrl ?? ''} redirect-uri=${options.redirectUri ?? CALLBACK_PAGE}
      style="--dam-picker-height: 420px; width: 700px"></dam-picker>`);

  it('is not restored under another token-url or redirect URI, and the original configuration restores it', async () => {
    await signInWithPopup(await mount());
    fixtureCleanup();

    for (const other of [{ tokenUrl: OTHER_TOKEN_URL }, { redirectUri: OTHER_CALLBACK }]) {
      const picker = await mount(other);
      await signedOutPanel(picker, `the sign-in panel under ${JSON.stringify(other)}`);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(isSignedIn(picker)).to.equal(false);
      expect(
        requested.filter((url) => url.startsWith(OTHER_TOKEN_URL)),
        'nothing sent to the other token-url',
      ).to.deep.equal([]);
      fixtureCleanup();
    }

    const original = await mount();
    await waitUntil(() => isSignedIn(original), 'the original configuration restores the session', { timeout: 10_000 });
  });
});
