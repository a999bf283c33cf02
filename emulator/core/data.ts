// The seeded Brandworkz content: a folder/webpage tree and thousands of assets, generated
// deterministically from a seed (same seed, same data, in Node and in the browser).

import { buildAsset, DAY, describe, isoDate, NOW, pad, type AssetFolder, type AssetRights, type AssetShared, type FolderContext } from './assets.js';
import { createPrng } from './prng.js';
import {
  BRANDS,
  CAMPAIGNS,
  CHANNELS,
  CITIES,
  COLOURS,
  FILE_TYPE_BY_SUFFIX,
  FILE_TYPES,
  PEOPLE,
  PROFILE_FILE_TYPES,
  REGION_OPTIONS,
  REGIONS,
  USAGE_RIGHTS,
  type AssetType,
  type FileTypeInfo,
  type FolderProfile,
  type FolderType,
} from './vocabulary.js';

export interface EmulatedFolder {
  readonly guid: string;
  /** The sequential category id used in `objectURL` and `getCategoryInfo?categoryID=`. */
  readonly categoryID: number;
  readonly title: string;
  readonly description: string;
  readonly assetType: FolderType;
  /** GUID of the containing folder; null for the root. */
  readonly parentGuid: string | null;
  readonly depth: number;
  readonly objectURL: string;
  readonly dateCreated: string;
  readonly dateModified: string;
  readonly createdBy: string;
}

export interface EmulatedAsset {
  readonly guid: string;
  readonly serialNumber: number;
  readonly version: number;
  readonly title: string;
  readonly description: string;
  readonly extendedKeywords: string;
  readonly assetType: AssetType;
  readonly fileType: string;
  readonly mimetype: string;
  readonly fileSize: number;
  readonly pixelWidth?: number;
  readonly pixelHeight?: number;
  /** Seconds, for video and audio. */
  readonly duration?: number;
  /** For PDF, PowerPoint and Word documents. */
  readonly pageCount?: number;
  readonly originalFilename: string;
  /** Containing folder. */
  readonly categoryGUID: string;
  readonly categoryID: number;
  readonly dateCreated: string;
  readonly dateModified: string;
  readonly createdBy: string;
  readonly thumbnailUrlCdn: string;
  /** The file at full size, for hosts to publish (the name `/assetInsert` and `_source` use). */
  readonly embed_link: string;
  readonly objectURL: string;
  // Custom metadata (metaset fields), also folded into extendedKeywords.
  readonly keywords: string;
  readonly brand?: string;
  readonly campaign?: string;
  readonly region: readonly string[];
  readonly usageRights: string;
  readonly colour: readonly string[];
  /** A custom metaset field (inferred name); absent on uploads. */
  readonly copyright?: string;
  /** /saveMetadata's fixed fields, in the index under the same names (inferred): 1 standard (absent: standard), 2 view only. */
  readonly assetStatus?: number;
  /** `YYYY-MM-DD`: unavailable before. */
  readonly assetPublishDate?: string | undefined;
  /** `YYYY-MM-DD`: unavailable after. */
  readonly assetExpiryDate?: string | undefined;
  /** Document full text: only returned with `sourceFields=all` or when asked for by name. */
  readonly fulltext?: string;
}

export interface MetadataField {
  /** The `_source` field name. */
  readonly name: string;
  readonly label: string;
  readonly type: 'select' | 'radio' | 'multi' | 'text';
  readonly options?: readonly string[];
}

const METADATA_FIELDS: readonly MetadataField[] = [
  { name: 'brand', label: 'Brand', type: 'select', options: BRANDS.map((b) => b.name) },
  { name: 'campaign', label: 'Campaign', type: 'select', options: CAMPAIGNS },
  { name: 'region', label: 'Region', type: 'multi', options: REGION_OPTIONS },
  { name: 'usageRights', label: 'Usage rights', type: 'radio', options: USAGE_RIGHTS },
  { name: 'colour', label: 'Colour', type: 'multi', options: COLOURS },
  { name: 'keywords', label: 'Keywords', type: 'text' },
];

