// WCAG 2.2 AA in every state, in Chromium: axe with the WCAG 2.0/2.1/2.2 A and AA rules on each state of
// <dam-picker> (so of every element inside it: axe walks the shadow roots) and of DamPicker.open()'s dialog,
// in light and dark, each first proven to be that state (the details panel, rights badges and the warning,
// alt text fields included); and nothing moving under prefers-reduced-motion.
// Forced colours: forced-colors.test.ts; the keyboard and screen-reader walkthrough: walkthrough.test.ts.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import { open } from '../../src/embed/open.js';
import type { DamPicker } from '../../src/components/dam-picker/dam-picker.js';
import type { DamPickerDialog } from '../../src/components/dam-picker-dialog/dam-picker-dialog.js';
import type { DamUploadDropzone } from '../../src/components/dam-upload-dropzone/dam-upload-dropzone.js';
import { API_ORIGIN, BYNDER_PORTAL, moveSignIn, SITE, startMockBynder, startMockDam } from '../support/mock-dam.js';
import { facetCheckbox, facetList, part, settled, tiles, tree, treeItem } from '../support/picker-helpers.js';
import { generatedFile } from '../support/upload-data.js';
import { headingText, inPanel, openByKey, retype } from '../support/details-helpers.js';
import {
  animationsSettled,
  deepActiveElement,
  documentAndShadowRoots,
  emulate,
  expectNoAxeViolations,
  holdPartsAbove,
  mount,
  signedIn,
} from './a11y-helpers.js';
import { itInChromium } from '../support/engine.js';
import '../support/benign-errors.js';

type Theme = 'light' | 'dark';
const THEMES: readonly Theme[] = ['light', 'dark'];

/** Sets `theme` and waits for colour transitions to end, so axe measures the colours at rest. */
async function setTheme(picker: DamPicker, theme: Theme): Promise<void> {
  picker.theme = theme;
  await picker.updateComplete;
  await animationsSettled();
  expect(getComputedStyle(picker).colorScheme, 'theme applied').to.equal(theme);
}

/** A state to check: what axe looks at, proof that the UI really is in that state, and how to theme it. */
interface Scene {
  root: Element;
  verify(): void | Promise<void>;
  theme(theme: Theme): Promise<void>;
  cleanup?(): void;
}

function pickerScene(picker: DamPicker, verify: () => void | Promise<void>, cleanup?: () => void): Scene {
  return { root: picker, verify, theme: (theme) => setTheme(picker, theme), ...(cleanup ? { cleanup } : {}) };
}

const shadow = (picker: DamPicker) => picker.shadowRoot!;
const dropzone = (picker: DamPicker): DamUploadDropzone => shadow(picker).querySelector('dam-upload-dropzone')!;
const inDropzone = <E extends Element = HTMLElement>(picker: DamPicker, selector: string) => [...dropzone(picker).shadowRoot!.querySelectorAll<E>(selector)];
const text = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

function search(picker: DamPicker, value: string): void {
  shadow(picker)
    .querySelector('dam-search-box')!
    .dispatchEvent(new CustomEvent('search-change', { detail: { value }, bubbles: true }));
}

function filesOf(...files: File[]): DataTransfer {
  const data = new DataTransfer();
  for (const file of files) data.items.add(file);
  return data;
}

/** Opens a top-level folder by clicking it in the tree, so the dropzone has somewhere to upload to. */
async function openFolder(picker: DamPicker, title: string): Promise<void> {
  treeItem(picker, title)!.click();
  await waitUntil(() => dropzone(picker)?.folderId || part(picker, 'breadcrumb')?.shadowRoot?.textContent?.includes(title), `${title} opened`);
}

const CALLBACK_PAGE = new URL('/test/e2e/callback.html', location.href).href;

const MIB = 1024 * 1024;

