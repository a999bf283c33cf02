// Alt text per use through <dam-picker>: fields in the selection list and the details panel, prefilled from
// the DAM's description; `required` keeps Insert disabled (with the reason) until every selected image has
// text or is decorative; `dam-select` carries `alt`. Keyboard only where it matters.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../support/benign-errors.js';
import '../../src/define.js';
import type { DamPicker } from '../../src/components/dam-picker/dam-picker.js';
import type { DamAsset } from '../../src/api/types.js';
import { API_ORIGIN, SITE, startMockDam, type MockDam } from '../support/mock-dam.js';
import { part, settled, tiles } from '../support/picker-helpers.js';
import { inPanel, openByKey, retype } from '../support/details-helpers.js';
import { deepActiveElement } from '../a11y/a11y-helpers.js';
import { press, typeText } from '../support/engine.js';

async function mount(dam: MockDam, altText: string, selection = 'multiple'): Promise<DamPicker> {
  const element = await fixture<DamPicker>(html`<dam-picker
    provider="brandworkz"
    site=${SITE}
    discovery-url=${API_ORIGIN}
    selection=${selection}
    asset-types="Image"
    alt-text=${altText}
    .tokenProvider=${async () => dam.token}
    style="width: 1100px; --dam-picker-height: 640px"
  ></dam-picker>`);
  await settled(element);
  return element;
}

function altInputs(picker: DamPicker): HTMLInputElement[] {
  return [...picker.shadowRoot!.querySelectorAll<HTMLInputElement>('[part~="selection"] [part~="alt-input"]')];
}

function decorativeBoxes(picker: DamPicker): HTMLInputElement[] {
  return [...picker.shadowRoot!.querySelectorAll<HTMLInputElement>('[part~="selection"] [part~="alt-decorative"]')];
}

const insert = (picker: DamPicker) => part(picker, 'confirm-button') as HTMLButtonElement;

describe('<dam-picker> alt text', function () {
  this.timeout(30_000);
  let dam: MockDam;

  beforeEach(async () => {
    dam = await startMockDam();
  });
  afterEach(() => dam.stop());

  it('asks for nothing with alt-text off, and dam-select carries no alt', async () => {
    const picker = await mount(dam, 'off');
    tiles(picker)[0]!.click();
    await picker.updateComplete;
    expect(altInputs(picker)).to.have.length(0);
    const chosen = oneEvent(picker, 'dam-select');
    insert(picker).click();
    expect((await chosen).detail.assets[0]).not.to.have.property('alt');
  });

  it('required: Insert waits, with the reason, until every image has alt text or is decorative', async () => {
    const picker = await mount(dam, 'required');
    const [first, second] = picker.grid!.assets;
    tiles(picker)[0]!.click();
    tiles(picker)[1]!.click();
    await picker.updateComplete;
    expect(altInputs(picker).map((input) => input.value)).to.deep.equal([first!.description?.trim() ?? '', second!.description?.trim() ?? '']);
    expect(altInputs(picker)[0]!.getAttribute('aria-required')).to.equal('true');

    await retype(altInputs(picker)[0]!, '');
    await retype(altInputs(picker)[1]!, '');
    await picker.updateComplete;
    expect(insert(picker).disabled).to.equal(true);
    const reason = part(picker, 'insert-reason')!;
    expect(reason.getAttribute('role')).to.equal('status');
    expect(reason.textContent).to.contain('Add alt text to 2 selected images');
    expect(insert(picker).getAttribute('aria-describedby')).to.equal(reason.id);
    expect(altInputs(picker)[0]!.getAttribute('aria-invalid')).to.equal('true');
    await expect(picker).to.be.accessible();

    // The first is decorative (with Space, from the keyboard); the second gets text.
    decorativeBoxes(picker)[0]!.focus();
    await press(' ');
    await picker.updateComplete;
    expect(reason.textContent).to.contain('Add alt text to the selected image');
    expect(insert(picker).disabled).to.equal(true);
    await retype(altInputs(picker)[1]!, 'A red bicycle against a wall');
    await picker.updateComplete;
    expect(insert(picker).disabled).to.equal(false);
    expect(reason.textContent.trim()).to.equal('');

    const chosen = oneEvent(picker, 'dam-select');
    insert(picker).focus();
    await press('Enter');
    const { detail } = await chosen;
    expect(detail.assets.map((asset: DamAsset) => [asset.id, asset.alt])).to.deep.equal([
      [first!.id, ''],
      [second!.id, 'A red bicycle against a wall'],
    ]);
  });

  it('optional: prefilled from the description, and an emptied field sends no alt', async () => {
    const picker = await mount(dam, 'optional');
    const index = picker.grid!.assets.findIndex((asset) => asset.description?.trim());
    const described = picker.grid!.assets[index]!;
    tiles(picker)
      .find((tile) => tile.dataset['index'] === String(index))!
      .click();
    tiles(picker)
      .find((tile) => tile.dataset['index'] !== String(index))!
      .click();
    await picker.updateComplete;
    await retype(altInputs(picker)[1]!, '');
    await picker.updateComplete;
    expect(insert(picker).disabled).to.equal(false);
    const chosen = oneEvent(picker, 'dam-select');
    insert(picker).click();
    const [withText, without] = (await chosen).detail.assets;
    expect(withText!.alt).to.equal(described.description!.trim());
    expect(without).not.to.have.property('alt');
  });

  it('in the details panel, by keyboard: the alt field, then Insert', async () => {
    const picker = await mount(dam, 'required', 'single');
    await openByKey(picker, 0);
    const asset = picker.grid!.assets[0]!;
    const input = inPanel(picker, 'alt-input') as HTMLInputElement;
    expect(input.value).to.equal(asset.description?.trim() ?? '');
    await retype(input, '');
    await waitUntil(() => (inPanel(picker, 'details-insert') as HTMLButtonElement).disabled, 'Insert disabled');
    const panelReason = inPanel(picker, 'details-insert')!.getAttribute('aria-describedby');
    expect(panelReason).to.equal('insert-reason');
    await expect(picker.shadowRoot!.querySelector('dam-asset-details')).to.be.accessible();
    await typeText('Team at the summit');
    await waitUntil(() => !(inPanel(picker, 'details-insert') as HTMLButtonElement).disabled, 'Insert enabled');
    // Tab from the alt field reaches "Decorative"; Insert is before them.
    await press('Tab');
    expect(deepActiveElement()?.getAttribute('part')).to.equal('alt-decorative');
    const chosen = oneEvent(picker, 'dam-select');
    inPanel(picker, 'details-insert')!.focus();
    await press('Enter');
    const { detail } = await chosen;
    expect(detail.assets).to.have.length(1);
    expect(detail.assets[0]!.id).to.equal(asset.id);
    expect(detail.assets[0]!.alt).to.equal('Team at the summit');
  });
});
