// The authorization answer does not linger in an address: the callback page (the minimal
// dist/callback.html, or any page loading the picker's script) takes `code` and `state` out of its URL
// before it hands them to the picker, and leaves a host page's own `?code=&state=` alone.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import type { DamPicker } from '../../src/components/dam-picker/dam-picker.js';
import { CALLBACK_PAGE, e2eConfig, signInWithPopup } from '../support/sign-in-helpers.js';

const FULL_BUNDLE_PAGE = new URL('/test/e2e/callback.html', location.href).href;

async function framed(path: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.src = path;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame;
}

describe('the sign-in answer', function () {
  this.timeout(30_000);
  let origin: string;

  before(async () => {
    ({ hostEmulatorOrigin: origin } = await e2eConfig());
    await fetch(`${origin}/__emulator/faults`, { method: 'POST', body: JSON.stringify({ autoApprove: true }) });
  });
  beforeEach(() => sessionStorage.clear());

  for (const [name, redirectUri] of [
    ['the minimal callback page', CALLBACK_PAGE],
    ['a page with the whole picker', FULL_BUNDLE_PAGE],
  ] as const) {
    it(`signs in through ${name}, whose address no longer has the code when the picker receives it`, async () => {
      // Registered before the picker's own listener: runs first, while the popup is still open.
      const popupAddresses: string[] = [];
      const look = (event: MessageEvent): void => {
        if ((event.data as { source?: string } | null)?.source === 'dam-picker-signin') popupAddresses.push((event.source as Window).location.href);
      };
      window.addEventListener('message', look);
      try {
        const picker = await fixture<DamPicker>(html`<dam-picker provider="brandworkz" site="demo.brandworkz.com" discovery-url=${origin}
          client-id="dam-picker-demo" redirect-uri=${redirectUri} style="--dam-picker-height: 420px; width: 700px"></dam-picker>`);
        await signInWithPopup(picker);
      } finally {
        window.removeEventListener('message', look);
      }
      expect(popupAddresses).to.have.length(1);
      expect(popupAddresses[0]).to.equal(redirectUri, 'no code, state or anything else left in the popup address');
    });
  }

  it('the minimal callback page outside a popup drops the answer from its address and says the window can be closed', async () => {
    const frame = await framed('/dist/callback.html?code=abc&state=xyz');
    const doc = frame.contentDocument!;
    await waitUntil(() => !doc.getElementById('close-hint')?.hidden, 'the close hint');
    expect(doc.getElementById('close-hint')!.textContent).to.equal('You can close this window.');
    expect(doc.getElementById('signing-in')!.hidden).to.equal(true);
    expect(frame.contentWindow!.location.search).to.equal('');
    // Its one script is the small callback module, not the picker: no CSP-relevant inline code either.
    const scripts = [...doc.scripts].map((script) => script.getAttribute('src')).filter((src) => !src?.startsWith('/__web-dev-server'));
    expect(scripts, 'the dev server adds its own; the page has one').to.deep.equal(['./assets/callback.js']);
    expect(doc.querySelectorAll('style, [style]')).to.have.length(0);
    frame.remove();
  });

  it("leaves a host page's own code and state alone (a state the picker did not issue)", async () => {
    const frame = await framed('/test/e2e/callback.html?code=host-code&state=host-state');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(frame.contentWindow!.location.search).to.equal('?code=host-code&state=host-state');
    frame.remove();
  });
});