interface HostileAssets {
  /** Title `<img src=x onerror="window.__xss=1">`. */
  readonly titleHtml: string;
  /** Description containing `<script>window.__xss=1</script>`. */
  readonly descriptionScript: string;
  /** `thumbnailUrlCdn` is `javascript:window.__xss=1`. */
  readonly thumbnailJavascript: string;
  /** `objectURL` is `javascript:alert(1)`. */
  readonly objectUrlJavascript: string;
}

export interface BrandworkzData {
  readonly seed: number;
  /** Every asset, in serial-number order. */
  readonly assets: readonly EmulatedAsset[];
  /** Every folder and webpage, in tree (depth-first) order; the root first. */
  readonly folders: readonly EmulatedFolder[];
  readonly rootFolderGuid: string;
  readonly rootFolder: EmulatedFolder;
  /** A folder with exactly 1,000 sub-folders (and no assets). */
  readonly wideFolderGuid: string;
  /** A folder with no assets and no sub-folders. */
  readonly emptyFolderGuid: string;
  /** A leaf folder at the greatest depth of the tree, holding assets. */
  readonly deepestFolderGuid: string;
  /** The GUIDs of the hostile records (for security tests). */
  readonly hostileAssetGuids: readonly string[];
  readonly hostile: HostileAssets;
  /** The folder of the rights fixtures ("QA fixtures / Rights and expiry"); '' when the data is too small to hold them. */
  readonly rightsFolderGuid: string;
  /** The rights fixtures by what they show: `expired`, `notYetValid`, `viewOnly`, `expiresSoon`, … (GUIDs). */
  readonly rightsAssets: Readonly<Record<RightsFixture, string>> | undefined;
  readonly metadataFields: readonly MetadataField[];
  readonly fileTypes: readonly FileTypeInfo[];
  /** Case-insensitive lookups. */
  assetByGuid(guid: string): EmulatedAsset | undefined;
  assetBySerial(serialNumber: number): EmulatedAsset | undefined;
  folderByGuid(guid: string): EmulatedFolder | undefined;
  folderById(categoryID: number): EmulatedFolder | undefined;
  /** Direct sub-folders/webpages, in tree order. */
  childFolders(guid: string): readonly EmulatedFolder[];
  /** Assets directly in the folder, in serial order. */
  childAssets(guid: string): readonly EmulatedAsset[];
  /** Ancestors from the root down to the parent (empty for the root). */
  ancestors(guid: string): readonly EmulatedFolder[];
  /** True when `guid` (folder) lies strictly below `ancestorGuid`. */
  isFolderBelow(guid: string, ancestorGuid: string): boolean;
  /** Adds an asset after generation (an imported upload, once indexed): lookups and folder listings see it. */
  addAsset(asset: EmulatedAsset): void;
  /** Takes out an asset added with `addAsset` (emulator reset); false when it was not there. */
  removeAsset(guid: string): boolean;
}

type RightsFixture = 'expired' | 'notYetValid' | 'viewOnly' | 'expiredViewOnly' | 'expiresLater' | 'active';

/**
 * Deterministic assets for rights and expiry, in their own folder and found by the word "rightsfixture". Dates are far from today
 * (2019, 2099) so the status a client computes does not change with the clock. Created in 2016: last among the newest.
 */
const RIGHTS_FIXTURES: ReadonlyArray<{ key: RightsFixture; title: string; suffix: string; rights: Omit<AssetRights, 'createdMs'> }> = [
  { key: 'expired', title: 'Rightsfixture – expired spring visual', suffix: 'jpg', rights: { assetExpiryDate: '2019-12-31' } },
  { key: 'notYetValid', title: 'Rightsfixture – embargoed launch visual', suffix: 'jpg', rights: { assetPublishDate: '2099-01-01' } },
  { key: 'viewOnly', title: 'Rightsfixture – view-only agency photo', suffix: 'png', rights: { assetStatus: 2 } },
  { key: 'expiredViewOnly', title: 'Rightsfixture – expired view-only film', suffix: 'mp4', rights: { assetStatus: 2, assetExpiryDate: '2019-06-30' } },
  { key: 'expiresLater', title: 'Rightsfixture – licensed until 2099', suffix: 'jpg', rights: { assetExpiryDate: '2099-12-31' } },
  { key: 'active', title: 'Rightsfixture – unrestricted brochure', suffix: 'pdf', rights: {} },
];

