// The built stand-alone picker page (dist/picker.html): it refuses to start without a valid `origin`;
// with one it says `ready`, signs in through its own popup (it is its own redirect URI), and its
// selection reaches the host through DamPicker.openWindow.
import { expect, waitUntil } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import { openWindow } from '../../src/index.js';
import '../support/benign-errors.js';
import type { DamPicker } from '../../src/components/dam-picker/dam-picker.js';

describe('dist/picker.html (stand-alone picker page)', function () {
  this.timeout(25_000);
  let container: HTMLElement;

  beforeEach(() => {
    sessionStorage.clear();
    container = document.createElement('div');
    document.body.append(container);
  });
  afterEach(() => container.remove());

  for (const origin of [null, '*', 'not a url', 'http://localhost:1/path', 'javascript:alert(1)']) {
    it(`refuses to start with origin=${String(origin)}, saying why`, async () => {
      const frame = document.createElement('iframe');
      frame.src = `/dist/picker.html?provider=brandworkz${origin === null ? '' : `&origin=${encodeURIComponent(origin)}`}`;
      container.append(frame);
      await waitUntil(() => frame.contentDocument?.querySelector('[role="alert"]'), 'an error is shown', { timeout: 10_000 });
      expect(frame.contentDocument!.querySelector('[role="alert"]')!.textContent).to.contain('origin');
      expect(frame.contentDocument!.querySelector('dam-picker')).to.equal(null);
    });
  }

  it('says ready, signs in through its own popup, and its selection resolves openWindow', async () => {
    const { embedEmulatorOrigin: emulator } = (await (await fetch('/__e2e-config.json')).json()) as { embedEmulatorOrigin: string };
    const ready = new Promise<MessageEvent>((resolve) => window.addEventListener('message', function onReady(event) {
      if (event.data?.type !== 'dam-picker:ready') return;
      window.removeEventListener('message', onReady);
      resolve(event);
    }));
    const result = openWindow({
      url: '/dist/picker.html',
      mode: 'iframe',
      container,
      provider: 'brandworkz',
      site: 'demo.brandworkz.com',
      discoveryUrl: emulator,
      clientId: 'dam-picker-demo',
      selection: 'multiple',
      tokenStorage: 'memory',
    });
    const frame = container.querySelector('iframe')!;
    expect((await ready).data).to.deep.equal({ type: 'dam-picker:ready', version: 1 });
    const picker = () => frame.contentDocument?.querySelector<DamPicker>('dam-picker');
    await waitUntil(() => picker()?.shadowRoot?.querySelector('.sign-in button'), 'the signed-out picker', { timeout: 10_000 });
    expect(picker()!.getAttribute('selection')).to.equal('multiple');
    // A real click (a user gesture) on Sign in: the DAM's popup comes back to picker.html itself.
    const button = picker()!.shadowRoot!.querySelector('.sign-in button')!.getBoundingClientRect();
    const offset = frame.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(offset.x + button.x + button.width / 2), Math.round(offset.y + button.y + button.height / 2)] });
    await waitUntil(() => (picker()?.grid?.assets.length ?? 0) >= 2, 'signed in, results shown', { timeout: 15_000 });
    const [first, second] = picker()!.grid!.assets;
    picker()!.selectedIds = [first!.id, second!.id];
    await picker()!.updateComplete;
    await picker()!.confirm();
    const assets = await result;
    expect(assets.map((asset) => asset.id)).to.deep.equal([first!.id, second!.id]);
    expect(assets[0]!.provider).to.equal('brandworkz');
    expect(container.querySelector('iframe'), 'the iframe is removed').to.equal(null);
  });
});