/** Every state, built once and checked in both themes. */
const STATES: Array<{ name: string; arrange(): Promise<Scene> }> = [
  {
    name: 'not configured',
    async arrange() {
      const picker = await mount({ provider: '' as never, site: '', discoveryUrl: '' });
      return pickerScene(picker, () => {
        expect(part(picker, 'error')!.getAttribute('role')).to.equal('alert');
        expect(text(part(picker, 'error'))).to.match(/not configured/);
      });
    },
  },
  {
    name: 'connecting',
    async arrange() {
      const dam = await startMockDam({ assetCount: 100 });
      dam.emulator.faults.setLatency(4000);
      const picker = await mount({ clientId: 'dam-picker-demo' });
      return pickerScene(
        picker,
        () => {
          const panel = shadow(picker).querySelector('.panel[role="status"]');
          expect(text(panel)).to.equal('Connecting to Brandworkz…');
        },
        () => dam.emulator.faults.clear(),
      );
    },
  },
  {
    name: 'signed out',
    async arrange() {
      await startMockDam({ assetCount: 100 });
      const picker = await mount({ clientId: 'dam-picker-demo' });
      await waitUntil(() => part(picker, 'sign-in'), 'sign-in panel');
      return pickerScene(picker, () => {
        const button = part(picker, 'sign-in')!.querySelector('button')!;
        expect(text(button)).to.equal('Sign in to Brandworkz');
        expect(button.disabled).to.equal(false);
        expect(part(picker, 'sign-in')!.querySelector('[role="alert"]')).to.equal(null);
      });
    },
  },
  {
    name: 'sign-in refused',
    async arrange() {
      const dam = await startMockDam({ assetCount: 100 });
      // An authorization endpoint that refuses (web-test-runner.config.mjs): the real popup is sent back to the
      // callback page with `access_denied`, and the picker shows the refusal.
      moveSignIn(dam, `${location.origin}/__oauth-refused`);
      const picker = await mount({ clientId: 'dam-picker-demo', redirectUri: CALLBACK_PAGE });
      await waitUntil(() => part(picker, 'sign-in'), 'sign-in panel');
      // A key press is a user gesture: the browser lets the popup open.
      part(picker, 'sign-in')!.querySelector('button')!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => part(picker, 'sign-in')?.querySelector('[role="alert"]'), 'refusal shown', { timeout: 8000 });
      return pickerScene(picker, () => {
        expect(text(part(picker, 'sign-in')!.querySelector('[role="alert"]'))).to.match(/refused/i);
        expect(part(picker, 'sign-in')!.querySelector('button')!.disabled, 'sign in again').to.equal(false);
      });
    },
  },
  {
    name: 'loading skeleton',
    async arrange() {
      const dam = await startMockDam({ assetCount: 100 });
      dam.emulator.faults.setLatency(4000);
      const picker = await mount({ tokenProvider: async () => dam.token });
      await waitUntil(() => picker.grid?.loading, 'grid loading', { timeout: 5000 });
      return pickerScene(
        picker,
        () => {
          const grid = picker.grid!.shadowRoot!;
          expect(grid.querySelector('[role="listbox"]')!.getAttribute('aria-busy')).to.equal('true');
          expect(grid.querySelectorAll('[part~="skeleton"]').length).to.be.greaterThan(0);
          expect(text(grid.querySelector('[role="status"]'))).to.equal('Loading assets…');
          expect(text(part(picker, 'count'))).to.equal('Searching…');
        },
        () => dam.emulator.faults.clear(),
      );
    },
  },
  {
    name: 'results',
    async arrange() {
      const dam = await startMockDam({ assetCount: 300 });
      const picker = await signedIn(dam);
      return pickerScene(picker, () => {
        expect(text(part(picker, 'count'))).to.equal('300 results');
        expect(tiles(picker).filter((tile) => tile.tabIndex === 0)).to.have.length(1);
      });
    },
  },
  {
    name: 'compact density, narrow, sidebar open over the results',
    async arrange() {
      const dam = await startMockDam({ assetCount: 300 });
      const picker = await signedIn(dam, { width: 520, density: 'compact' });
      part(picker, 'sidebar-toggle')!.click();
      await picker.updateComplete;
      return pickerScene(picker, () => {
        expect(shadow(picker).querySelector('.content.narrow')).to.exist;
        expect(part(picker, 'sidebar')!.hidden).to.equal(false);
        expect(part(picker, 'sidebar-toggle')!.getAttribute('aria-expanded')).to.equal('true');
      });
    },
  },
  {
    name: 'empty results',
    async arrange() {
      const dam = await startMockDam({ assetCount: 300 });
      const picker = await signedIn(dam);
      search(picker, 'zzqxnothingmatches');
      await waitUntil(() => text(part(picker, 'count')) === '0 results', 'no results');
      return pickerScene(picker, () => {
        expect(part(picker, 'count')!.getAttribute('role')).to.equal('status');
        expect(text(picker.grid!.shadowRoot!.querySelector('[part~="empty"]'))).to.contain('No assets found');
      });
    },
  },
  {
    name: 'search error with retry',
    async arrange() {
      const dam = await startMockDam({ assetCount: 300 });
      const picker = await signedIn(dam);
      dam.emulator.faults.inject({ endpoint: 'simpleSearch', status: 503, retryAfter: 0, times: 4 });
      search(picker, 'logo');
      await waitUntil(() => part(picker, 'error'), 'error banner', { timeout: 5000 });
      return pickerScene(picker, () => {
        const banner = part(picker, 'error')!;
        expect(banner.getAttribute('role')).to.equal('alert');
        expect(text(banner.querySelector('button'))).to.equal('Try again');
        const searchBox = shadow(picker).querySelector('dam-search-box')!.shadowRoot!;
        expect(searchBox.querySelector('input')!.value).to.equal('logo');
        expect(searchBox.querySelector('[part~="clear-button"]'), 'clear button').to.exist;
      });
    },
  },
  {
    name: 'facets loading, with a filter ticked',
    async arrange() {
      const dam = await startMockDam({ assetCount: 300 });
      const picker = await signedIn(dam);
      dam.emulator.faults.setLatency(4000);
      facetCheckbox(picker, 'Type', 'Image')!.click();
      await waitUntil(() => facetList(picker).loading, 'facets loading');
      return pickerScene(
        picker,
        () => {
          expect(facetList(picker).shadowRoot!.querySelector('[part~="base"]')!.getAttribute('aria-busy')).to.equal('true');
          expect(facetList(picker).shadowRoot!.querySelectorAll('[part~="chip"]')).to.have.length(1);
        },
        () => dam.emulator.faults.clear(),
      );
    },
  },
  {
    name: 'facets with selections (chips and Clear all)',
    async arrange() {
      const dam = await startMockDam({ assetCount: 300 });
      const picker = await signedIn(dam);
      facetCheckbox(picker, 'Type', 'Image')!.click();
      await waitUntil(() => !facetList(picker).loading && facetList(picker).shadowRoot!.querySelector('[part~="chip"]'), 'chip shown');
      facetCheckbox(picker, 'Format', 'JPG')!.click();
      await waitUntil(() => facetList(picker).shadowRoot!.querySelectorAll('[part~="chip"]').length === 2, 'two chips');
      await settled(picker);
      return pickerScene(picker, () => {
        const list = facetList(picker).shadowRoot!;
        expect([...list.querySelectorAll('[part~="chip"]')].map(text).map((chip) => chip.replace('×', '').trim())).to.deep.equal([
          'Type: Image',
          'Format: JPG',
        ]);
        expect(list.querySelector('[part~="clear-all"]')).to.exist;
        expect(text(part(picker, 'sidebar-toggle'))).to.equal('Folders and filters (2)');
      });
    },
  },
  {
    name: 'facets degraded (facet service down)',
    async arrange() {
      const dam = await startMockDam({ assetCount: 300 });
      dam.emulator.faults.inject({ endpoint: 'search', status: 500, times: 1000 });
      const picker = await signedIn(dam);
      return pickerScene(
        picker,
        () => {
          expect(facetList(picker).degraded).to.equal(true);
          expect(facetList(picker).shadowRoot!.querySelector('[part~="notice"]')!.getAttribute('role')).to.equal('status');
        },
        () => dam.emulator.faults.clear(),
      );
    },
  },
  {
    name: 'folder tree expanded with focus in it, a folder open',
    async arrange() {
      const dam = await startMockDam({ assetCount: 300 });
      const picker = await signedIn(dam);
      treeItem(picker, 'Brands')!.focus();
      await sendKeys({ press: 'ArrowRight' });
      await waitUntil(() => treeItem(picker, 'Brands')!.getAttribute('aria-expanded') === 'true' && !tree(picker).model.loading, 'expanded');
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => (part(picker, 'breadcrumb')!.shadowRoot!.querySelectorAll('li').length ?? 0) >= 3, 'sub-folder opened');
      await settled(picker);
      return pickerScene(picker, () => {
        const focused = deepActiveElement()!;
        expect(focused.getAttribute('role')).to.equal('treeitem');
        expect(focused.getAttribute('aria-level')).to.equal('3');
        expect(focused.getAttribute('aria-selected')).to.equal('true');
        expect(treeItem(picker, 'Brands')!.getAttribute('aria-expanded')).to.equal('true');
        expect(part(picker, 'scope')!.querySelectorAll('input[type="radio"]')).to.have.length(2);
      });
    },
  },
  {
    name: 'folder tree: sub-folders failed to load, with retry',
    async arrange() {
      const dam = await startMockDam({ assetCount: 300 });
      const picker = await signedIn(dam);
      dam.emulator.faults.inject({ endpoint: 'simpleSearch', status: 503, retryAfter: 0, times: 4 });
      treeItem(picker, 'Brands')!.focus();
      await sendKeys({ press: 'ArrowRight' });
      await waitUntil(() => tree(picker).shadowRoot!.querySelector('[part~="error"]'), 'load error', { timeout: 5000 });
      return pickerScene(
        picker,
        () => {
          const error = tree(picker).shadowRoot!.querySelector('[part~="error"]')!;
          expect(error.getAttribute('role')).to.equal('alert');
          expect(text(error.querySelector('button'))).to.equal('Try again');
        },
        () => dam.emulator.faults.clear(),
      );
    },
  },
  {
    name: 'selection footer with several picked assets',
    async arrange() {
      const dam = await startMockDam({ assetCount: 300 });
      const picker = await signedIn(dam, { selection: 'multiple' });
      for (const index of [0, 1, 2]) tiles(picker)[index]!.click();
      await picker.updateComplete;
      return pickerScene(picker, () => {
        expect(part(picker, 'selection')!.querySelectorAll('[part~="selection-item"]')).to.have.length(3);
        expect(text(part(picker, 'confirm-button'))).to.equal('Insert 3 assets');
        expect(tiles(picker).filter((tile) => tile.getAttribute('aria-selected') === 'true')).to.have.length(3);
      });
    },
  },
  {
    name: 'max-items reached',
    async arrange() {
      const dam = await startMockDam({ assetCount: 300 });
      const picker = await signedIn(dam, { selection: 'multiple', maxItems: 2 });
      for (const index of [0, 1, 2]) {
        tiles(picker)[index]!.click();
        await picker.updateComplete;
      }
      return pickerScene(picker, () => {
        expect(text(part(picker, 'footer')!.querySelector('[aria-live]'))).to.equal('2 of 2 selected');
        expect(picker.grid!.selectionFull).to.equal(true);
        expect(tiles(picker)[2]!.getAttribute('aria-selected')).to.equal('false');
        expect(tiles(picker)[2]!.getAttribute('aria-disabled')).to.equal('true');
      });
    },
  },
  {
    name: 'loading more results',
    async arrange() {
      const dam = await startMockDam({ assetCount: 300 });
      const picker = await signedIn(dam);
      dam.emulator.faults.setLatency(4000);
      await picker.grid!.focusAsset(picker.grid!.assets.length - 1);
      await waitUntil(() => picker.grid!.loadingMore, 'next page requested');
      return pickerScene(
        picker,
        () => {
          const grid = picker.grid!.shadowRoot!;
          expect(text(grid.querySelector('[role="status"]'))).to.equal('Loading more assets…');
          expect(grid.querySelectorAll('.listbox [part~="skeleton"]').length).to.be.greaterThan(0);
        },
        () => dam.emulator.faults.clear(),
      );
    },
  },
  {
    name: 'files dragged over the picker',
    async arrange() {
      const dam = await startMockDam({ assetCount: 300 });
      const picker = await signedIn(dam, { upload: true });
      await openFolder(picker, 'Brands');
      const results = shadow(picker).querySelector('.results')!;
      results.dispatchEvent(new DragEvent('dragenter', { dataTransfer: filesOf(new File(['x'], 'x.png')), bubbles: true, composed: true, cancelable: true }));
      await waitUntil(() => dropzone(picker).dragging, 'dragging');
      await dropzone(picker).updateComplete;
      return pickerScene(picker, () => {
        expect(dropzone(picker).hasAttribute('dragging')).to.equal(true);
        expect(text(inDropzone(picker, '.prompt')[0])).to.equal('Drop the files to upload them');
      });
    },
  },
  {
    name: 'upload in progress inside the picker',
    async arrange() {
      const dam = await startMockDam({ assetCount: 300, uploads: { chunkSize: MIB, indexingDelayMs: 60_000 } });
      const release = holdPartsAbove(dam, 5);
      const picker = await signedIn(dam, { upload: true, selection: 'multiple' });
      await openFolder(picker, 'Brands');
      dropzone(picker).handleDrop(filesOf(generatedFile('campaign film.mp4', 15 * MIB, 3, 'video/mp4')));
      await waitUntil(() => Number(inDropzone<HTMLProgressElement>(picker, '[part~="progress"]')[0]?.value) >= 25, 'a third uploaded', { timeout: 8000 });
      return pickerScene(
        picker,
        () => {
          const bar = inDropzone<HTMLProgressElement>(picker, '[part~="progress"]')[0]!;
          expect(bar.value).to.be.greaterThan(0).and.lessThan(100);
          expect(bar.getAttribute('aria-label')).to.equal('Upload of campaign film.mp4');
          expect(inDropzone(picker, '[part~="cancel-button"]')).to.have.length(1);
          expect(text(inDropzone(picker, '[role="status"][aria-live]')[0])).to.match(/Uploading|%/);
        },
        release,
      );
    },
  },
  {
    name: 'upload refused before sending, refused by the DAM, and failed with retry',
    async arrange() {
      const dam = await startMockDam({ assetCount: 300, uploads: { indexingDelayMs: 60_000 } });
      const picker = await signedIn(dam, { upload: true, fileTypes: 'png,exe' });
      await openFolder(picker, 'Brands');
      dam.emulator.faults.inject({ endpoint: 'uploadObject', status: 403, times: 1 });
      dropzone(picker).handleDrop(filesOf(new File(['a'], 'photo.png', { type: 'image/png' })));
      await waitUntil(() => inDropzone(picker, '[part~="item"][data-state="failed"]').length === 1, 'photo.png failed', { timeout: 5000 });
      dropzone(picker).handleDrop(filesOf(new File(['MZ'], 'tool.exe'), new File(['notes'], 'notes.txt', { type: 'text/plain' })));
      await waitUntil(() => inDropzone(picker, '[part~="item"][data-state="failed"]').length === 2, 'tool.exe refused', { timeout: 5000 });
      return pickerScene(
        picker,
        () => {
          expect(inDropzone(picker, '[part~="messages"] li').map(text)).to.deep.equal(['notes.txt was not uploaded: only PNG or EXE files are allowed here.']);
          expect(inDropzone(picker, '[part~="status"][data-error]')).to.have.length(2);
          expect(inDropzone(picker, '[part~="retry-button"]'), 'only the network-ish failure can be retried').to.have.length(1);
        },
        () => dam.emulator.faults.clear(),
      );
    },
  },
  {
    name: 'upload complete, title editable',
    async arrange() {
      const dam = await startMockDam({ assetCount: 300, uploads: { indexingDelayMs: 60_000 } });
      const picker = await signedIn(dam, { upload: true, selection: 'multiple' });
      await openFolder(picker, 'Brands');
      const uploaded = oneEvent(picker, 'dam-upload');
      dropzone(picker).handleDrop(filesOf(new File(['hello, dam'], 'greeting card.png', { type: 'image/png' })));
      await uploaded;
      await picker.updateComplete;
      return pickerScene(picker, () => {
        expect(inDropzone(picker, '[part~="item"][data-state="done"]')).to.have.length(1);
        expect(inDropzone<HTMLInputElement>(picker, '[part~="title-input"]')[0]!.labels?.length).to.equal(1);
        expect(text(part(picker, 'footer'))).to.contain('1 selected');
      });
    },
  },
  {
    name: 'upload complete, an empty title refused',
    async arrange() {
      const dam = await startMockDam({ assetCount: 300, uploads: { indexingDelayMs: 60_000 } });
      const picker = await signedIn(dam, { upload: true });
      await openFolder(picker, 'Brands');
      const uploaded = oneEvent(picker, 'dam-upload');
      dropzone(picker).handleDrop(filesOf(new File(['hello, dam'], 'greeting card.png', { type: 'image/png' })));
      await uploaded;
      await dropzone(picker).updateComplete;
      inDropzone<HTMLInputElement>(picker, '[part~="title-input"]')[0]!.value = ' ';
      inDropzone<HTMLButtonElement>(picker, '[part~="save-title-button"]')[0]!.click();
      await waitUntil(() => inDropzone(picker, '.title-error').length === 1, 'title error');
      return pickerScene(picker, () => {
        const input = inDropzone<HTMLInputElement>(picker, '[part~="title-input"]')[0]!;
        expect(input.getAttribute('aria-invalid')).to.equal('true');
        expect(dropzone(picker).shadowRoot!.getElementById(input.getAttribute('aria-describedby')!)).to.exist;
      });
    },
  },
  {
    name: 'details panel open on an image, focus on its heading',
    async arrange() {
      const dam = await startMockDam({ assetCount: 300 });
      const picker = await signedIn(dam, { selection: 'multiple' });
      const index = picker.grid!.assets.findIndex((asset) => asset.type === 'image' && asset.previewUrl);
      await openByKey(picker, index);
      const asset = picker.grid!.assets[index]!;
      await waitUntil(() => inPanel(picker, 'details-preview')?.querySelector('img.large.loaded'), 'the large preview loaded', { timeout: 5000 });
      return pickerScene(picker, () => {
        expect(headingText(picker)).to.equal(asset.title);
        expect(deepActiveElement()).to.equal(inPanel(picker, 'details-heading'));
        expect(inPanel(picker, 'details-select')!.getAttribute('aria-pressed')).to.equal('false');
        expect(inPanel(picker, 'details-metadata')!.querySelectorAll('dt').length).to.be.greaterThan(2);
      });
    },
  },
  {
    name: 'details panel open on a video (Bynder), with its player',
    async arrange() {
      const dam = await startMockBynder({ mediaCount: 200 });
      const picker = await mount({ provider: 'bynder', site: BYNDER_PORTAL, discoveryUrl: '', assetTypes: 'video', tokenProvider: async () => dam.token });
      await settled(picker);
      await openByKey(picker, 0);
      const video = () => inPanel(picker, 'details-preview')?.querySelector('video');
      await waitUntil(() => video()?.readyState, 'the video’s metadata loaded', { timeout: 5000 });
      return pickerScene(picker, () => {
        const asset = picker.grid!.assets[0]!;
        expect(asset.type).to.equal('video');
        expect(video()!.controls).to.equal(true);
        expect(video()!.getAttribute('aria-label')).to.equal(`Preview of ${asset.title}`);
      });
    },
  },
  {
    name: 'restricted tiles with status badges (rights fixtures)',
    async arrange() {
      const dam = await startMockDam({ assetCount: 300 });
      const picker = await signedIn(dam, { rootFolder: dam.emulator.data.rightsFolderGuid, restrictedAssets: 'warn' });
      return pickerScene(picker, () => {
        const badges = tiles(picker).map((tile) => text(tile.querySelector('[part~="status-badge"]')));
        expect(badges.filter(Boolean).sort()).to.deep.equal(['Expired', 'Expired', 'Not yet valid', 'View only']);
      });
    },
  },
  {
    name: 'restricted-assets="warn": the confirmation before inserting an expired asset',
    async arrange() {
      const dam = await startMockDam({ assetCount: 300 });
      const picker = await signedIn(dam, { rootFolder: dam.emulator.data.rightsFolderGuid, restrictedAssets: 'warn', selection: 'multiple' });
      const fixtures = dam.emulator.data.rightsAssets!;
      for (const id of [fixtures.expired, fixtures.active]) tiles(picker)[picker.grid!.assets.findIndex((asset) => asset.id === id)]!.click();
      await waitUntil(() => picker.grid!.selectedIds.size === 2, 'two picked');
      part(picker, 'confirm-button')!.click();
      const dialog = () => shadow(picker).querySelector<HTMLDialogElement>('dialog[part~="restricted-confirm"]');
      await waitUntil(() => dialog()?.open, 'confirmation shown');
      return pickerScene(picker, () => {
        expect(dialog()!.matches(':modal')).to.equal(true);
        expect(dialog()!.querySelectorAll('[part~="restricted-list"] li')).to.have.length(1);
        expect(text(dialog()!.querySelector('[part~="restricted-list"]'))).to.contain('Expired on');
      });
    },
  },
  {
    name: 'alt-text="required": alt fields in the selection list, one missing',
    async arrange() {
      const dam = await startMockDam({ assetCount: 300 });
      const picker = await signedIn(dam, { selection: 'multiple', assetTypes: 'Image', altText: 'required' });
      for (const index of [0, 1]) tiles(picker)[index]!.click();
      await picker.updateComplete;
      const fields = () => [...shadow(picker).querySelectorAll<HTMLInputElement>('[part~="selection"] [part~="alt-input"]')];
      await retype(fields()[0]!, '');
      await waitUntil(() => text(part(picker, 'insert-reason')), 'the reason Insert waits');
      return pickerScene(picker, () => {
        expect(fields()).to.have.length(2);
        expect(fields()[0]!.getAttribute('aria-invalid')).to.equal('true');
        expect(shadow(picker).querySelectorAll('[part~="selection"] [part~="alt-decorative"]')).to.have.length(2);
        expect((part(picker, 'confirm-button') as HTMLButtonElement).disabled).to.equal(true);
      });
    },
  },
  {
    name: 'alt-text="required": the alt field in the details panel, empty',
    async arrange() {
      const dam = await startMockDam({ assetCount: 300 });
      const picker = await signedIn(dam, { assetTypes: 'Image', altText: 'required' });
      await openByKey(picker, 0);
      await retype(inPanel(picker, 'alt-input') as HTMLInputElement, '');
      await waitUntil(() => (inPanel(picker, 'details-insert') as HTMLButtonElement | null)?.disabled, 'Insert disabled');
      return pickerScene(picker, () => {
        expect(inPanel(picker, 'alt-input')!.getAttribute('aria-invalid')).to.equal('true');
        expect(inPanel(picker, 'alt-decorative')).to.exist;
        expect(inPanel(picker, 'details-insert')!.getAttribute('aria-describedby')).to.equal('insert-reason');
      });
    },
  },
  ...(['en', 'ar'] as const).map((lang) => ({
    name: `Bynder rendition chooser (lang="${lang}")`,
    async arrange(): Promise<Scene> {
      const dam = await startMockBynder({ mediaCount: 200 });
      const picker = await mount({
        provider: 'bynder',
        site: BYNDER_PORTAL,
        discoveryUrl: '',
        selection: 'multiple',
        lang,
        tokenProvider: async () => dam.token,
      });
      await waitUntil(() => tiles(picker).length > 0, 'tiles', { timeout: 5000 });
      const image = picker.grid!.assets.findIndex((asset) => asset.type === 'image');
      tiles(picker)[image]!.click();
      await waitUntil(() => part(picker, 'renditions'), 'rendition chooser');
      await waitUntil(() => (tree(picker).model.rows.length ?? 0) > 1 && facetList(picker).groups.length > 0 && !facetList(picker).loading, 'sidebar loaded', {
        timeout: 5000,
      });
      return pickerScene(picker, () => {
        expect(part(picker, 'base')!.dir).to.equal(lang === 'ar' ? 'rtl' : 'ltr');
        expect(part(picker, 'renditions')!.querySelectorAll('select[aria-label]')).to.have.length(2);
        if (lang === 'ar') expect(text(part(picker, 'confirm-button'))).to.not.equal('Insert');
      });
    },
  })),
  {
    name: 'DamPicker.open() modal dialog',
    async arrange() {
      const dam = await startMockDam({ assetCount: 300 });
      const opener = document.createElement('button');
      opener.textContent = 'Choose an image';
      document.body.append(opener);
      opener.focus();
      const result = open({ provider: 'brandworkz', site: SITE, discoveryUrl: API_ORIGIN, selection: 'multiple', tokenProvider: async () => dam.token });
      await waitUntil(() => document.querySelector('dam-picker-dialog')?.open, 'dialog open');
      const dialog = document.querySelector<DamPickerDialog>('dam-picker-dialog')!;
      const picker = dialog.querySelector('dam-picker')!;
      await settled(picker);
      return {
        root: dialog,
        verify() {
          const element = dialog.shadowRoot!.querySelector('dialog')!;
          expect(element.matches(':modal')).to.equal(true);
          expect(element.getAttribute('aria-label')).to.equal('Choose assets');
          let focused: Node | null = deepActiveElement();
          while (focused && focused !== dialog) focused = focused.parentNode ?? (focused as ShadowRoot).host ?? null;
          expect(focused, 'focus inside the dialog').to.equal(dialog);
        },
        async theme(theme) {
          dialog.style.setProperty('--dam-color-scheme', theme);
          await setTheme(picker, theme);
        },
        cleanup() {
          dialog.close();
          void result.then(() => opener.remove());
        },
      };
    },
  },
];

