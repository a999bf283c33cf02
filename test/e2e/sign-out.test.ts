// The editor's sign-out: it clears that picker's selection, signs out every other picker of the page
// and of other tabs and frames of this origin, and revokes the tokens where the DAM has a revocation
// endpoint (Bynder here) — the refresh token no longer works there. A session that expires by itself
// is not a sign-out: the selection stays.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import '../support/benign-errors.js';
import type { DamPicker } from '../../src/components/dam-picker/dam-picker.js';
import { CALLBACK_PAGE, clickCentre, e2eConfig, isSignedIn, signInAlert, signOutButton, signInWithPopup, signedOutPanel } from '../support/sign-in-helpers.js';
import { typeText } from '../support/engine.js';

const selected = (picker: DamPicker): number => picker.shadowRoot!.querySelectorAll('[part~="selection-item"]').length;

/** Picks the first result with a real click. */
async function pickFirst(picker: DamPicker): Promise<void> {
  const tile = () => picker.grid?.shadowRoot?.querySelector<HTMLElement>('[role="option"][aria-posinset="1"]');
  await waitUntil(() => tile(), 'the first tile', { timeout: 10_000 });
  tile()!.scrollIntoView({ block: 'center' });
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await clickCentre(tile()!);
  await waitUntil(() => selected(picker) === 1, 'one asset picked');
}

