// /simpleSearch: every documented parameter.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { callApi, search, sharedEmulator } from './helpers.js';

const emulator = sharedEmulator();
const { data } = emulator;
const ASSET_TYPES = 'Image,Video,Audio,Document';
const collator = new Intl.Collator('en', { sensitivity: 'base' });

describe('simpleSearch envelope and paging', () => {
  it('returns the documented envelope with default fields and size 50', async () => {
    const body = await search(emulator, { assetType: ASSET_TYPES });
    assert.deepEqual(body.result, { message: 'Success', code: 0, httpStatus: 200, httpMessage: 'OK' });
    assert.equal(body.searchResult.total, data.assets.length);
    assert.equal(body.searchResult.hits.length, 50);
    assert.equal(body.searchResult.max_score, null);
    const hit = body.searchResult.hits[0];
    assert.ok(hit);
    assert.equal(hit._type, 'asset');
    assert.match(hit._id, /^[0-9a-f-]{36}$/);
    assert.equal(typeof hit._score, 'number');
    assert.deepEqual(Object.keys(hit._source).sort(), ['description', 'extendedKeywords', 'objectURL', 'serialNumber', 'thumbnailUrlCdn', 'title', 'version']);
  });

  it('pages with zero-based from and size, and total stays the same', async () => {
    const all = await search(emulator, { assetType: ASSET_TYPES, size: 30 });
    const first = await search(emulator, { assetType: ASSET_TYPES, from: 0, size: 10 });
    const second = await search(emulator, { assetType: ASSET_TYPES, from: 10, size: 10 });
    assert.deepEqual(
      [...first.searchResult.hits, ...second.searchResult.hits].map((h) => h._id),
      all.searchResult.hits.slice(0, 20).map((h) => h._id),
    );
    assert.equal(first.searchResult.total, second.searchResult.total);
    const tail = await search(emulator, { assetType: ASSET_TYPES, from: data.assets.length - 3, size: 10 });
    assert.equal(tail.searchResult.hits.length, 3);
    const beyond = await search(emulator, { assetType: ASSET_TYPES, from: data.assets.length + 5 });
    assert.equal(beyond.searchResult.hits.length, 0);
    assert.equal(beyond.searchResult.total, data.assets.length);
    assert.equal((await search(emulator, { size: 500 })).searchResult.hits.length, 500);
  });

  it('rejects size over 500 and bad from/size with 422 / code 3', async () => {
    const cases: Array<Record<string, string | number>> = [{ size: 501 }, { size: -1 }, { size: 'ten' }, { from: -5 }, { from: '1.5' }];
    for (const params of cases) {
      const response = await callApi(emulator, 'simpleSearch', params);
      assert.equal(response.status, 422, JSON.stringify(params));
      const body = (await response.json()) as { result: unknown };
      assert.deepEqual(body.result, { code: 3, message: 'Argument error', httpStatus: 422, httpMessage: 'Unprocessable Entity' });
    }
  });
});