export interface GenerateOptions {
  seed: number;
  assetCount: number;
  /** Origin the CDN stand-in is served on; thumbnail URLs are absolute on it. */
  apiOrigin: string;
}
interface MutableFolder extends EmulatedFolder, AssetFolder {
  profile?: FolderProfile;
  weight: number;
  context: FolderContext;
  pre: number;
  last: number;
  children: MutableFolder[];
  assets: EmulatedAsset[];
  /** Titles used in this folder so far (generation only), to keep titles unique per folder. */
  titles?: Map<string, number>;
}

/** `http://host/` → `http://host` (a loop: `/\/+$/` is quadratic on a long run of slashes). */
function withoutTrailingSlashes(url: string): string {
  let end = url.length;
  while (end > 0 && url[end - 1] === '/') end--;
  return url.slice(0, end);
}

export function generateBrandworkzData(options: GenerateOptions): BrandworkzData {
  const prng = createPrng(options.seed);
  const apiOrigin = withoutTrailingSlashes(options.apiOrigin);
  const folders: MutableFolder[] = [];
  let nextCategoryId = 1;

  const randomDate = (year?: number): number => {
    const start = year ? Date.UTC(year - 1, 9, 1) : Date.UTC(2016, 0, 1);
    const end = Math.min(year ? Date.UTC(year, 11, 31) : NOW, NOW);
    return start + Math.floor(prng.next() * (end - start));
  };

  const addFolder = (
    parent: MutableFolder | null,
    title: string,
    spec: { type?: FolderType; profile?: FolderProfile; weight?: number; context?: FolderContext; description?: string } = {},
  ): MutableFolder => {
    const categoryID = nextCategoryId++;
    const created = randomDate(spec.context?.year);
    const modified = Math.min(NOW, created + Math.floor(prng.next() * 200) * DAY);
    const folder: MutableFolder = {
      guid: prng.guid(),
      categoryID,
      title,
      description: spec.description ?? '',
      assetType: spec.type ?? 'Folder',
      parentGuid: parent ? parent.guid : null,
      depth: parent ? parent.depth + 1 : 0,
      objectURL: `/BMS/category/?category=${categoryID}`,
      dateCreated: isoDate(created),
      dateModified: isoDate(modified),
      createdBy: prng.pick(PEOPLE),
      profile: spec.profile,
      weight: spec.weight ?? 1,
      context: { ...(parent?.context ?? {}), ...(spec.context ?? {}) },
      pre: 0,
      last: 0,
      children: [],
      assets: [],
    };
    folders.push(folder);
    parent?.children.push(folder);
    return folder;
  };

  // ---- The folder tree -------------------------------------------------------------
  const root = addFolder(null, 'Brandworkz demo', { description: 'Top of the asset library.' });

  const brands = addFolder(root, 'Brands', { description: 'Everything per brand: campaigns, logos, product shots.' });
  const years = [2022, 2023, 2024, 2025];
  for (const brand of BRANDS) {
    const brandFolder = addFolder(brands, brand.name, {
      context: { brand },
      description: `Brand assets for ${brand.name}.`,
    });
    const campaigns = addFolder(brandFolder, 'Campaigns', { description: `${brand.name} marketing campaigns.` });
    for (const campaign of prng.sample(CAMPAIGNS, 3)) {
      const year = prng.pick(years);
      const campaignFolder = addFolder(campaigns, `${campaign} ${year}`, {
        context: { campaign, year },
        description: `${campaign} ${year} campaign for ${brand.name}.`,
      });
      for (const region of prng.sample(REGIONS, prng.int(2, 3))) {
        const regionFolder = addFolder(campaignFolder, region, {
          context: { region },
          description: `${campaign} ${year} – ${region} market.`,
        });
        for (const [channel, profile] of prng.sample(CHANNELS, prng.int(3, 5))) {
          addFolder(regionFolder, channel, {
            profile,
            context: { channel },
            description: `${channel} for ${campaign} ${year} (${region}).`,
          });
        }
      }
    }
    addFolder(brandFolder, 'Logos', { profile: 'logos', description: `Approved ${brand.name} logo artwork.` });
    const products = addFolder(brandFolder, 'Product shots', { description: `${brand.name} product photography.` });
    for (const product of brand.products) {
      addFolder(products, product, { profile: 'product', weight: 1.5, context: { product } });
    }
    const guidelines = addFolder(brandFolder, 'Brand guidelines', {
      type: 'Webpage',
      description: `How to use the ${brand.name} brand.`,
    });
    addFolder(guidelines, 'Downloads', { profile: 'guidelines', description: 'Guideline documents to download.' });
  }

  const portal = addFolder(root, 'Brand portal', { type: 'Webpage', description: 'The group brand site.' });
  const portalGuidelines = addFolder(portal, 'Guidelines', { type: 'Webpage' });
  addFolder(portalGuidelines, 'Typography', { profile: 'typography' });
  addFolder(portalGuidelines, 'Colour palettes', { profile: 'palettes' });
  const press = addFolder(portal, 'Press centre', { type: 'Webpage', description: 'News and media resources.' });
  addFolder(press, 'Press releases', { profile: 'press' });
  addFolder(press, 'Media kit', { profile: 'mediakit' });

  const shared = addFolder(root, 'Shared library', { description: 'Assets for every brand.' });
  addFolder(shared, 'Stock photography', { profile: 'stock', weight: 6 });
  addFolder(shared, 'Icons', { profile: 'icons', weight: 3 });
  addFolder(shared, 'Templates', { profile: 'templates', weight: 2 });
  addFolder(shared, 'Audio library', { profile: 'audiolib', weight: 2 });
  addFolder(shared, 'Video library', { profile: 'videolib', weight: 2 });
  const empty = addFolder(shared, 'Incoming (empty)', { description: 'Drop zone; nothing here yet.' });

  const archive = addFolder(root, 'Archive', { description: 'Older material, kept for reference.' });
  for (let year = 2016; year <= 2021; year++) {
    addFolder(archive, String(year), { profile: 'archive', weight: 3, context: { year } });
  }

  const retail = addFolder(root, 'Retail network', { description: 'Store-level material.' });
  const stores = addFolder(retail, 'Store locations', { description: 'One folder per store.' });
  for (let i = 1; i <= 1000; i++) {
    addFolder(stores, `Store ${pad(i, 4)} – ${CITIES[(i - 1) % CITIES.length] ?? 'City'}`);
  }

  const qa = addFolder(root, 'QA fixtures', { description: 'Records for automated tests.' });
  const hostileFolder = addFolder(qa, 'Hostile records', { description: 'Markup and script in metadata.' });

  // ---- Assets ------------------------------------------------------------------------
  const assetFolders = folders.filter((f) => f.profile !== undefined);
  const cumulative: number[] = [];
  let totalWeight = 0;
  for (const folder of assetFolders) {
    totalWeight += folder.weight;
    cumulative.push(totalWeight);
  }
  const pickFolder = (): MutableFolder => {
    const roll = prng.next() * totalWeight;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] as number) > roll) hi = mid;
      else lo = mid + 1;
    }
    return assetFolders[lo] as MutableFolder;
  };

  const assets: EmulatedAsset[] = [];
  let serial = 1001;
  const assetShared: AssetShared = { apiOrigin, seed: options.seed };

  const hostileCount = 4;
  // The rights fixtures come out of the same count (a data set of fewer than 100 assets has none).
  const fixtureCount = options.assetCount >= 100 ? RIGHTS_FIXTURES.length : 0;
  const regularCount = Math.max(0, options.assetCount - hostileCount - fixtureCount);
  for (let i = 0; i < regularCount; i++) {
    const folder = pickFolder();
    const fileType = prng.weighted(PROFILE_FILE_TYPES[folder.profile ?? 'archive']);
    const info = FILE_TYPE_BY_SUFFIX.get(fileType) ?? FILE_TYPES[0]!;
    const parts = describe(prng, folder, info);
    const titles = (folder.titles ??= new Map<string, number>());
    const seen = titles.get(parts.title) ?? 0;
    titles.set(parts.title, seen + 1);
    const title = seen === 0 ? parts.title : `${parts.title} ${pad(seen + 1, 2)}`;
    const asset = buildAsset(prng, {
      serialNumber: serial,
      folder,
      info,
      title,
      description: parts.description,
      keywords: parts.keywords,
      usageRights: parts.usageRights,
      colour: parts.colour,
      shared: assetShared,
      randomDate,
    });
    serial++;
    assets.push(asset);
    folder.assets.push(asset);
  }

  for (const folder of assetFolders) folder.titles = undefined;

  // ---- Hostile records (security tests) --------------------------------------------------
  const hostileSpecs: ReadonlyArray<{ title: string; description: string; thumbnail?: string; objectURL?: string }> = [
    { title: '<img src=x onerror="window.__xss=1">', description: 'Hostile record: markup in the title.' },
    {
      title: 'Hostile description',
      description: 'Hostile record: script in the description <script>window.__xss=1</script> end.',
    },
    {
      title: 'Hostile thumbnail URL',
      description: 'Hostile record: thumbnailUrlCdn is a javascript: URL.',
      thumbnail: 'javascript:window.__xss=1',
    },
    {
      title: 'Hostile object URL',
      description: 'Hostile record: objectURL is a javascript: URL.',
      objectURL: 'javascript:alert(1)',
    },
  ];
  const hostileGuids: string[] = [];
  const pngInfo = FILE_TYPE_BY_SUFFIX.get('png') as FileTypeInfo;
  for (const spec of hostileSpecs) {
    const asset = buildAsset(prng, {
      serialNumber: serial++,
      folder: hostileFolder,
      info: pngInfo,
      title: spec.title,
      description: spec.description,
      keywords: 'hostile, security test',
      usageRights: 'Restricted',
      colour: ['Red'],
      shared: assetShared,
      randomDate,
      thumbnailOverride: spec.thumbnail,
      objectUrlOverride: spec.objectURL,
    });
    hostileGuids.push(asset.guid);
    assets.push(asset);
    hostileFolder.assets.push(asset);
  }

  // ---- Rights fixtures (after everything else: drawing from `prng` earlier would change every record) ----
  let rightsFolder: MutableFolder | undefined;
  const rightsGuids: Partial<Record<RightsFixture, string>> = {};
  if (fixtureCount > 0) {
    rightsFolder = addFolder(qa, 'Rights and expiry', { description: 'Expired, embargoed and view-only assets.' });
    RIGHTS_FIXTURES.forEach((fixture, index) => {
      const asset = buildAsset(prng, {
        serialNumber: serial++,
        folder: rightsFolder!,
        info: FILE_TYPE_BY_SUFFIX.get(fixture.suffix) ?? FILE_TYPES[0]!,
        title: fixture.title,
        description: `Rights fixture: ${fixture.key}.`,
        keywords: 'rightsfixture, rights',
        usageRights: fixture.rights.assetStatus === 2 ? 'Restricted' : 'Unrestricted',
        colour: ['Blue'],
        shared: assetShared,
        randomDate,
        rights: { ...fixture.rights, createdMs: Date.UTC(2016, 0, 1 + index) },
      });
      rightsGuids[fixture.key] = asset.guid;
      assets.push(asset);
      rightsFolder!.assets.push(asset);
    });
  }

  // Pre-order intervals make "is below" a range check.
  let counter = 0;
  const number = (folder: MutableFolder): void => {
    folder.pre = counter++;
    for (const child of folder.children) number(child);
    folder.last = counter - 1;
  };
  number(root);

  return indexData(options.seed, root, folders, assets, {
    wideFolderGuid: stores.guid,
    emptyFolderGuid: empty.guid,
    hostileGuids,
    rightsFolderGuid: rightsFolder?.guid ?? '',
    rightsAssets: rightsFolder ? (rightsGuids as Record<RightsFixture, string>) : undefined,
  });
}

