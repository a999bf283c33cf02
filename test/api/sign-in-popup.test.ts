// The sign-in popup's answer: the picker takes the callback URL only from the popup it opened, from its
// own origin, for the `state` it issued. Forged messages (from the page, from a same-origin frame, from
// the popup with another state) start no token exchange; closing the popup ends the sign-in with a reason.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { DamPicker } from '../../src/components/dam-picker/dam-picker.js';
import { API_ORIGIN, moveSignIn, SITE, startMockDam, type MockDam } from '../support/mock-dam.js';
import { part } from '../support/picker-helpers.js';

const CALLBACK_PAGE = new URL('/test/e2e/callback.html', location.href).href;
const HOLD = `${location.origin}/__oauth-hold`;

const forged = (state: string) => ({ source: 'dam-picker-signin', url: `${CALLBACK_PAGE}?code=forged&state=${state}` });

/** Mounts a picker, presses its sign-in button and returns the popup (held on the authorization page) and its state. */
async function startSignIn(): Promise<{ picker: DamPicker; popup: Window; state: string }> {
  const picker = await fixture<DamPicker>(html`<dam-picker provider="brandworkz" site=${SITE} discovery-url=${API_ORIGIN}
    client-id="dam-picker-demo" redirect-uri=${CALLBACK_PAGE}></dam-picker>`);
  await waitUntil(() => part(picker, 'sign-in')?.querySelector('button'), 'sign-in button');
  part(picker, 'sign-in')!.querySelector('button')!.focus();
  await sendKeys({ press: 'Enter' }); // a key press is a user gesture: the popup may open
  // The popup (same-origin here, so the test can look in) waits on the authorization page.
  let popup: Window | null = null;
  await waitUntil(() => {
    popup = window.open('', 'dam-picker-signin');
    try {
      return popup?.location.pathname === '/__oauth-hold/oauth/authorize';
    } catch {
      return false;
    }
  }, 'the popup on the authorization page');
  const held = popup as unknown as Window;
  return { picker, popup: held, state: new URL(held.location.href).searchParams.get('state')! };
}

/** Runs `code` in the popup (same origin). */
const inPopup = (popup: Window, code: string): void => (popup as unknown as { eval(code: string): void }).eval(code);

describe('sign-in popup messages', function () {
  this.timeout(20_000);
  let dam: MockDam;
  let tokenRequests: string[];
  const originalFetch = window.fetch;

  beforeEach(async () => {
    dam = await startMockDam({ assetCount: 50 });
    moveSignIn(dam, HOLD); // an authorization page that never answers
    tokenRequests = [];
    window.fetch = (input, init) => {
      const url = input instanceof Request ? input.url : String(input);
      if (url.includes('/oauth/token')) tokenRequests.push(url);
      return originalFetch(input, init);
    };
  });
  afterEach(() => {
    window.fetch = originalFetch;
    window.open('', 'dam-picker-signin')?.close();
    dam.stop();
  });

  it('ignores forged callbacks and reports a popup closed before sign-in finished', async () => {
    const { picker, popup, state } = await startSignIn();
    expect(state).to.be.a('string').and.not.equal('');
    expect(new URL(popup.location.href).searchParams.get('code_challenge_method')).to.equal('S256');

    // 1. From this page itself, with the right state.
    window.postMessage(forged(state), location.origin);
    // 2. From another same-origin frame, with the right state.
    const frame = document.createElement('iframe');
    frame.srcdoc = `<script>parent.postMessage(${JSON.stringify(forged(state))}, ${JSON.stringify(location.origin)});</script>`;
    const framePosted = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await framePosted;
    // 3. From the popup, but for another sign-in's state.
    inPopup(popup, `opener.postMessage(${JSON.stringify(forged('another-state'))}, ${JSON.stringify(location.origin)})`);
    await new Promise((resolve) => setTimeout(resolve, 400));
    frame.remove();
    expect(tokenRequests, 'no code exchange for a forged callback').to.deep.equal([]);
    expect(part(picker, 'sign-in')!.querySelector('button')!.disabled, 'still signing in').to.equal(true);

    // Closing the popup ends the sign-in, and says why.
    popup.close();
    await waitUntil(() => part(picker, 'sign-in')?.querySelector('[role="alert"]'), 'the reason shown', { timeout: 5000 });
    expect(part(picker, 'sign-in')!.querySelector('[role="alert"]')!.textContent).to.contain('The sign-in window was closed before sign-in finished');
    expect(part(picker, 'sign-in')!.querySelector('button')!.disabled, 'sign in again').to.equal(false);
    expect(tokenRequests).to.deep.equal([]);
    // The abandoned request's PKCE verifier and state are not left behind in the tab.
    expect(Object.keys(sessionStorage).filter((key) => key.includes(state))).to.deep.equal([]);
  });

  it('takes the callback from its own popup with the issued state', async () => {
    const { picker, popup, state } = await startSignIn();
    // The real shape of an answer: the popup posts it. The held DAM has no token endpoint, so the exchange
    // is attempted (proving the message was accepted) and fails with a reason.
    inPopup(popup, `opener.postMessage(${JSON.stringify(forged(state))}, ${JSON.stringify(location.origin)})`);
    await waitUntil(() => tokenRequests.length === 1, 'the code exchanged at the token endpoint');
    expect(tokenRequests[0]).to.equal(`${HOLD}/oauth/token`);
    await waitUntil(() => part(picker, 'sign-in')?.querySelector('[role="alert"]'), 'the failure shown', { timeout: 5000 });
    expect(popup.closed, 'the popup is closed once answered').to.equal(true);
  });
});