describe('sign-out', function () {
  this.timeout(45_000);
  let brandworkz: string;
  let bynder: string;

  before(async () => {
    ({ hostEmulatorOrigin: brandworkz, authBynderOrigin: bynder } = await e2eConfig());
    for (const dam of [brandworkz, bynder]) await fetch(`${dam}/__emulator/faults`, { method: 'POST', body: JSON.stringify({ autoApprove: true }) });
  });
  beforeEach(() => sessionStorage.clear());

  const brandworkzPicker = (): Promise<DamPicker> =>
    fixture<DamPicker>(html`<dam-picker provider="brandworkz" site="demo.brandworkz.com"
    discovery-url=${brandworkz} client-id="dam-picker-demo" redirect-uri=${CALLBACK_PAGE} selection="multiple"
    style="--dam-picker-height: 380px; width: 700px"></dam-picker>`);
  const bynderPicker = (): Promise<DamPicker> =>
    fixture<DamPicker>(html`<dam-picker provider="bynder" site=${bynder}
    client-id="dam-picker-demo" redirect-uri=${CALLBACK_PAGE} selection="multiple"
    style="--dam-picker-height: 380px; width: 700px"></dam-picker>`);

  it('signs out every picker of the page and of other frames, clears the selection and revokes the tokens', async () => {
    const a = await brandworkzPicker();
    await signInWithPopup(a);
    const b = await bynderPicker();
    await signInWithPopup(b);
    await pickFirst(b);
    // Another tab, as far as the origin goes: a same-origin frame with a picker of A's configuration (its
    // session restored from this tab's sessionStorage), and a BroadcastChannel listener.
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 720px; height: 400px';
    frame.src = '/test/e2e/auth-host.html?redirect=callback&pickers=b';
    document.body.append(frame);
    const framed = frame.contentWindow as unknown as { ready?: boolean };
    await waitUntil(() => framed.ready, 'the framed picker', { timeout: 15_000 });
    const other = frame.contentDocument!.querySelector<DamPicker>('dam-picker')!;
    await waitUntil(() => isSignedIn(other), 'the framed picker restored the session', { timeout: 10_000 });
    const heard: unknown[] = [];
    const channel = new BroadcastChannel('dam-picker.auth');
    channel.onmessage = (event) => heard.push(event.data);

    const bynderKey = Object.keys(sessionStorage).find((key) => key.startsWith('dam-picker.user:') && key.includes('"bynder"'))!;
    const { refresh_token: refreshToken } = JSON.parse(sessionStorage.getItem(bynderKey)!) as { refresh_token: string };
    expect(refreshToken).to.be.a('string');
    for (const dam of [brandworkz, bynder]) await fetch(`${dam}/__emulator/requests`, { method: 'DELETE' });

    signOutButton(b)!.click();
    await signedOutPanel(b);
    expect(signInAlert(b), 'an explicit sign-out, not an expired session').to.equal(undefined);
    expect(selected(b), 'the selection is cleared').to.equal(0);
    await signedOutPanel(a, 'the other picker of the page signed out');
    await signedOutPanel(other, 'the picker of the other frame signed out');
    await waitUntil(() => heard.length > 0, 'the sign-out went out on the channel');
    expect(heard).to.deep.equal([{ type: 'sign-out' }]);
    channel.close();
    frame.remove();
    expect(Object.keys(sessionStorage).filter((key) => key.startsWith('dam-picker.user:'))).to.deep.equal([]);

    // Bynder revoked the tokens (RFC 7009): the refresh token no longer works there. The sign-out does not wait for
    // the revocations (they are sent after it), so neither does this test; it waits for them to arrive.
    const revocations = async () => {
      const { entries } = (await (await fetch(`${bynder}/__emulator/requests`)).json()) as { entries: Array<{ method: string; path: string }> };
      return entries.filter((entry) => entry.method === 'POST' && entry.path === '/v6/authentication/oauth2/revoke').length;
    };
    let revoked = 0;
    await waitUntil(async () => (revoked = await revocations()) >= 2, 'both tokens revoked', { timeout: 5000 });
    expect(revoked).to.equal(2);
    const refreshed = await fetch(`${bynder}/v6/authentication/oauth2/token`, {
      method: 'POST',
      body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: refreshToken, client_id: 'dam-picker-demo' }),
    });
    expect(refreshed.status).to.equal(400);
    expect(((await refreshed.json()) as { error: string }).error).to.equal('invalid_grant');
    // Brandworkz documents no revocation endpoint: nothing is sent there.
    const brandworkzLog = (await (await fetch(`${brandworkz}/__emulator/requests`)).json()) as { entries: Array<{ path: string }> };
    expect(brandworkzLog.entries.filter((entry) => entry.path.endsWith('/revoke'))).to.deep.equal([]);
  });

  it("signs out when another tab's picker signs out (a message on the channel from a same-origin frame)", async () => {
    const picker = await brandworkzPicker();
    await signInWithPopup(picker);
    await pickFirst(picker);
    const frame = document.createElement('iframe');
    frame.srcdoc = '<p>another tab</p>';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await loaded;
    const Channel = (frame.contentWindow as unknown as { BroadcastChannel: typeof BroadcastChannel }).BroadcastChannel;
    new Channel('dam-picker.auth').postMessage({ type: 'sign-out' });
    await signedOutPanel(picker);
    expect(selected(picker), 'the selection is cleared').to.equal(0);
    expect(Object.keys(sessionStorage).filter((key) => key.startsWith('dam-picker.user:'))).to.deep.equal([]);
    frame.remove();
  });

  it('keeps the selection when the session expires by itself (the refresh fails)', async () => {
    const picker = await brandworkzPicker();
    await signInWithPopup(picker);
    await pickFirst(picker);
    // The DAM rejects the token, and the refresh token with it.
    const originalFetch = window.fetch;
    window.fetch = async (input, init) => {
      const url = input instanceof Request ? input.url : String(input);
      if (url.startsWith(`${brandworkz}/oauth/token`))
        return new Response(JSON.stringify({ error: 'invalid_grant' }), { status: 400, headers: { 'Content-Type': 'application/json' } });
      if (url.startsWith(brandworkz) && !url.includes('/getAPIURL'))
        return new Response(JSON.stringify({ error: 'invalid_token' }), { status: 401, headers: { 'Content-Type': 'application/json' } });
      return originalFetch(input, init);
    };
    try {
      const input = picker.shadowRoot!.querySelector('dam-search-box')!.shadowRoot!.querySelector('input')!;
      input.focus();
      await typeText('logo');
      await sendKeys({ press: 'Enter' });
      await signedOutPanel(picker, 'signed out after the failed refresh');
    } finally {
      window.fetch = originalFetch;
    }
    expect(signInAlert(picker)).to.equal('You are signed out. Sign in again to continue.');
    expect(selected(picker), 'the selection stays').to.equal(1);
  });
});
