// One suite, both providers: what every DamProvider must do against its emulator (behind msw) —
// paging to the total without overlaps, the DamAsset contract, the type restriction, browsing a
// folder (collection), getAssets, the refresh after a 401 and typed errors.
import { expect } from '@open-wc/testing';
import { DamError } from '../../src/api/errors.js';
import { BrandworkzProvider } from '../../src/api/providers/brandworkz/brandworkz-provider.js';
import { BynderProvider } from '../../src/api/providers/bynder/bynder-provider.js';
import { providerLabel } from '../../src/api/providers/index.js';
import type { DamProvider, TokenSource } from '../../src/api/types.js';
import { API_ORIGIN, BYNDER_PORTAL, refreshingTokens, SITE, startMockBynder, startMockDam } from '../support/mock-dam.js';

const fastRetry = { baseDelayMs: 1, maxDelayMs: 20 };

interface Harness {
  provider(tokens?: TokenSource): DamProvider;
  tokens(): TokenSource & { refreshes: number };
  expireToken(): void;
  /** Every asset id the emulator holds. */
  total(): number;
  /** Ids of a few seeded assets. */
  someIds(): string[];
  /** Makes the next search endpoint calls fail with this status. */
  fail(status: number, times: number): void;
  searchCalls(): number;
  stop(): void;
}

async function brandworkz(): Promise<Harness> {
  const dam = await startMockDam({ assetCount: 600 });
  // Every source starts from the token in use; expireToken() expires the newest source's current one.
  let latest = refreshingTokens(dam);
  const tokens = () => (latest = refreshingTokens(dam, latest.current));
  return {
    provider: (t) => new BrandworkzProvider({ site: SITE, discoveryUrl: API_ORIGIN, tokens: t ?? tokens(), retry: fastRetry, pageSize: 100 }),
    tokens,
    expireToken: () => dam.emulator.tokens.expire(latest.current),
    total: () => dam.emulator.data.assets.length,
    someIds: () => dam.emulator.data.assets.slice(5, 8).map((a) => a.guid),
    fail: (status, times) => dam.emulator.faults.inject({ endpoint: 'simpleSearch', status, times }),
    searchCalls: () => dam.count('simpleSearch'),
    stop: () => dam.stop(),
  };
}

async function bynder(): Promise<Harness> {
  const dam = await startMockBynder({ mediaCount: 600 });
  // Every source starts from the token in use; expireToken() expires the newest source's current one.
  let latest = refreshingTokens(dam);
  const tokens = () => (latest = refreshingTokens(dam, latest.current));
  return {
    provider: (t) => new BynderProvider({ site: BYNDER_PORTAL, tokens: t ?? tokens(), retry: fastRetry, pageSize: 100 }),
    tokens,
    expireToken: () => dam.emulator.tokens.expire(latest.current),
    total: () => dam.emulator.data.media.length,
    someIds: () => dam.emulator.data.media.slice(5, 8).map((m) => m.id),
    fail: (status, times) => dam.emulator.faults.inject({ endpoint: 'media', status, times }),
    searchCalls: () => dam.count('media'),
    stop: () => dam.stop(),
  };
}

