// Restrictions never leak: for several combinations of asset-types, file-types and root-folder,
// drive the picker through folders, scopes, facets and a keyword, and check every asset shown,
// every facet option offered, the tree, and every request sent to the DAM (a fetch spy sees the
// /search bodies too). A preselected asset outside the restrictions is never confirmed.
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { AssetKind } from '../../src/api/types.js';
import type { DamPicker } from '../../src/components/dam-picker/dam-picker.js';
import { API_ORIGIN, startMockDam, type MockDam } from '../support/mock-dam.js';
import { facetList, mountPicker, part, settled, tiles, tree, treeItem } from '../support/picker-helpers.js';
import { typeText } from '../support/engine.js';
import '../support/benign-errors.js';

interface Case {
  name: string;
  assetTypes?: string;
  fileTypes?: string;
  /** A folder title path from the root, resolved against the seeded data. */
  rootFolder?: string[];
}

const CASES: Case[] = [
  { name: 'asset-types only', assetTypes: 'Image' },
  { name: 'file-types only', fileTypes: 'pdf,PPTX' },
  { name: 'root-folder only', rootFolder: ['Brands', 'Aurora Coffee'] },
  { name: 'asset-types and root-folder', assetTypes: 'Video,Audio', rootFolder: ['Shared library'] },
  { name: 'all three, root a webpage, a file type of another kind', assetTypes: 'Image', fileTypes: 'png,svg,mp3', rootFolder: ['Brand portal'] },
  { name: 'contradicting asset-types and file-types', assetTypes: 'Document', fileTypes: 'mp4' },
];

const BRANDWORKZ_TYPES: Record<AssetKind, string[]> = {
  image: ['Image'],
  video: ['Video'],
  audio: ['Audio'],
  document: ['Document'],
  other: ['Editable template', 'User artwork'],
};

interface SentRequest {
  url: URL;
  method: string;
  body: unknown;
}

