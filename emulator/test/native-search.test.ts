// /search: the documented subset of Elastic's query DSL, its aggregations, and its refusals.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EmulatedAsset } from '../core/index.js';
import { APP_ORIGIN, apiUrl, search as simpleSearch, sharedEmulator } from './helpers.js';

const emulator = sharedEmulator();
const { data } = emulator;

interface Bucket {
  key: string;
  doc_count: number;
}
interface NativeBody {
  result: { code: number; message: string };
  searchResult: {
    took: number;
    timed_out: boolean;
    hits: { total: number; max_score: number | null; hits: Array<{ _id: string; _type: string; _score: number; _source?: Record<string, unknown> }> };
    aggregations?: Record<string, { buckets?: Bucket[]; sum_other_doc_count?: number; doc_count?: number; [sub: string]: unknown }>;
  };
}

async function post(body: unknown, init: { token?: string | null; method?: string } = {}): Promise<Response> {
  const token = init.token === undefined ? emulator.tokens.issue() : init.token;
  const headers: Record<string, string> = { Origin: APP_ORIGIN, 'Content-Type': 'application/json' };
  if (token !== null) headers.Authorization = `Bearer ${token}`;
  const method = init.method ?? 'POST';
  const request = new Request(apiUrl(emulator, 'search'), {
    method,
    headers,
    ...(method === 'POST' ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
  });
  const response = await emulator.handle(request);
  assert.ok(response);
  return response;
}

async function search(body: unknown): Promise<NativeBody> {
  const response = await post(body);
  if (response.status !== 200) throw new Error(`search ${response.status}: ${await response.text()}`);
  return (await response.json()) as NativeBody;
}

const ASSET_TYPES = ['Image', 'Video', 'Audio', 'Document'];
const below = (asset: EmulatedAsset, guid: string) => asset.categoryGUID === guid || data.isFolderBelow(asset.categoryGUID, guid);
const brandsFolder = () => data.childFolders(data.rootFolderGuid).find((f) => f.title === 'Brands')!;

/** Counts of each value of a (possibly multi-valued) field over some assets. */
function countBy(assets: readonly EmulatedAsset[], field: keyof EmulatedAsset): Map<string, number> {
  const counts = new Map<string, number>();
  for (const asset of assets) {
    const value = asset[field];
    const values = Array.isArray(value) ? value : value === undefined ? [] : [String(value)];
    for (const v of new Set(values as string[])) counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  return counts;
}

function bucketMap(buckets: Bucket[] | undefined): Map<string, number> {
  return new Map((buckets ?? []).map((b) => [b.key, b.doc_count]));
}

describe('/search (Elastic subset)', () => {
  it('answers an empty request with every record but the root, in the Brandworkz envelope', async () => {
    const body = await search({});
    assert.deepEqual(body.result, { message: 'Success', code: 0, httpStatus: 200, httpMessage: 'OK' });
    assert.equal(body.searchResult.timed_out, false);
    assert.equal(body.searchResult.hits.total, data.assets.length + data.folders.length - 1);
    assert.equal(body.searchResult.hits.hits.length, 50);
    const asset = body.searchResult.hits.hits.find((hit) => hit._type === 'asset');
    const folder = body.searchResult.hits.hits[0]!;
    assert.equal(folder._type, 'folder');
    assert.ok(!asset || Object.keys(asset._source!).includes('thumbnailUrlCdn'));
    assert.deepEqual(Object.keys(folder._source!).sort(), ['description', 'extendedKeywords', 'objectURL', 'title']);
    assert.ok(!body.searchResult.hits.hits.some((hit) => hit._id === data.rootFolderGuid));
  });

  it('filters with bool/terms/term on asset type, file type, folder and metadata like the data says', async () => {
    const brands = brandsFolder();
    const query = {
      bool: {
        filter: [
          { terms: { assetType: ['Image', 'Document'] } },
          { terms: { fileType: ['jpg', 'png', 'pdf'] } },
          { term: { ancestorCategoryGUIDs: brands.guid.toUpperCase() } },
          { terms: { region: ['EMEA', 'APAC'] } },
        ],
        must_not: [{ term: { usageRights: 'Restricted' } }],
      },
    };
    const body = await search({ query, size: 500, _source: ['assetType', 'fileType', 'region', 'usageRights', 'categoryGUID'] });
    const expected = data.assets.filter(
      (a) =>
        ['Image', 'Document'].includes(a.assetType) &&
        ['jpg', 'png', 'pdf'].includes(a.fileType) &&
        below(a, brands.guid) &&
        a.region.some((r) => r === 'EMEA' || r === 'APAC') &&
        a.usageRights !== 'Restricted',
    );
    assert.ok(expected.length > 0);
    assert.equal(body.searchResult.hits.total, expected.length);
    assert.deepEqual(new Set(body.searchResult.hits.hits.map((h) => h._id)), new Set(expected.slice(0, 500).map((a) => a.guid)));
    assert.equal(body.searchResult.hits.max_score, null); // nothing scores in filter context

    // categoryGUID: direct children only; ancestorCategoryGUIDs: the folder and below.
    const leaf = data.folders.find((f) => data.childAssets(f.guid).length > 3)!;
    const direct = await search({ query: { bool: { filter: [{ term: { categoryGUID: leaf.guid } }] } }, size: 0 });
    assert.equal(direct.searchResult.hits.total, data.childAssets(leaf.guid).length + data.childFolders(leaf.guid).length);
    const everything = await search({ query: { term: { ancestorCategoryGUIDs: brands.guid } }, size: 0 });
    const folders = data.folders.filter((f) => data.isFolderBelow(f.guid, brands.guid)).length;
    assert.equal(everything.searchResult.hits.total, data.assets.filter((a) => below(a, brands.guid)).length + folders);
  });

  it('matches keywords like /simpleSearch with multi_match cross_fields and operator and', async () => {
    const words = 'summer beach';
    const native = await search({
      query: { bool: { must: [{ multi_match: { query: words, type: 'cross_fields', operator: 'and' } }], filter: [{ terms: { assetType: ASSET_TYPES } }] } },
      size: 100,
    });
    const simple = await simpleSearch(emulator, { searchterm: words, assetType: ASSET_TYPES.join(','), size: 100 });
    assert.ok(simple.searchResult.total > 0);
    assert.equal(native.searchResult.hits.total, simple.searchResult.total);
    assert.deepEqual(
      native.searchResult.hits.hits.map((h) => [h._id, h._score]),
      simple.searchResult.hits.map((h) => [h._id, h._score]),
    );
    assert.equal(native.searchResult.hits.max_score, native.searchResult.hits.hits[0]?._score);
    // best_fields (the default) needs every word in one field: never more hits than cross_fields.
    const best = await search({ query: { multi_match: { query: words, operator: 'and', fields: ['title', 'description^2'] } }, size: 0 });
    assert.ok(best.searchResult.hits.total <= native.searchResult.hits.total);
    // match on one text field, operator or (the default): either word.
    const either = await search({ query: { match: { title: 'roadster espresso' } }, size: 0 });
    const titled = (item: { title: string }) => /\b(?:roadster|espresso)/i.test(item.title);
    const titles = data.assets.filter(titled).length + data.folders.filter(titled).length;
    assert.equal(either.searchResult.hits.total, titles);
  });

  it('pages with from and size and chooses _source fields', async () => {
    const query = { bool: { filter: [{ term: { assetType: 'Video' } }] } };
    const all = await search({ query, size: 40, _source: false });
    const page = await search({ query, from: 10, size: 10, _source: ['title', 'assetType'] });
    assert.deepEqual(
      page.searchResult.hits.hits.map((h) => h._id),
      all.searchResult.hits.hits.slice(10, 20).map((h) => h._id),
    );
    assert.equal(all.searchResult.hits.hits[0]?._source, undefined);
    assert.deepEqual(Object.keys(page.searchResult.hits.hits[0]!._source!).sort(), ['assetType', 'title']);
    const star = await search({ query, size: 1, _source: '*' });
    assert.ok('fileType' in star.searchResult.hits.hits[0]!._source!);
  });

  it('aggregates terms (multi-valued fields count once per record) and filter sub-aggregations', async () => {
    const brands = brandsFolder();
    const inBrands = data.assets.filter((a) => below(a, brands.guid));
    const body = await search({
      size: 0,
      query: { bool: { filter: [{ term: { ancestorCategoryGUIDs: brands.guid } }, { terms: { assetType: ASSET_TYPES } }] } },
      aggs: {
        assetType: { terms: { field: 'assetType', size: 10 } },
        region: { terms: { field: 'region', size: 10 } },
        colour: { terms: { field: 'colour', size: 3 } },
        brandWhenEmea: {
          filter: { bool: { filter: [{ term: { region: 'EMEA' } }] } },
          aggs: { brand: { terms: { field: 'brand', size: 50 } } },
        },
      },
    });
    const aggs = body.searchResult.aggregations!;
    assert.equal(body.searchResult.hits.hits.length, 0);
    assert.deepEqual(bucketMap(aggs.assetType!.buckets), countBy(inBrands, 'assetType'));
    assert.deepEqual(bucketMap(aggs.region!.buckets), countBy(inBrands, 'region'));
    const colours = aggs.colour!.buckets!;
    assert.equal(colours.length, 3);
    const allColours = [...countBy(inBrands, 'colour').values()].sort((a, b) => b - a);
    assert.deepEqual(
      colours.map((b) => b.doc_count),
      allColours.slice(0, 3),
    );
    assert.equal(
      aggs.colour!.sum_other_doc_count,
      allColours.slice(3).reduce((s, n) => s + n, 0),
    );
    const emea = inBrands.filter((a) => a.region.includes('EMEA'));
    const sub = aggs.brandWhenEmea as unknown as { doc_count: number; brand: { buckets: Bucket[] } };
    assert.equal(sub.doc_count, emea.length);
    assert.deepEqual(bucketMap(sub.brand.buckets), countBy(emea, 'brand'));
    // Buckets: count descending, then key ascending.
    for (const buckets of [aggs.region!.buckets!, sub.brand.buckets]) {
      for (let i = 1; i < buckets.length; i++) {
        const [a, b] = [buckets[i - 1]!, buckets[i]!];
        assert.ok(a.doc_count > b.doc_count || (a.doc_count === b.doc_count && a.key < b.key));
      }
    }
  });

  it('should: at least one must match without must/filter; unknown fields match nothing', async () => {
    const body = await search({ size: 0, query: { bool: { should: [{ term: { fileType: 'mp3' } }, { term: { fileType: 'wav' } }] } } });
    assert.equal(body.searchResult.hits.total, data.assets.filter((a) => a.fileType === 'mp3' || a.fileType === 'wav').length);
    const none = await search({ size: 0, query: { term: { noSuchField: 'x' } } });
    assert.equal(none.searchResult.hits.total, 0);
    const ids = data.assets.slice(0, 3).map((a) => a.guid.toUpperCase());
    assert.equal((await search({ size: 0, query: { ids: { values: ids } } })).searchResult.hits.total, 3);
  });

  it('answers 422 / code 3 for syntax outside the subset, 405 for GET and 401 without a token', async () => {
    const bad: unknown[] = [
      { query: { range: { fileSize: { gte: 1 } } } },
      { sort: [{ title: 'asc' }] },
      { post_filter: { match_all: {} } },
      { query: { term: { title: 'beach' } } },
      { query: { bool: { filter: [{ term: { fileType: 'jpg' }, terms: { assetType: ['Image'] } }] } } },
      { query: { multi_match: { query: 'x', type: 'phrase_prefix' } } },
      { aggs: { t: { terms: { field: 'title' } } } },
      { aggs: { t: { avg: { field: 'fileSize' } } } },
      { aggs: { t: { terms: { field: 'brand' }, aggs: { u: { terms: { field: 'region' } } } } } },
      { size: 501 },
      { from: -1 },
      { from: 9_990, size: 20 },
      '{not json',
      [],
    ];
    for (const body of bad) {
      const response = await post(body);
      assert.equal(response.status, 422, JSON.stringify(body));
      const envelope = (await response.json()) as { result: unknown; data: { rootCause: string; endpointName: string } };
      assert.deepEqual(envelope.result, { code: 3, message: 'Argument error', httpStatus: 422, httpMessage: 'Unprocessable Entity' });
      assert.equal(envelope.data.endpointName, 'search');
      assert.ok(envelope.data.rootCause.length > 0);
    }
    assert.equal((await post(undefined, { method: 'GET' })).status, 405);
    assert.equal((await post({}, { token: null })).status, 401);
  });

  it('finds what /saveMetadata changed in a record, and what a reset put back', async () => {
    const asset = data.assets.find((candidate) => candidate.brand && candidate.region.length > 0 && candidate.assetType === 'Image')!;
    const brand = asset.brand!; // the record itself is edited below
    const otherBrand = data.metadataFields.find((field) => field.name === 'brand')!.options!.find((name) => name !== brand)!;
    const otherRegion = data.metadataFields.find((field) => field.name === 'region')!.options!.find((name) => !asset.region.includes(name))!;
    const ids = async (filter: unknown[]) =>
      (await search({ size: 500, _source: false, query: { bool: { filter } } })).searchResult.hits.hits.map((hit) => hit._id);
    const found = async (filter: unknown[]) => (await ids([{ term: { serialNumber: String(asset.serialNumber) } }, ...filter])).includes(asset.guid);
    const counted = async () => {
      const aggs = { brands: { terms: { field: 'brand', size: 100 } } };
      const body = await search({ size: 0, query: { bool: { filter: [{ term: { categoryGUID: asset.categoryGUID } }] } }, aggs });
      return Object.fromEntries((body.searchResult.aggregations!.brands!.buckets ?? []).map((bucket) => [bucket.key, bucket.doc_count]));
    };
    const before = await counted();
    assert.ok(await found([{ term: { brand } }]));
    assert.equal(await found([{ term: { region: otherRegion } }]), false);

    const response = await emulator.handle(
      new Request(apiUrl(emulator, 'saveMetadata'), {
        method: 'POST',
        headers: { Origin: APP_ORIGIN, 'Content-Type': 'application/json', Authorization: `Bearer ${emulator.tokens.issue()}` },
        body: JSON.stringify({ assetGuid: asset.guid, assetTitle: 'Quetzal mural', metadata: { brand: otherBrand, region: [otherRegion] } }),
      }),
    );
    assert.equal(response?.status, 200);
    assert.ok(await found([{ term: { brand: otherBrand } }, { term: { region: otherRegion } }]), 'the new values');
    assert.equal(await found([{ term: { brand } }]), false, 'not the old brand');
    assert.deepEqual(await ids([{ multi_match: { query: 'quetzal', fields: ['title'] } }]), [asset.guid], 'the new title');
    const after = await counted();
    assert.equal(after[otherBrand], (before[otherBrand] ?? 0) + 1);
    assert.equal(after[brand] ?? 0, before[brand]! - 1);

    emulator.reset();
    assert.ok(await found([{ term: { brand } }]), 'reset: the old brand again');
    assert.equal(await found([{ term: { region: otherRegion } }]), false);
    assert.deepEqual(await ids([{ multi_match: { query: 'quetzal', fields: ['title'] } }]), []);
    assert.deepEqual(await counted(), before);
  });

  it('can be faulted by name without touching /simpleSearch', async () => {
    emulator.faults.inject({ endpoint: 'search', status: 500, times: 1 });
    assert.equal((await post({})).status, 500);
    assert.equal((await simpleSearch(emulator, { size: 1 })).result.code, 0);
    assert.equal((await post({ size: 0 })).status, 200);
    emulator.reset();
  });
});
