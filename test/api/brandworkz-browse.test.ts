// The Brandworkz adapter's browse and filter side against the emulator (behind msw): the folder
// tree (root, paged children, path), facet counts checked against the seeded data, metadata filters
// through /search, restrictions inside every answer, and the degradation when /search fails.
import { expect } from '@open-wc/testing';
import type { EmulatedAsset } from '../../emulator/core/index.js';
import { FACET_ASSET_TYPE, FACET_FILE_TYPE } from '../../src/api/filters.js';
import { BrandworkzProvider, FOLDER_PAGE_SIZE } from '../../src/api/providers/brandworkz/brandworkz-provider.js';
import type { AssetKind, FacetResult, SearchQuery } from '../../src/api/types.js';
import { API_ORIGIN, SITE, startMockDam, type MockDam } from '../support/mock-dam.js';

const collator = new Intl.Collator('en', { sensitivity: 'base' });

describe('BrandworkzProvider: browse and filter', () => {
  let dam: MockDam;
  let provider: BrandworkzProvider;

  beforeEach(async () => {
    dam = await startMockDam();
    const token = dam.token;
    provider = new BrandworkzProvider({
      site: SITE,
      discoveryUrl: API_ORIGIN,
      tokens: { getAccessToken: async () => token, refreshAccessToken: async () => token },
      retry: { baseDelayMs: 1, maxDelayMs: 5 },
    });
  });
  afterEach(() => dam.stop());

  const data = () => dam.emulator.data;
  const kindOf = (asset: EmulatedAsset) => asset.assetType.toLowerCase() as AssetKind;
  const below = (asset: EmulatedAsset, guid: string) => asset.categoryGUID === guid || data().isFolderBelow(asset.categoryGUID, guid);
  const topFolder = (title: string) =>
    data()
      .childFolders(data().rootFolderGuid)
      .find((folder) => folder.title === title)!;

  /** What the data says each option of a group should count, given the other groups' filters. */
  function expectedCounts(assets: readonly EmulatedAsset[], group: string): Map<string, number> {
    const counts = new Map<string, number>();
    for (const asset of assets) {
      const raw = group === FACET_ASSET_TYPE ? kindOf(asset) : group === FACET_FILE_TYPE ? asset.fileType : asset[group as keyof EmulatedAsset];
      const values = Array.isArray(raw) ? raw : raw === undefined ? [] : [String(raw)];
      for (const value of new Set(values as string[])) counts.set(value, (counts.get(value) ?? 0) + 1);
    }
    return counts;
  }

  function shownCounts(result: FacetResult, group: string): Map<string, number> {
    const found = result.groups.find((candidate) => candidate.id === group);
    expect(found, `group ${group}`).to.exist;
    return new Map(found!.options.map((option) => [option.value, option.count ?? -1]));
  }

  it('finds the root with /getCategoryInfo?categoryID=0 and lists its folders and webpages', async () => {
    const root = await provider.rootFolder();
    expect(root).to.deep.equal({ id: data().rootFolderGuid, title: data().rootFolder.title, kind: 'folder' });
    const page = await provider.listFolders(root.id, null);
    const children = data().childFolders(root.id);
    expect(page.total).to.equal(children.length);
    expect(page.nextCursor).to.equal(null);
    expect(page.folders.map((folder) => folder.title)).to.deep.equal(children.map((folder) => folder.title).sort(collator.compare));
    expect(page.folders.find((folder) => folder.title === 'Brand portal')?.kind).to.equal('webpage');
    expect(page.folders.find((folder) => folder.title === 'Brands')?.kind).to.equal('folder');
    expect(page.folders.every((folder) => folder.parentId === root.id)).to.equal(true);
    const request = dam.emulator.requests.entries.find((entry) => entry.endpoint === 'simpleSearch');
    expect(request?.query).to.include({ parentCategoryGUID: root.id, assetType: 'Folder,Webpage' });
    expect(request?.query['sourceFields']).to.contain('assetType');
    expect(request?.query['fileType']).to.equal(undefined);
  });

  it('pages a level with 1,000 sub-folders', async () => {
    const ids = new Set<string>();
    let cursor: number | null = null;
    let pages = 0;
    do {
      const page = await provider.listFolders(data().wideFolderGuid, cursor);
      expect(page.total).to.equal(1000);
      for (const folder of page.folders) ids.add(folder.id);
      cursor = page.nextCursor;
      pages++;
    } while (cursor !== null);
    expect(ids.size).to.equal(1000);
    expect(pages).to.equal(Math.ceil(1000 / FOLDER_PAGE_SIZE));
  });

  it('gives the path from the root for breadcrumbs', async () => {
    const deepest = data().deepestFolderGuid;
    const path = await provider.folderPath(deepest);
    const expected = [...data().ancestors(deepest), data().folderByGuid(deepest)!];
    expect(path.map((folder) => folder.id)).to.deep.equal(expected.map((folder) => folder.guid));
    expect(path.map((folder) => folder.title)).to.deep.equal(expected.map((folder) => folder.title));
    expect(path[1]?.parentId).to.equal(path[0]?.id);
  });

  it('counts every facet option as the data does, for a folder and below and for its direct children', async () => {
    const brands = topFolder('Brands');
    const result = await provider.facets({ keyword: '', folderId: brands.guid, folderScope: 'descendants' });
    expect(result.counts).to.equal('query');
    expect(result.degraded).to.equal(false);
    const inBrands = data().assets.filter((asset) => below(asset, brands.guid));
    for (const group of [FACET_ASSET_TYPE, FACET_FILE_TYPE, 'brand', 'region', 'usageRights', 'colour', 'campaign']) {
      expect(shownCounts(result, group), group).to.deep.equal(expectedCounts(inBrands, group));
    }
    const leaf = data().folders.find((folder) => data().childAssets(folder.guid).length > 10)!;
    const children = await provider.facets({ keyword: '', folderId: leaf.guid, folderScope: 'children' });
    expect(shownCounts(children, FACET_FILE_TYPE)).to.deep.equal(expectedCounts(data().childAssets(leaf.guid), FACET_FILE_TYPE));
  });

  it("counts each group with the other groups' filters only (OR within, AND across), and searches with them through /search", async () => {
    const region = ['EMEA', 'APAC'];
    const brand = ['Aurora Coffee'];
    const query: SearchQuery = { keyword: '', filters: { region, brand } };
    const result = await provider.facets(query);
    const all = data().assets;
    const inRegion = all.filter((asset) => asset.region.some((value) => region.includes(value)));
    const ofBrand = all.filter((asset) => asset.brand !== undefined && brand.includes(asset.brand));
    const both = inRegion.filter((asset) => ofBrand.includes(asset));
    expect(shownCounts(result, 'brand')).to.deep.equal(expectedCounts(inRegion, 'brand'));
    expect(shownCounts(result, 'region')).to.deep.equal(expectedCounts(ofBrand, 'region'));
    expect(shownCounts(result, FACET_ASSET_TYPE)).to.deep.equal(expectedCounts(both, FACET_ASSET_TYPE));

    dam.emulator.requests.clear();
    const page = await provider.search({ ...query, filters: { ...query.filters, [FACET_ASSET_TYPE]: ['image', 'document'] } }, null);
    const expected = both.filter((asset) => asset.assetType === 'Image' || asset.assetType === 'Document');
    expect(page.total).to.equal(expected.length);
    expect(dam.count('search')).to.equal(1);
    expect(dam.count('simpleSearch')).to.equal(0);
    for (const asset of page.assets) {
      const seeded = data().assetByGuid(asset.id)!;
      expect(brand).to.include(seeded.brand);
      expect(seeded.region.some((value) => region.includes(value))).to.equal(true);
      expect(['image', 'document']).to.include(asset.type);
    }
  });

  it('keeps counts in step with the results for a keyword', async () => {
    const query: SearchQuery = { keyword: 'summer', filters: { [FACET_FILE_TYPE]: ['jpg'] } };
    const [facets, page] = await Promise.all([provider.facets(query), provider.search(query, null)]);
    const types = shownCounts(facets, FACET_ASSET_TYPE);
    const jpgCount = shownCounts(facets, FACET_FILE_TYPE).get('jpg');
    expect([...types.values()].reduce((sum, count) => sum + count, 0)).to.equal(page.total);
    expect(jpgCount).to.equal(page.total);
  });

  it('never offers or returns anything outside the restrictions, and asks nothing when filters contradict them', async () => {
    const restricted: SearchQuery = { keyword: '', assetTypes: ['image'], fileTypes: ['png', 'SVG'] };
    const result = await provider.facets(restricted);
    expect([...shownCounts(result, FACET_ASSET_TYPE).keys()]).to.deep.equal(['image']);
    expect([...shownCounts(result, FACET_FILE_TYPE).keys()].sort()).to.deep.equal(['png', 'svg']);
    const images = data().assets.filter((asset) => ['png', 'svg'].includes(asset.fileType) && asset.assetType === 'Image');
    expect(shownCounts(result, 'usageRights')).to.deep.equal(expectedCounts(images, 'usageRights'));

    const widened = await provider.search({ ...restricted, filters: { [FACET_FILE_TYPE]: ['png', 'mp4'], brand: ['Vela Cycles'] } }, null);
    expect(widened.assets.every((asset) => asset.type === 'image' && asset.fileType === 'png')).to.equal(true);
    dam.emulator.requests.clear();
    const contradiction = await provider.search({ ...restricted, filters: { [FACET_ASSET_TYPE]: ['video'] } }, null);
    expect(contradiction).to.deep.equal({ assets: [], total: 0, nextCursor: null });
    expect(dam.emulator.requests.entries).to.have.length(0);
  });

  it('degrades to the /simpleSearch filters without counts when /search fails', async () => {
    dam.emulator.faults.inject({ endpoint: 'search', status: 500, times: 1 });
    const result = await provider.facets({ keyword: '', assetTypes: ['image', 'document'] });
    expect(result.degraded).to.equal(true);
    expect(result.counts).to.equal('none');
    expect(result.groups.map((group) => group.id)).to.deep.equal([FACET_ASSET_TYPE, FACET_FILE_TYPE]);
    expect(result.groups[0]!.options.map((option) => option.value)).to.deep.equal(['image', 'document']);
    expect(result.groups.flatMap((group) => group.options).every((option) => option.count === undefined)).to.equal(true);
    expect(result.groups[1]!.options.map((option) => option.value))
      .to.include.members(['jpg', 'pdf'])
      .and.not.include('mp4');
    // The next call tries /search again.
    expect((await provider.facets({ keyword: '' })).degraded).to.equal(false);
  });
});
