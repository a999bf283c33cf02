// The built stand-alone picker page (dist/picker.html): its DAM, client and allowed hosts come from its
// deployer's configuration (/dist/picker.config.json, served by the test server: the embedding emulator, and
// this page's origin as the only allowed host; or a JSON block in the page). It refuses to start without an
// allowed `origin` or without a valid configuration, saying why; with one it says `ready`, signs in through its
// own popup (it is its own redirect URI), and its selection reaches the host through DamPicker.openWindow, in
// an iframe and in a popup.
import { expect, waitUntil } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import { openWindow } from '../../src/index.js';
import '../support/benign-errors.js';
import type { DamPicker } from '../../src/components/dam-picker/dam-picker.js';

/** Resolves with the next `dam-picker:ready` message. */
const nextReady = () =>
  new Promise<MessageEvent>((resolve) =>
    window.addEventListener('message', function onReady(event) {
      if (event.data?.type !== 'dam-picker:ready') return;
      window.removeEventListener('message', onReady);
      resolve(event);
    }),
  );

/** Clicks `element` inside `frame` with a real mouse click (a user gesture). */
async function clickInFrame(frame: HTMLIFrameElement, element: Element): Promise<void> {
  const box = element.getBoundingClientRect();
  const offset = frame.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(offset.x + box.x + box.width / 2), Math.round(offset.y + box.y + box.height / 2)] });
}

describe('dist/picker.html (stand-alone picker page)', function () {
  this.timeout(30_000);
  let container: HTMLElement;

  beforeEach(() => {
    sessionStorage.clear();
    container = document.createElement('div');
    document.body.append(container);
  });
  afterEach(() => container.remove());

  /** Loads `src` in an iframe and returns the text of the alert it shows; fails when it shows a picker. */
  async function refusal(src: string): Promise<string> {
    const frame = document.createElement('iframe');
    frame.src = src;
    container.append(frame);
    await waitUntil(() => frame.contentDocument?.querySelector('[role="alert"]'), 'an error is shown', { timeout: 10_000 });
    expect(frame.contentDocument!.querySelector('dam-picker')).to.equal(null);
    return frame.contentDocument!.querySelector('[role="alert"]')!.textContent ?? '';
  }

  for (const origin of [null, '*', 'not a url', 'http://localhost:1/path', 'javascript:alert(1)']) {
    it(`refuses to start with origin=${String(origin)}, saying why`, async () => {
      const text = await refusal(`/dist/picker.html${origin === null ? '' : `?origin=${encodeURIComponent(origin)}`}`);
      expect(text).to.contain('which site');
    });
  }

  it("refuses a host origin that is not on the deployer's list, naming it", async () => {
    const text = await refusal(`/dist/picker.html?origin=${encodeURIComponent('https://cms.example.com')}`);
    expect(text).to.contain('cms.example.com');
  });

  it('refuses to start when its configuration is not valid', async () => {
    // Its configuration block allows every origin ("*"), which is not an origin: the page does not start.
    const text = await refusal(`/dist/picker-invalid.html?origin=${encodeURIComponent(location.origin)}`);
    expect(text).to.contain('not set up');
  });

  it('says ready, shows where picks go, signs in through its own popup, and its selection resolves openWindow (iframe, then popup)', async () => {
    const ready = nextReady();
    const result = openWindow({ url: '/dist/picker.html', mode: 'iframe', container, selection: 'multiple' });
    const frame = container.querySelector('iframe')!;
    expect((await ready).data).to.deep.equal({ type: 'dam-picker:ready', version: 1 });
    const picker = () => frame.contentDocument?.querySelector<DamPicker>('dam-picker');
    await waitUntil(() => picker()?.shadowRoot?.querySelector('.sign-in button'), 'the signed-out picker', { timeout: 10_000 });
    expect(picker()!.getAttribute('selection')).to.equal('multiple');
    expect(picker()!.getAttribute('client-id'), "the deployer's client").to.equal('dam-picker-demo');
    expect(frame.contentDocument!.querySelector('.dam-picker-page-host')!.textContent).to.equal(`Inserting into \u2068localhost:${location.port}\u2069`);
    // A real click (a user gesture) on Sign in: the DAM's popup comes back to picker.html itself.
    await clickInFrame(frame, picker()!.shadowRoot!.querySelector('.sign-in button')!);
    await waitUntil(() => (picker()?.grid?.assets.length ?? 0) >= 2, 'signed in, results shown', { timeout: 15_000 });
    const [first, second] = picker()!.grid!.assets;
    picker()!.selectedIds = [first!.id, second!.id];
    await picker()!.updateComplete;
    await picker()!.confirm();
    const assets = await result;
    expect(assets.map((asset) => asset.id)).to.deep.equal([first!.id, second!.id]);
    expect(assets[0]!.provider).to.equal('brandworkz');
    expect(container.querySelector('iframe'), 'the iframe is removed').to.equal(null);

    // Popup mode: the popup starts with a copy of this tab's sessionStorage, where the iframe (same origin) kept
    // the session made under the same configuration, so it restores without a sign-in.
    let popup: Window | null = null;
    const realOpen = window.open;
    window.open = (...args: Parameters<typeof window.open>) => (popup = realOpen.apply(window, args));
    try {
      const popupReady = nextReady();
      const picked = openWindow({ url: '/dist/picker.html', mode: 'popup' });
      expect((await popupReady).source).to.equal(popup);
      const popupPicker = () => popup!.document.querySelector<DamPicker>('dam-picker');
      await waitUntil(() => (popupPicker()?.grid?.assets.length ?? 0) >= 1, 'the popup shows results', { timeout: 15_000 });
      popupPicker()!.selectedIds = [first!.id];
      await popupPicker()!.updateComplete;
      await popupPicker()!.confirm();
      expect((await picked).map((asset) => asset.id)).to.deep.equal([first!.id]);
    } finally {
      window.open = realOpen;
    }
  });

  it('takes its configuration from a JSON block in the page when it has one', async () => {
    const ready = nextReady();
    const frame = document.createElement('iframe');
    frame.src = `/dist/picker-inline.html?origin=${encodeURIComponent(location.origin)}&upload=false&max-items=3`;
    container.append(frame);
    await ready;
    const picker = frame.contentDocument!.querySelector<DamPicker>('dam-picker')!;
    expect(picker.getAttribute('client-id')).to.equal('dam-picker-demo');
    expect(picker.hasAttribute('upload'), 'the host may turn the allowed upload off').to.equal(false);
    expect(picker.getAttribute('max-items')).to.equal('3');
  });
});