describe('<dam-picker> restrictions', () => {
  let dam: MockDam;
  let sent: SentRequest[] = [];
  const realFetch = window.fetch;

  beforeEach(async () => {
    dam = await startMockDam();
    sent = [];
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      const url = new URL(input instanceof Request ? input.url : String(input));
      if (url.origin === API_ORIGIN) {
        const body = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined;
        sent.push({ url, method: init?.method ?? 'GET', body });
      }
      return realFetch(input, init);
    };
  });
  afterEach(() => {
    window.fetch = realFetch;
    dam.stop();
  });

  const data = () => dam.emulator.data;

  function resolveFolder(titles: string[]): string {
    let guid = data().rootFolderGuid;
    for (const title of titles)
      guid = data()
        .childFolders(guid)
        .find((folder) => folder.title === title)!.guid;
    return guid;
  }

  const within = (folderGuid: string | undefined, root: string | undefined): boolean =>
    !root || (!!folderGuid && (folderGuid.toLowerCase() === root || data().isFolderBelow(folderGuid, root)));

  /** Everything on screen and everything sent so far stays inside the restrictions. */
  function check(picker: DamPicker, kinds: AssetKind[], fileTypes: string[], root: string | undefined, step: string): void {
    const where = (detail: string) => `${step}: ${detail}`;
    for (const asset of picker.grid?.assets ?? []) {
      const seeded = data().assetByGuid(asset.id)!;
      if (kinds.length) expect(kinds, where(`kind of ${asset.title}`)).to.include(asset.type);
      if (fileTypes.length) expect(fileTypes, where(`file type of ${asset.title}`)).to.include(seeded.fileType);
      expect(within(seeded.categoryGUID, root), where(`folder of ${asset.title}`)).to.equal(true);
    }
    for (const group of facetList(picker).groups) {
      const values = group.options.map((option) => option.value);
      if (group.id === 'asset-type' && kinds.length) expect(kinds, where('type options')).to.include.members(values);
      if (group.id === 'file-type' && fileTypes.length) expect(fileTypes, where('format options')).to.include.members(values);
    }
    const treeModel = tree(picker).model;
    if (root) expect(tree(picker).root?.id, where('tree root')).to.equal(root);
    for (const row of treeModel.rows) expect(within(row.folder.id, root), where(`tree row ${row.folder.title}`)).to.equal(true);

    const allowedTypes = kinds.flatMap((kind) => BRANDWORKZ_TYPES[kind]);
    for (const request of sent) {
      const endpoint = request.url.pathname.split('/').at(-1);
      const query = request.url.searchParams;
      if (endpoint === 'simpleSearch') {
        const types = (query.get('assetType') ?? '').split(',').filter(Boolean);
        if (types.includes('Folder') || types.includes('Webpage')) {
          expect(types, where('folder listing types')).to.deep.equal(['Folder', 'Webpage']);
          expect(within(query.get('parentCategoryGUID') ?? undefined, root), where('folder listing parent')).to.equal(true);
          continue;
        }
        if (kinds.length) expect(allowedTypes, where('assetType')).to.include.members(types);
        if (fileTypes.length) expect(fileTypes, where('fileType')).to.include.members((query.get('fileType') ?? '').split(','));
        if (fileTypes.length) expect(query.get('fileType'), where('fileType sent')).to.not.equal(null);
        const folder = query.get('categoryGUID') ?? query.get('parentCategoryGUID') ?? undefined;
        expect(within(folder, root), where('search folder')).to.equal(true);
      } else if (endpoint === 'search') {
        const filters = (request.body as { query: { bool: { filter: Array<Record<string, Record<string, unknown>>> } } }).query.bool.filter;
        const clause = (type: 'term' | 'terms', field: string) =>
          filters.filter((entry) => entry[type]?.[field] !== undefined).map((entry) => entry[type]![field]);
        const typeClauses = clause('terms', 'assetType') as string[][];
        expect(typeClauses.length, where('assetType clause')).to.be.greaterThan(0);
        if (kinds.length) for (const values of typeClauses) expect(allowedTypes, where('/search assetType')).to.include.members(values);
        const fileClauses = clause('terms', 'fileType') as string[][];
        if (fileTypes.length) {
          expect(fileClauses.length, where('fileType clause')).to.be.greaterThan(0);
          for (const values of fileClauses) expect(fileTypes, where('/search fileType')).to.include.members(values);
        }
        const folders = [...clause('term', 'categoryGUID'), ...clause('term', 'ancestorCategoryGUIDs')] as string[];
        if (root) expect(folders.length, where('/search folder clause')).to.be.greaterThan(0);
        for (const folder of folders) expect(within(folder, root), where('/search folder')).to.equal(true);
      } else if (endpoint === 'getCategoryInfo' && root) {
        expect(query.get('categoryGUID')?.toLowerCase(), where('getCategoryInfo')).to.equal(root);
      }
    }
  }

  for (const testCase of CASES) {
    it(`holds everywhere: ${testCase.name}`, async () => {
      const root = testCase.rootFolder ? resolveFolder(testCase.rootFolder) : undefined;
      const kinds = (testCase.assetTypes ?? '').toLowerCase().split(',').filter(Boolean) as AssetKind[];
      const fileTypes = (testCase.fileTypes ?? '').toLowerCase().split(',').filter(Boolean);
      const picker = await mountPicker(dam, {
        selection: 'multiple',
        ...(testCase.assetTypes ? { assetTypes: testCase.assetTypes } : {}),
        ...(testCase.fileTypes ? { fileTypes: testCase.fileTypes } : {}),
        ...(root ? { rootFolder: root.toUpperCase() } : {}),
      });
      check(picker, kinds, fileTypes, root, 'first view');

      // Into the first sub-folder that has one (else stay), both scopes.
      const firstChild = tree(picker).model.rows[1];
      if (firstChild) {
        await waitUntil(() => treeItem(picker, firstChild.folder.title), 'tree rendered');
        treeItem(picker, firstChild.folder.title)!.click();
        await settled(picker);
        check(picker, kinds, fileTypes, root, 'sub-folder');
        part(picker, 'scope')!.querySelector<HTMLInputElement>('input[value="children"]')!.click();
        await settled(picker);
        check(picker, kinds, fileTypes, root, 'folder only');
      }

      // Every facet group's first option, one after another (OR within, AND across).
      for (const groupId of ['asset-type', 'file-type', 'brand', 'usageRights']) {
        const group = facetList(picker).groups.find((candidate) => candidate.id === groupId);
        const value = group?.options[0]?.value;
        if (!value) continue;
        facetList(picker).dispatchEvent(
          new CustomEvent('facet-change', {
            bubbles: true,
            detail: { filters: { ...facetList(picker).filters, [groupId]: [value] } },
          }),
        );
        await settled(picker);
        check(picker, kinds, fileTypes, root, `filter ${groupId}`);
      }
      // A filter outside the restrictions (as a crafted event could send) changes nothing.
      facetList(picker).dispatchEvent(
        new CustomEvent('facet-change', {
          bubbles: true,
          detail: { filters: { 'asset-type': ['image', 'video', 'audio', 'document'], 'file-type': ['jpg', 'mp4', 'pdf', 'mp3', 'png'] } },
        }),
      );
      await settled(picker);
      check(picker, kinds, fileTypes, root, 'widening filter');

      const input = part(picker, 'toolbar')!.querySelector('dam-search-box')!.shadowRoot!.querySelector('input')!;
      input.focus();
      await typeText('logo');
      await waitUntil(
        () => sent.some((request) => request.url.searchParams.get('searchterm') === 'logo' || JSON.stringify(request.body ?? '').includes('"logo"')),
        'keyword searched',
      );
      await settled(picker);
      check(picker, kinds, fileTypes, root, 'keyword');
    });
  }

  it('never confirms a preselected asset outside the restrictions', async () => {
    const root = resolveFolder(['Shared library']);
    const outside = data().assets.find((asset) => asset.assetType === 'Video' || !data().isFolderBelow(asset.categoryGUID, root))!;
    const picker = await mountPicker(dam, { selection: 'multiple', assetTypes: 'Image', rootFolder: root });
    await waitUntil(() => tiles(picker).length > 0, 'tiles');
    const inside = picker.grid!.assets[0]!;
    picker.selectedIds = [outside.guid, inside.id];
    await picker.updateComplete;
    const event = oneEvent(picker, 'dam-select');
    part(picker, 'confirm-button')!.click();
    expect((await event).detail.assets.map((asset: { id: string }) => asset.id)).to.deep.equal([inside.id]);
    check(picker, ['image'], [], root, 'confirm');
  });
});
