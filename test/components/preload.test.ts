// preload(options): a host about to show a picker has the DAM's address found first (Brandworkz: /getAPIURL), so
// that a picker mounted afterwards asks the DAM for its search straight away. What each DAM was asked is read
// from the emulator's request log. (The script tag's DamPicker.preload() is tested in test/embedding/loader.test.ts.)
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { preload } from '../../src/embed/preload.js';
import { open } from '../../src/index.js';
import type { DamPickerDialog } from '../../src/components/dam-picker-dialog/dam-picker-dialog.js';
import { API_ORIGIN, SITE, startMockBynder, startMockDam, BYNDER_PORTAL, type MockDam } from '../support/mock-dam.js';
import { fixturePicker, resultsShown } from '../support/picker-helpers.js';
import '../support/benign-errors.js';

const BRANDWORKZ = { provider: 'brandworkz', site: SITE, discoveryUrl: API_ORIGIN } as const;

describe('preload()', () => {
  let dam: MockDam;

  beforeEach(async () => {
    dam = await startMockDam();
  });
  afterEach(() => dam.stop());

  it("finds the DAM's address before a picker exists; the picker then asks only for its data", async () => {
    await preload(BRANDWORKZ);
    expect(dam.emulator.requests.entries.map((entry) => entry.endpoint)).to.deep.equal(['getAPIURL']);

    const picker = await fixturePicker(dam);
    await resultsShown(picker);
    expect(dam.count('getAPIURL'), 'discovery asked once, by preload()').to.equal(1);
    expect(dam.count('simpleSearch')).to.be.greaterThan(0);
  });

  it('shares a discovery still on its way with a picker mounted meanwhile', async () => {
    const preloaded = preload(BRANDWORKZ);
    const picker = await fixturePicker(dam);
    await Promise.all([preloaded, resultsShown(picker)]);
    expect(dam.count('getAPIURL')).to.equal(1);
  });

  it('warns when the DAM cannot be reached, and the picker asks again when it opens', async () => {
    dam.emulator.faults.inject({ endpoint: 'getAPIURL', status: 404, times: 1 });
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args);
    try {
      await preload(BRANDWORKZ);
    } finally {
      console.warn = warn;
    }
    expect(warnings.length).to.equal(1);
    expect(String(warnings[0]![0])).to.include('could not reach the DAM before the picker opened');

    const picker = await fixturePicker(dam);
    await resultsShown(picker);
    expect(dam.count('getAPIURL'), 'the failed answer is not kept').to.equal(2);
  });

  it("open(options) asks for the DAM's address while the modal's code is on its way, not once its picker connects", async () => {
    // When the discovery was sent (fetch called) and when the modal entered the page, in the page's clock.
    let discoverySent = Number.NaN;
    let dialogAppended = Number.NaN;
    const fetch = globalThis.fetch;
    globalThis.fetch = (input, init) => {
      if (Number.isNaN(discoverySent) && String(input instanceof Request ? input.url : input).includes('/getAPIURL')) discoverySent = performance.now();
      return fetch(input, init);
    };
    const observer = new MutationObserver(() => {
      if (Number.isNaN(dialogAppended) && document.querySelector('dam-picker-dialog')) dialogAppended = performance.now();
    });
    observer.observe(document.body, { childList: true });
    try {
      const picked = open({ ...BRANDWORKZ, tokenProvider: async () => dam.token });
      await waitUntil(() => document.querySelector('dam-picker-dialog'), 'the modal', { timeout: 5000 });
      const dialog = document.querySelector<DamPickerDialog>('dam-picker-dialog')!;
      await resultsShown(dialog.querySelector('dam-picker')!);
      expect(discoverySent, 'discovery sent before the modal was in the page').to.be.lessThan(dialogAppended);
      expect(dam.count('getAPIURL'), 'and only once').to.equal(1);
      dialog.close();
      expect(await picked).to.deep.equal([]);
    } finally {
      globalThis.fetch = fetch;
      observer.disconnect();
      for (const leftover of document.querySelectorAll('dam-picker-dialog')) leftover.remove();
    }
  });

  it('asks nothing without a DAM to prepare, or of a DAM without discovery (Bynder)', async () => {
    await preload();
    await preload({ provider: 'brandworkz' });
    expect(dam.emulator.requests.entries).to.deep.equal([]);
    const bynder = await startMockBynder();
    try {
      await preload({ provider: 'bynder', site: BYNDER_PORTAL });
      expect(bynder.emulator.requests.entries).to.deep.equal([]);
    } finally {
      bynder.stop();
    }
  });
});