describe('simpleSearch filters', () => {
  it('finds assets by keyword, every word must match, ordered by score then title', async () => {
    const body = await search(emulator, { searchterm: 'summer beach', assetType: ASSET_TYPES, size: 500, sourceFields: 'title,extendedKeywords,description' });
    assert.ok(body.searchResult.total > 0);
    for (const hit of body.searchResult.hits) {
      const text = `${String(hit._source.title)} ${String(hit._source.extendedKeywords)} ${String(hit._source.description)}`.toLowerCase();
      assert.ok(text.includes('summer') && text.includes('beach'), text);
    }
    const hits = body.searchResult.hits;
    for (let i = 1; i < hits.length; i++) {
      const [a, b] = [hits[i - 1], hits[i]];
      assert.ok(a && b);
      assert.ok(a._score > b._score || (a._score === b._score && collator.compare(String(a._source.title), String(b._source.title)) <= 0));
    }
    // Prefixes and case do not matter.
    const prefix = await search(emulator, { searchterm: 'SUMMER Beac', assetType: ASSET_TYPES });
    assert.equal(prefix.searchResult.total, body.searchResult.total);
    assert.equal((await search(emulator, { searchterm: 'zzzqqq' })).searchResult.total, 0);
  });

  it('accepts searchTerm too, and finds an asset by its GUID', async () => {
    const asset = data.assets[1234];
    assert.ok(asset);
    for (const name of ['searchterm', 'searchTerm']) {
      const body = await search(emulator, { [name]: asset.guid, sourceFields: 'title,pixelWidth,fileSize' });
      assert.equal(body.searchResult.total, 1);
      assert.equal(body.searchResult.hits[0]?._id, asset.guid);
      assert.equal(body.searchResult.hits[0]?._source.title, asset.title);
      assert.equal(body.searchResult.hits[0]?._source.fileSize, asset.fileSize);
    }
    assert.equal((await search(emulator, { searchterm: asset.guid.toUpperCase() })).searchResult.total, 1);
  });

  it('categoryGUID returns every descendant; parentCategoryGUID only direct children, folders first, both alphabetical', async () => {
    const brands = data.childFolders(data.rootFolderGuid).find((f) => f.title === 'Brands');
    assert.ok(brands);
    const descendants = await search(emulator, { categoryGUID: brands.guid, size: 500, sourceFields: 'categoryGUID,assetType' });
    const expectedAssets = data.assets.filter((a) => data.isFolderBelow(a.categoryGUID, brands.guid)).length;
    const expectedFolders = data.folders.filter((f) => data.isFolderBelow(f.guid, brands.guid)).length;
    assert.equal(descendants.searchResult.total, expectedAssets + expectedFolders);
    assert.ok(expectedAssets > 0 && expectedFolders > 0);

    const children = await search(emulator, {
      parentCategoryGUID: brands.guid,
      assetType: 'Folder,Webpage,Image,Video,Audio,Document',
      sourceFields: 'title,assetType',
    });
    assert.equal(children.searchResult.total, data.childFolders(brands.guid).length);
    assert.deepEqual(
      children.searchResult.hits.map((h) => h._id).sort(),
      data
        .childFolders(brands.guid)
        .map((f) => f.guid)
        .sort(),
    );

    // A folder with sub-folders and assets: folders first, then assets, each alphabetical.
    const mixed =
      data.folders.find((f) => data.childFolders(f.guid).length > 0 && data.childAssets(f.guid).length > 0) ??
      data.folders.find((f) => data.childAssets(f.guid).length > 5);
    assert.ok(mixed);
    const listing = await search(emulator, { parentCategoryGUID: mixed.guid, size: 500, sourceFields: 'title,assetType' });
    assert.equal(listing.searchResult.total, data.childFolders(mixed.guid).length + data.childAssets(mixed.guid).length);
    const types = listing.searchResult.hits.map((h) => h._type);
    assert.deepEqual(
      types,
      [...types].sort((a, b) => (a === b ? 0 : a === 'folder' ? -1 : 1)),
    );
    for (const kind of ['folder', 'asset']) {
      const titles = listing.searchResult.hits.filter((h) => h._type === kind).map((h) => String(h._source.title));
      assert.deepEqual(titles, [...titles].sort(collator.compare));
    }
    // Root browse: folders and webpages, folder hits carry _type folder.
    const root = await search(emulator, { parentCategoryGUID: data.rootFolderGuid.toUpperCase(), sourceFields: 'title,assetType' });
    assert.ok(root.searchResult.hits.every((h) => h._type === 'folder'));
    assert.ok(root.searchResult.hits.some((h) => h._source.assetType === 'Webpage'));
    // 1,000 sub-folders, and an empty folder.
    assert.equal((await search(emulator, { parentCategoryGUID: data.wideFolderGuid })).searchResult.total, 1000);
    assert.equal((await search(emulator, { parentCategoryGUID: data.emptyFolderGuid })).searchResult.total, 0);
  });

  it('assetType is a case-sensitive list; unknown values are rejected with 422', async () => {
    const videos = await search(emulator, { assetType: 'Video', size: 500, sourceFields: 'assetType' });
    assert.equal(videos.searchResult.total, data.assets.filter((a) => a.assetType === 'Video').length);
    assert.ok(videos.searchResult.hits.every((h) => h._source.assetType === 'Video'));
    const av = await search(emulator, { assetType: 'Audio,Video' });
    assert.equal(av.searchResult.total, data.assets.filter((a) => a.assetType === 'Audio' || a.assetType === 'Video').length);
    for (const bad of ['video', 'IMAGE', 'Image,Pdf']) {
      assert.equal((await callApi(emulator, 'simpleSearch', { assetType: bad })).status, 422, bad);
    }
    const folders = await search(emulator, { assetType: 'Folder', size: 5, sourceFields: 'assetType' });
    assert.equal(folders.searchResult.total, data.folders.filter((f) => f.assetType === 'Folder' && f.parentGuid).length);
  });

  it('fileType is a case-insensitive list and drops folders and webpages', async () => {
    const expected = data.assets.filter((a) => a.fileType === 'png' || a.fileType === 'svg').length;
    for (const fileType of ['png,svg', 'PNG,Svg', ' png , .svg ']) {
      const body = await search(emulator, { fileType, size: 500, sourceFields: 'fileType' });
      assert.equal(body.searchResult.total, expected, fileType);
      assert.ok(body.searchResult.hits.every((h) => h._type === 'asset' && ['png', 'svg'].includes(String(h._source.fileType))));
    }
    // Browsing a folder with fileType: its sub-folders are not returned.
    const parent = data.folders.find((f) => data.childFolders(f.guid).length > 0 && data.childAssets(f.guid).some((a) => a.fileType === 'jpg'));
    if (parent) {
      const body = await search(emulator, { parentCategoryGUID: parent.guid, fileType: 'jpg' });
      assert.ok(body.searchResult.hits.every((h) => h._type === 'asset'));
    }
    const browse = await search(emulator, { parentCategoryGUID: data.rootFolderGuid, fileType: 'jpg' });
    assert.equal(browse.searchResult.total, 0);
  });

  it('sourceFields replaces the defaults; all returns everything', async () => {
    const asset = data.assets.find((a) => a.assetType === 'Image');
    assert.ok(asset);
    const picked = await search(emulator, {
      searchterm: asset.guid,
      sourceFields:
        'title,assetType,fileType,fileSize,pixelWidth,pixelHeight,mimetype,categoryGUID,dateCreated,dateModified,createdBy,campaign,region,usageRights,colour,noSuchField',
    });
    const source = picked.searchResult.hits[0]?._source;
    assert.ok(source);
    assert.deepEqual(
      Object.keys(source).sort(),
      [
        'assetType',
        'categoryGUID',
        'colour',
        'createdBy',
        'dateCreated',
        'dateModified',
        'fileSize',
        'fileType',
        'mimetype',
        'pixelHeight',
        'pixelWidth',
        'region',
        'title',
        'usageRights',
        ...(asset.campaign ? ['campaign'] : []),
      ].sort(),
    );
    assert.equal(source.assetType, 'Image');
    assert.equal(source.categoryGUID, asset.categoryGUID);
    assert.equal(source.pixelWidth, asset.pixelWidth);

    const all = await search(emulator, { searchterm: asset.guid, sourceFields: 'all' });
    const everything = all.searchResult.hits[0]?._source;
    assert.ok(everything);
    for (const field of [
      'title',
      'description',
      'extendedKeywords',
      'serialNumber',
      'version',
      'thumbnailUrlCdn',
      'objectURL',
      'assetType',
      'fileType',
      'fileSize',
      'mimetype',
      'keywords',
      'usageRights',
    ]) {
      assert.ok(field in everything, field);
    }
    const folderAll = await search(emulator, { parentCategoryGUID: data.rootFolderGuid, sourceFields: 'all', size: 1 });
    assert.equal(folderAll.searchResult.hits[0]?._source.categoryGUID, data.rootFolderGuid);
  });

  it('returns the hostile records verbatim (the picker must escape them)', async () => {
    const body = await search(emulator, {
      searchterm: 'hostile',
      assetType: ASSET_TYPES,
      sourceFields: 'title,description,thumbnailUrlCdn,objectURL',
      size: 10,
    });
    assert.equal(body.searchResult.total, 4);
    const byId = new Map(body.searchResult.hits.map((h) => [h._id, h._source]));
    assert.equal(byId.get(data.hostile.titleHtml)?.title, '<img src=x onerror="window.__xss=1">');
    assert.match(String(byId.get(data.hostile.descriptionScript)?.description), /<script>window\.__xss=1<\/script>/);
    assert.equal(byId.get(data.hostile.thumbnailJavascript)?.thumbnailUrlCdn, 'javascript:window.__xss=1');
    assert.equal(byId.get(data.hostile.objectUrlJavascript)?.objectURL, 'javascript:alert(1)');
  });
});