describe('accessibility of every state (axe, WCAG 2.2 A and AA, light and dark)', function () {
  this.timeout(20_000);
  let scene: Scene | undefined;
  afterEach(() => {
    scene?.cleanup?.();
    scene = undefined;
  });

  // Chromium only: prefers-reduced-motion is emulated through CDP (Emulation.setEmulatedMedia).
  itInChromium('nothing moves under prefers-reduced-motion: skeletons, tree, facets, dropzone, dialog', async () => {
    await emulate({ reducedMotion: 'reduce' });
    try {
      const dam = await startMockDam({ assetCount: 300 });
      const moving = () =>
        documentAndShadowRoots()
          .flatMap((root) => [...root.querySelectorAll('*')])
          .filter((element) => {
            const style = getComputedStyle(element);
            return style.animationName !== 'none' || style.transitionDuration.split(',').some((duration) => parseFloat(duration) > 0);
          })
          .map((element) => `${element.localName}.${element.className}`);
      // The first page loading (shimmering stand-ins), with the dropzone being dragged over.
      dam.emulator.faults.setLatency(4000);
      const loading = await mount({ tokenProvider: async () => dam.token, upload: true });
      await waitUntil(() => loading.grid?.loading && loading.grid.shadowRoot!.querySelector('[part~="skeleton"]'), 'stand-ins shown', { timeout: 5000 });
      expect(moving()).to.deep.equal([]);
      dam.emulator.faults.clear();
      // Settled, in the modal dialog, with a folder opened and the upload area ready.
      const result = open({ provider: 'brandworkz', site: SITE, discoveryUrl: API_ORIGIN, upload: true, tokenProvider: async () => dam.token });
      await waitUntil(() => document.querySelector('dam-picker-dialog')?.open, 'dialog open');
      const dialog = document.querySelector<DamPickerDialog>('dam-picker-dialog')!;
      const picker = dialog.querySelector('dam-picker')!;
      await settled(picker);
      await openFolder(picker, 'Brands');
      dropzone(picker).dragging = true;
      await dropzone(picker).updateComplete;
      expect(moving()).to.deep.equal([]);
      dialog.close();
      await result;
    } finally {
      await emulate({});
    }
  });

  for (const state of STATES) {
    it(state.name, async () => {
      scene = await state.arrange();
      for (const theme of THEMES) {
        await scene.theme(theme);
        await scene.verify();
        await expectNoAxeViolations(scene.root, `"${state.name}" in ${theme}`);
      }
    });
  }
});
