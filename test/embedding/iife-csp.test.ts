// The built script tag (dist/dam-picker.iife.js, the loader) on a plain page with a strict CSP: it sets
// window.DamPicker at once; DamPicker.open() loads the picker's chunks, registers the elements and shows a styled
// modal without a violation.
import { expect, waitUntil } from '@open-wc/testing';
import type * as DamPickerModule from '../../src/index.js';

type BuiltWindow = Window & typeof globalThis & { DamPicker: typeof DamPickerModule & { preload(): Promise<void> }; cspViolations: string[] };

describe('dist/dam-picker.iife.js under a strict CSP', function () {
  this.timeout(20_000);

  it('registers the elements and window.DamPicker, and opens the modal picker', async () => {
    const { embedEmulatorOrigin: emulator } = (await (await fetch('/__e2e-config.json')).json()) as { embedEmulatorOrigin: string };
    const { access_token: token } = (await (await fetch(`${emulator}/__emulator/tokens`, { method: 'POST', body: '{}' })).json()) as { access_token: string };
    const frame = document.createElement('iframe');
    frame.width = '1000';
    frame.height = '800';
    frame.src = '/test/embedding/iife-csp.html';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await loaded;
    const page = frame.contentWindow as BuiltWindow;
    expect(page.DamPicker.open).to.be.a('function');
    expect(page.DamPicker.openWindow).to.be.a('function');
    expect(page.DamPicker.preload).to.be.a('function');
    expect(page.DamPicker.version).to.be.a('string');
    expect(page.customElements.get('dam-picker'), 'nothing registered before the code is needed').to.equal(undefined);

    const opener = page.document.querySelector<HTMLButtonElement>('#insert')!;
    opener.focus();
    const result = page.DamPicker.open({ provider: 'brandworkz', site: 'demo.brandworkz.com', discoveryUrl: emulator, tokenProvider: async () => token });
    await waitUntil(() => page.document.querySelector('dam-picker-dialog dam-picker')?.shadowRoot?.querySelector('dam-asset-grid'), 'results in the modal', {
      timeout: 15_000,
    });
    // The code has arrived: the core elements and the dialog are registered, the sidebar's elements after the
    // first results; the dropzone (no upload here) never.
    for (const tag of ['dam-picker', 'dam-picker-dialog', 'dam-search-box', 'dam-asset-grid', 'dam-breadcrumb']) {
      expect(page.customElements.get(tag), tag).to.be.a('function');
    }
    await waitUntil(() => page.customElements.get('dam-folder-tree') && page.customElements.get('dam-facet-list'), 'the sidebar elements', {
      timeout: 15_000,
    });
    expect(page.customElements.get('dam-upload-dropzone'), 'upload is off: no dropzone code').to.equal(undefined);
    expect(page.DamPicker.DamPicker, 'the classes are on window.DamPicker once loaded').to.equal(page.customElements.get('dam-picker'));
    const dialog = page.document.querySelector('dam-picker-dialog')!;
    const box = dialog.shadowRoot!.querySelector('dialog')!;
    expect(box.matches(':modal')).to.equal(true);
    // Styles (adopted style sheets) apply under the policy: the dialog has no UA border and a bounded width.
    expect(page.getComputedStyle(box).borderTopStyle).to.equal('none');
    expect(box.getBoundingClientRect().width).to.be.within(600, 1000);
    dialog.shadowRoot!.querySelector<HTMLButtonElement>('[part="close-button"]')!.click();
    expect(await result).to.deep.equal([]);
    expect(page.document.activeElement).to.equal(opener);
    expect(page.cspViolations).to.deep.equal([]);
    frame.remove();
  });

  it('carries English only and loads another language from locales/ next to itself', async () => {
    const { embedEmulatorOrigin: emulator } = (await (await fetch('/__e2e-config.json')).json()) as { embedEmulatorOrigin: string };
    const { access_token: token } = (await (await fetch(`${emulator}/__emulator/tokens`, { method: 'POST', body: '{}' })).json()) as { access_token: string };
    const iife = await (await fetch('/dist/dam-picker.iife.js')).text();
    expect(iife, 'a German string inside the script').not.to.contain('Einfügen');
    const frame = document.createElement('iframe');
    frame.src = '/test/embedding/iife-csp.html';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await loaded;
    const page = frame.contentWindow as BuiltWindow;
    const fetched: string[] = [];
    new page.PerformanceObserver((list) => fetched.push(...list.getEntries().map((entry) => entry.name))).observe({ type: 'resource', buffered: true });
    void page.DamPicker.open({ provider: 'brandworkz', site: 'demo.brandworkz.com', discoveryUrl: emulator, lang: 'de', tokenProvider: async () => token });
    const insert = () => page.document.querySelector('dam-picker-dialog dam-picker')?.shadowRoot?.querySelector('[part="confirm-button"]');
    await waitUntil(() => insert()?.textContent?.includes('Einfügen'), 'the German "Insert" button', { timeout: 15_000 });
    expect(
      fetched.some((url) => url.endsWith('/dist/locales/de.js')),
      fetched.join(', '),
    ).to.equal(true);
    expect(page.cspViolations).to.deep.equal([]);
    frame.remove();
  });
});
