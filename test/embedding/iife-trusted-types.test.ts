// The built one-file script under Trusted Types (`require-trusted-types-for 'script'`) on top of the strict
// CSP: the picker renders, searches and picks with only Lit's own "lit-html" policy, on a plain page and on a
// host whose own Lit already created a "lit-html" policy (which needs 'allow-duplicates').
import { expect, waitUntil } from '@open-wc/testing';
import type * as DamPickerModule from '../../src/index.js';
import type { DamPicker } from '../../src/components/dam-picker/dam-picker.js';

type BuiltWindow = Window & typeof globalThis & { DamPicker: typeof DamPickerModule; cspViolations: string[]; hostPolicy?: unknown };

describe('dist/dam-picker.iife.js under Trusted Types', function () {
  this.timeout(25_000);

  for (const page of ['iife-trusted-types.html', 'iife-trusted-types-host-policy.html']) {
    it(`opens, searches and picks without a violation (${page})`, async () => {
      const { embedEmulatorOrigin: emulator } = (await (await fetch('/__e2e-config.json')).json()) as { embedEmulatorOrigin: string };
      const { access_token: token } = (await (await fetch(`${emulator}/__emulator/tokens`, { method: 'POST', body: '{}' })).json()) as { access_token: string };
      const frame = document.createElement('iframe');
      frame.width = '1000';
      frame.height = '800';
      frame.src = `/test/embedding/${page}`;
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      document.body.append(frame);
      await loaded;
      const win = frame.contentWindow as BuiltWindow;
      // (Its policy object is only compared: chai would hang formatting a TrustedTypePolicy from another window.)
      if (page.includes('host-policy'))
        expect(typeof (win.hostPolicy as { createHTML?: unknown } | undefined)?.createHTML, "the host's own lit-html policy").to.equal('function');
      expect(win.DamPicker?.open, 'the script ran').to.be.a('function');

      const result = win.DamPicker.open({ provider: 'brandworkz', site: 'demo.brandworkz.com', discoveryUrl: emulator, tokenProvider: async () => token });
      const picker = () => win.document.querySelector<DamPicker>('dam-picker-dialog dam-picker');
      await waitUntil(() => (picker()?.grid?.assets.length ?? 0) > 0, 'results in the modal', { timeout: 15_000 });
      const tiles = () => picker()!.grid!.shadowRoot!.querySelectorAll('[part~="tile"]');
      await waitUntil(() => tiles().length > 0, 'tiles rendered');
      const [first] = picker()!.grid!.assets;
      picker()!.selectedIds = [first!.id];
      await picker()!.updateComplete;
      await picker()!.confirm();
      expect((await result).map((asset) => asset.id)).to.deep.equal([first!.id]);
      expect(win.cspViolations).to.deep.equal([]);

      // The policy is really enforced on this page: a plain string into an HTML sink is refused (Chromium and
      // WebKit name TrustedHTML; Firefox says "Sink type mismatch violation blocked by CSP").
      expect(() => {
        win.document.body.innerHTML = '<b>untrusted</b>';
      }).to.throw(/TrustedHTML|Sink type mismatch/);
      frame.remove();
    });
  }
});
