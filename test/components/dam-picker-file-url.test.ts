// A Brandworkz pick carries a file hosts can publish: `url` is the asset's `embed_link` (the full-size
// file the emulator really serves) and `mimeType` its `mimetype`, as the vendor's /assetInsert returns them.
import { expect, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import type { DamAsset } from '../../src/api/types.js';
import '../support/benign-errors.js';
import { startMockDam, type MockDam } from '../support/mock-dam.js';
import { mountPicker, part, tiles } from '../support/picker-helpers.js';

describe('<dam-picker> Brandworkz file URL', () => {
  let dam: MockDam;

  beforeEach(async () => {
    dam = await startMockDam({ assetCount: 200 });
  });
  afterEach(() => dam.stop());

  it('confirms assets with url (the full-size embed_link) and mimeType', async () => {
    const picker = await mountPicker(dam, { fileTypes: 'jpg,png' });
    const chosen = picker.grid!.assets[0] as DamAsset;
    const record = dam.emulator.data.assetByGuid(chosen.id)!;
    tiles(picker)[0]!.click();
    await picker.updateComplete;
    const selected = oneEvent(picker, 'dam-select');
    part(picker, 'confirm-button')!.click();
    const [asset] = (await selected).detail.assets as DamAsset[];

    expect(asset!.url).to.equal(record.embed_link);
    expect(asset!.mimeType).to.equal(record.mimetype);
    expect(asset!.mimeType).to.match(/^image\/(jpeg|png)$/);
    expect(asset!.url).to.not.equal(asset!.thumbnailUrl);
    // The emulator serves it, at the asset's full pixel size (not the 320 px thumbnail).
    const response = await fetch(asset!.url!);
    expect(response.status).to.equal(200);
    expect(response.headers.get('Content-Type')).to.equal('image/svg+xml');
    const svg = await response.text();
    const width = Number(/width="(\d+)"/.exec(svg)?.[1]);
    expect(width).to.equal(Math.min(record.pixelWidth!, Math.round((record.pixelWidth! * 4096) / Math.max(record.pixelWidth!, record.pixelHeight!))));
    expect(width).to.be.greaterThan(320);
  });
});