function indexData(
  seed: number,
  root: MutableFolder,
  folders: MutableFolder[],
  assets: EmulatedAsset[],
  special: {
    wideFolderGuid: string;
    emptyFolderGuid: string;
    hostileGuids: string[];
    rightsFolderGuid: string;
    rightsAssets: Record<RightsFixture, string> | undefined;
  },
): BrandworkzData {
  const folderMap = new Map<string, MutableFolder>();
  const folderIdMap = new Map<number, MutableFolder>();
  for (const folder of folders) {
    folderMap.set(folder.guid, folder);
    folderIdMap.set(folder.categoryID, folder);
  }
  const assetMap = new Map<string, EmulatedAsset>();
  const serialMap = new Map<number, EmulatedAsset>();
  for (const asset of assets) {
    assetMap.set(asset.guid, asset);
    serialMap.set(asset.serialNumber, asset);
  }
  let deepest: MutableFolder = root;
  for (const folder of folders) {
    if (folder.assets.length > 0 && folder.depth > deepest.depth) deepest = folder;
  }
  const [titleHtml = '', descriptionScript = '', thumbnailJavascript = '', objectUrlJavascript = ''] = special.hostileGuids;
  const folderOf = (guid: string): MutableFolder | undefined => folderMap.get(guid.toLowerCase());
  return {
    seed,
    assets,
    folders,
    rootFolderGuid: root.guid,
    rootFolder: root,
    wideFolderGuid: special.wideFolderGuid,
    emptyFolderGuid: special.emptyFolderGuid,
    deepestFolderGuid: deepest.guid,
    hostileAssetGuids: special.hostileGuids,
    hostile: { titleHtml, descriptionScript, thumbnailJavascript, objectUrlJavascript },
    rightsFolderGuid: special.rightsFolderGuid,
    rightsAssets: special.rightsAssets,
    metadataFields: METADATA_FIELDS,
    fileTypes: FILE_TYPES,
    assetByGuid: (guid) => assetMap.get(guid.toLowerCase()),
    assetBySerial: (serialNumber) => serialMap.get(serialNumber),
    folderByGuid: folderOf,
    folderById: (id) => folderIdMap.get(id),
    childFolders: (guid) => folderOf(guid)?.children ?? [],
    childAssets: (guid) => folderOf(guid)?.assets ?? [],
    ancestors(guid) {
      const chain: EmulatedFolder[] = [];
      let current = folderOf(guid);
      while (current?.parentGuid) {
        current = folderMap.get(current.parentGuid);
        if (current) chain.unshift(current);
      }
      return chain;
    },
    isFolderBelow(guid, ancestorGuid) {
      const folder = folderOf(guid);
      const ancestor = folderOf(ancestorGuid);
      return !!folder && !!ancestor && folder.pre > ancestor.pre && folder.pre <= ancestor.last;
    },
    addAsset(asset) {
      const guid = asset.guid.toLowerCase();
      if (assetMap.has(guid)) return;
      // Serial numbers only grow, so appending keeps `assets` in serial order.
      assets.push(asset);
      assetMap.set(guid, asset);
      serialMap.set(asset.serialNumber, asset);
      folderOf(asset.categoryGUID)?.assets.push(asset);
    },
    removeAsset(guid) {
      const asset = assetMap.get(guid.toLowerCase());
      if (!asset) return false;
      assetMap.delete(asset.guid.toLowerCase());
      serialMap.delete(asset.serialNumber);
      const without = (list: EmulatedAsset[]) => {
        const at = list.lastIndexOf(asset);
        if (at >= 0) list.splice(at, 1);
      };
      without(assets);
      const folder = folderOf(asset.categoryGUID);
      if (folder) without(folder.assets);
      return true;
    },
  };
}

/** Internal: the pre-order interval of a folder, for fast descendant filters in search. */
export function folderInterval(folder: EmulatedFolder): { pre: number; last: number } {
  const f = folder as Partial<MutableFolder>;
  return { pre: f.pre ?? -1, last: f.last ?? -2 };
}