for (const [name, start] of [
  ['brandworkz', brandworkz],
  ['bynder', bynder],
] as const) {
  describe(`DamProvider contract: ${name}`, () => {
    let h: Harness;
    beforeEach(async () => {
      h = await start();
    });
    afterEach(() => h.stop());

    it('describes itself for the UI: a label, the browse nodes, the upload destination, the renditions', async () => {
      const provider = h.provider();
      expect(provider.label).to.be.a('string').and.not.equal('');
      expect(providerLabel(name)).to.equal(provider.label);
      expect(['folder', 'collection']).to.include(provider.vocabulary.folder);
      expect((await provider.rootFolder()).kind === 'collection').to.equal(provider.vocabulary.folder === 'collection');
      expect(Boolean(provider.vocabulary.uploadDestination)).to.equal(Boolean(provider.createUploader?.().destinations));
      // Renames after an upload go through the provider's one metadata method.
      expect(Boolean(provider.updateMetadata)).to.equal(Boolean(provider.createUploader));
      expect(Boolean(provider.renditionOptions)).to.equal(Boolean(provider.withRendition));
      if (provider.renditionOptions) {
        expect(provider.renditionOptions.sizes.length).to.be.greaterThan(0);
        expect(provider.renditionOptions.formats.length).to.be.greaterThan(0);
      }
    });

    it('pages until the total is reached, without overlaps', async () => {
      const provider = h.provider();
      const ids = new Set<string>();
      let cursor: number | null | undefined = null;
      let total = 0;
      let pages = 0;
      do {
        const page = await provider.search({ keyword: '' }, cursor);
        total = page.total;
        for (const asset of page.assets) ids.add(asset.id);
        cursor = page.nextCursor;
        pages++;
      } while (cursor !== null && pages < 20);
      expect(total).to.equal(h.total());
      expect(ids.size).to.equal(total);
      expect(pages).to.equal(Math.ceil(total / 100));
    });

    it('maps results to the contract DamAsset (plain JSON, safe URLs)', async () => {
      const page = await h.provider().search({ keyword: '', assetTypes: ['image'] }, null);
      expect(page.assets.length).to.be.greaterThan(0);
      for (const asset of page.assets) {
        expect(asset.provider).to.equal(name);
        expect(asset.type).to.equal('image');
        expect(asset.title).to.be.a('string').and.not.equal('');
        expect(asset.thumbnailUrl).to.match(/^https?:\/\//);
        expect(asset.fileType).to.match(/^[a-z0-9]+$/);
        expect(asset.source).to.be.an('object');
        expect(JSON.parse(JSON.stringify(asset))).to.deep.equal(asset);
      }
    });

    it('browses: the root lists folders (collections) and a folder narrows the search', async () => {
      const provider = h.provider();
      const root = await provider.rootFolder();
      const { folders, total } = await provider.listFolders(root.id, null);
      expect(folders.length).to.be.greaterThan(0);
      expect(total).to.be.at.least(folders.length);
      const everything = await provider.search({ keyword: '' }, null);
      const scope = provider.capabilities.folderScopes[0]!;
      let narrowed = false;
      for (const folder of folders.slice(0, 5)) {
        const inFolder = await provider.search({ keyword: '', folderId: folder.id, folderScope: scope }, null);
        if (inFolder.total > 0 && inFolder.total < everything.total) narrowed = true;
      }
      expect(narrowed).to.equal(true);
      const path = await provider.folderPath(folders[0]!.id);
      expect(path.at(-1)?.id).to.equal(folders[0]!.id);
      expect(path[0]?.id).to.equal(root.id);
    });

    it('finds assets by id in the order given, skipping unknown ones', async () => {
      const wanted = h.someIds();
      const unknown = name === 'bynder' ? 'NOT-A-MEDIA-ID' : '00000000-0000-0000-0000-000000000000';
      const assets = await h.provider().getAssets([...wanted, unknown]);
      expect(assets.map((asset) => asset.id)).to.deep.equal(wanted);
    });

    it('offers a type facet and says what its counts mean', async () => {
      const facets = await h.provider().facets({ keyword: '' });
      expect(facets.groups.find((group) => group.id === 'asset-type')).to.exist;
      expect(['query', 'portal', 'none']).to.include(facets.counts);
    });

    it('refreshes the token once after a 401 and repeats the request', async () => {
      const tokens = h.tokens();
      h.expireToken();
      const page = await h.provider(tokens).search({ keyword: '' }, null);
      expect(page.assets.length).to.be.greaterThan(0);
      expect(tokens.refreshes).to.equal(1);
    });

    it('retries a 5xx a bounded number of times, then fails with a typed error', async () => {
      h.fail(503, 10);
      const error = await h
        .provider()
        .search({ keyword: '' }, null)
        .then(
          () => null,
          (caught: unknown) => caught,
        );
      expect(error).to.be.instanceOf(DamError);
      expect((error as DamError).code).to.equal('service-unavailable');
      expect(h.searchCalls()).to.equal(4);
    });
  });
}
