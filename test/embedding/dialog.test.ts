// DamPicker.open(): the picker in a modal <dam-picker-dialog> — focus moves in and stays in,
// Escape and the close button resolve [], focus returns to the opener, a pick resolves the assets.
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { open } from '../../src/index.js';
import '../support/benign-errors.js';
import type { DamPicker } from '../../src/components/dam-picker/dam-picker.js';
import type { DamPickerDialog } from '../../src/components/dam-picker-dialog/dam-picker-dialog.js';
import { press } from '../support/engine.js';

function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Whether `node` is inside `host`, crossing shadow roots. */
function inside(host: Element, node: Node | null): boolean {
  for (let current = node; current; current = current.parentNode ?? (current as ShadowRoot).host ?? null) {
    if (current === host) return true;
  }
  return false;
}

/**
 * Focus is inside the dialog, or on nothing: past the last control of a modal dialog the browser moves
 * focus to its own UI (the address bar; nothing in the page), then back into the dialog. Never on the page behind.
 */
function trapped(dialog: Element): boolean {
  const active = deepActive();
  return inside(dialog, active) || active === document.body;
}

describe('DamPicker.open (modal dialog)', function () {
  this.timeout(20_000);
  let emulator: string;
  let token: string;
  let opener: HTMLButtonElement;
  let after: HTMLButtonElement;

  before(async () => {
    ({ embedEmulatorOrigin: emulator } = (await (await fetch('/__e2e-config.json')).json()) as { embedEmulatorOrigin: string });
    token = ((await (await fetch(`${emulator}/__emulator/tokens`, { method: 'POST', body: '{}' })).json()) as { access_token: string }).access_token;
  });

  beforeEach(() => {
    opener = document.createElement('button');
    opener.textContent = 'Insert image';
    after = document.createElement('button');
    after.textContent = 'After';
    document.body.append(opener, after);
    opener.focus();
  });

  afterEach(() => {
    // A failed test must not leave its modal over the next one.
    for (const leftover of document.querySelectorAll('dam-picker-dialog')) leftover.remove();
    opener.remove();
    after.remove();
  });

  const options = () => ({
    provider: 'brandworkz' as const,
    site: 'demo.brandworkz.com',
    discoveryUrl: emulator,
    selection: 'multiple' as const,
    tokenProvider: async () => token,
  });

  async function opened(): Promise<{ dialog: DamPickerDialog; picker: DamPicker }> {
    await waitUntil(() => document.querySelector('dam-picker-dialog')?.open, 'the dialog opens');
    const dialog = document.querySelector('dam-picker-dialog')!;
    return { dialog, picker: dialog.querySelector('dam-picker')! };
  }

  it('moves focus in, keeps it in on Tab and Shift+Tab, cancels on Escape and returns focus', async () => {
    const result = open(options());
    const { dialog, picker } = await opened();
    await waitUntil(() => picker.grid, 'results shown (token from tokenProvider, no sign-in)', { timeout: 10_000 });
    expect(inside(dialog, deepActive()), 'focus moved into the dialog').to.equal(true);
    // The page behind is inert (native modal): Tab never reaches the buttons outside, in either direction.
    for (let i = 0; i < 25; i += 1) {
      await sendKeys({ press: 'Tab' });
      expect(trapped(dialog), `Tab ${i}: focus inside the dialog`).to.equal(true);
    }
    for (let i = 0; i < 25; i += 1) {
      await press('Shift+Tab');
      expect(trapped(dialog), `Shift+Tab ${i}: focus inside the dialog`).to.equal(true);
    }
    const dialogBox = dialog.shadowRoot!.querySelector('dialog')!;
    expect(dialogBox.matches(':modal')).to.equal(true);
    expect(dialogBox.getAttribute('aria-label')).to.equal('Choose assets');
    // Escape from the close button (the search box keeps Escape while it has text).
    dialog.shadowRoot!.querySelector<HTMLButtonElement>('[part="close-button"]')!.focus();
    await sendKeys({ press: 'Escape' });
    expect(await result).to.deep.equal([]);
    expect(document.querySelector('dam-picker-dialog')).to.equal(null);
    expect(document.activeElement).to.equal(opener);
  });

  it('cancels with the visible close button', async () => {
    const result = open(options());
    const { dialog } = await opened();
    const close = dialog.shadowRoot!.querySelector<HTMLButtonElement>('[part="close-button"]')!;
    await waitUntil(() => dialog.querySelector('dam-picker')?.grid, 'results shown', { timeout: 10_000 });
    await expect(dialog).to.be.accessible();
    expect(close.getAttribute('aria-label')).to.equal('Close');
    expect(close.getBoundingClientRect().width).to.be.greaterThan(0);
    close.click();
    expect(await result).to.deep.equal([]);
    expect(document.activeElement).to.equal(opener);
  });

  it('is accessible in dark and in Arabic, its chrome following theme', async () => {
    const result = open({ ...options(), theme: 'dark', lang: 'ar' });
    const { dialog } = await opened();
    await waitUntil(() => dialog.querySelector('dam-picker')?.grid, 'results shown', { timeout: 10_000 });
    expect(getComputedStyle(dialog.shadowRoot!.querySelector('dialog')!).colorScheme).to.equal('dark');
    await dialog.querySelector('dam-picker')!.updateComplete;
    await expect(dialog).to.be.accessible();
    dialog.shadowRoot!.querySelector<HTMLButtonElement>('[part="close-button"]')!.click();
    expect(await result).to.deep.equal([]);
  });

  it('resolves [] when the host closes the dialog itself', async () => {
    const result = open(options());
    const { dialog } = await opened();
    dialog.close();
    expect(await result).to.deep.equal([]);
    expect(document.querySelector('dam-picker-dialog')).to.equal(null);
    expect(document.activeElement).to.equal(opener);
  });

  it('resolves with the picked assets and passes the options on', async () => {
    const result = open({ ...options(), maxItems: 3, assetTypes: 'Image', lang: 'de' });
    const { picker } = await opened();
    expect(picker.getAttribute('max-items')).to.equal('3');
    expect(picker.getAttribute('asset-types')).to.equal('Image');
    expect(picker.lang).to.equal('de');
    await waitUntil(() => (picker.grid?.assets.length ?? 0) >= 2, 'results loaded', { timeout: 10_000 });
    const [first, second] = picker.grid!.assets;
    picker.selectedIds = [first!.id, second!.id];
    await picker.updateComplete;
    await picker.confirm();
    const assets = await result;
    expect(assets.map((asset) => asset.id)).to.deep.equal([first!.id, second!.id]);
    expect(assets.every((asset) => asset.type === 'image')).to.equal(true);
    expect(document.querySelector('dam-picker-dialog')).to.equal(null);
    expect(document.activeElement).to.equal(opener);
  });
});
