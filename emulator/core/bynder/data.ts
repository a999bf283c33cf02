// Seeded, deterministic Bynder portal data: brands, collections, metaproperties with options and
// thousands of media items shaped like API v4's answers (flags as 0/1 in some records, booleans in others).

import { createPrng, type Prng } from '../prng.js';
import { BRANDS, CAMPAIGNS, COLOURS, REGIONS, SCENES, STOCK_SUBJECTS, USAGE_RIGHTS } from '../vocabulary.js';

export type BynderMediaType = 'image' | 'video' | 'audio' | 'document' | '3d';
export const BYNDER_MEDIA_TYPES: readonly BynderMediaType[] = ['image', 'video', 'audio', 'document', '3d'];

interface BynderBrand {
  id: string;
  name: string;
  description: string;
  image: string;
  subBrands: BynderBrand[];
}

interface BynderOption {
  id: string;
  name: string;
  label: string;
  displayLabel: string;
  zindex: number;
  isSelectable: number;
  /** Portal-wide number of media with this option (recomputed as uploads are saved). */
  mediaCount: number;
}

interface BynderMetaproperty {
  id: string;
  name: string;
  label: string;
  type: 'select';
  zindex: number;
  isFilterable: number;
  isMultiselect: number;
  isRequired: number;
  options: BynderOption[];
}

interface BynderCollection {
  id: string;
  name: string;
  description: string;
  dateCreated: string;
  dateModified: string;
  IsPublic: number;
  /** Media ids in the collection, in insertion order. */
  mediaIds: string[];
}

/** A media item as `/api/v4/media/` sends it (vendor field names, `property_<name>` arrays included). */
export type BynderMedia = Record<string, unknown> & {
  id: string;
  name: string;
  description: string;
  type: BynderMediaType;
  extension: string[];
  brandId: string;
  dateCreated: string;
  dateModified: string;
  propertyOptions: string[];
  tags: string[];
};

export interface BynderData {
  readonly brands: BynderBrand[];
  readonly collections: BynderCollection[];
  readonly metaproperties: BynderMetaproperty[];
  readonly media: BynderMedia[];
  mediaById(id: string): BynderMedia | undefined;
  collectionById(id: string): BynderCollection | undefined;
  optionById(id: string): { property: BynderMetaproperty; option: BynderOption } | undefined;
  /** Adds a media item (an upload saved to a brand) and updates option counts. */
  addMedia(item: BynderMedia): void;
  /** Media ids of a collection, as a set (cached). */
  collectionMembers(id: string): ReadonlySet<string>;
}

const EXTENSIONS: Record<BynderMediaType, ReadonlyArray<readonly [string, number]>> = {
  image: [
    ['jpg', 6],
    ['png', 3],
    ['tif', 1],
    ['svg', 1],
    ['webp', 1],
  ],
  video: [
    ['mp4', 4],
    ['mov', 2],
  ],
  audio: [
    ['mp3', 3],
    ['wav', 1],
  ],
  document: [
    ['pdf', 5],
    ['docx', 2],
    ['pptx', 2],
    ['xlsx', 1],
  ],
  '3d': [
    ['glb', 2],
    ['obj', 1],
  ],
};

/** Bynder ids: upper-case hex, 8-4-4-16. */
export function bynderId(prng: Prng): string {
  const hex = prng.guid().replace(/-/g, '').toUpperCase();
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16)}`;
}

function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'asset'
  );
}

function isoDate(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** What a rights fixture shows: `limited` (view only), `archive`, a `limitedDate` past (expired), a `datePublished` ahead (embargoed). */
type RightsFixture = 'limited' | 'archive' | 'expired' | 'embargoed';
const RIGHTS_FIXTURES: readonly RightsFixture[] = ['limited', 'archive', 'expired', 'embargoed'];

/** Every 50th item is a rights fixture, in turn; created in 2020 (before the rest), so it sorts last among the newest. */
function rightsFixtureAt(index: number): RightsFixture | undefined {
  return index % 50 === 49 ? RIGHTS_FIXTURES[Math.floor(index / 50) % RIGHTS_FIXTURES.length] : undefined;
}

export interface GenerateBynderOptions {
  seed: number;
  mediaCount: number;
  portalOrigin: string;
}

/** Image URLs of a media item, all served by the emulator on the portal origin. */
export function mediaUrls(portalOrigin: string, id: string, name: string, type: BynderMediaType): Record<string, string> {
  const file = slug(name);
  const urls: Record<string, string> = {
    mini: `${portalOrigin}/m/${id}/mini-${file}.png`,
    thul: `${portalOrigin}/m/${id}/thul-${file}.png`,
    webimage: `${portalOrigin}/m/${id}/webimage-${file}.png`,
  };
  if (type === 'image') urls.transformBaseUrl = `${portalOrigin}/transform/${id}/${file}`;
  return urls;
}

/** `videoPreviewURLs` of a video: one short WebM the emulator serves (`preview-media.ts`). */
function videoPreviewUrls(portalOrigin: string, id: string, name: string): string[] {
  return [`${portalOrigin}/m/${id}/preview/${slug(name)}.webm`];
}

export function generateBynderData(options: GenerateBynderOptions): BynderData {
  const prng = createPrng(options.seed * 7919 + 17);
  const origin = options.portalOrigin;
  const brands: BynderBrand[] = BRANDS.slice(0, 3).map((brand) => ({
    id: bynderId(prng),
    name: brand.name,
    description: `${brand.name} brand guidelines and assets.`,
    image: `${origin}/brand/${slug(brand.name)}.svg`,
    subBrands: [],
  }));

  const makeProperty = (name: string, label: string, values: readonly string[], multi: boolean, z: number): BynderMetaproperty => ({
    id: bynderId(prng),
    name,
    label,
    type: 'select',
    zindex: z,
    isFilterable: 1,
    isMultiselect: multi ? 1 : 0,
    isRequired: 0,
    options: values.map((value, index) => ({
      id: bynderId(prng),
      name: value.replace(/[^a-z0-9]+/gi, '_'),
      label: value,
      displayLabel: value,
      zindex: index + 1,
      isSelectable: 1,
      mediaCount: 0,
    })),
  });
  const metaproperties = [
    makeProperty('Campaign', 'Campaign', CAMPAIGNS, false, 1),
    makeProperty('Region', 'Region', ['Global', ...REGIONS], true, 2),
    makeProperty('UsageRights', 'Usage rights', USAGE_RIGHTS, false, 3),
    makeProperty('Colour', 'Colour', COLOURS, true, 4),
  ];
  const [campaign, region, usage, colour] = metaproperties as [BynderMetaproperty, BynderMetaproperty, BynderMetaproperty, BynderMetaproperty];

  const collections: BynderCollection[] = [];
  const collectionNames = [
    ...CAMPAIGNS.map((c) => `${c} picks`),
    ...BRANDS.slice(0, 3).map((b) => `${b.name} – hero shots`),
    'Website banners',
    'Press kit',
    'Trade show 2024',
    'Social templates',
    'Empty collection',
  ];
  const start = Date.UTC(2021, 0, 1);
  for (const name of collectionNames) {
    const created = start + prng.int(0, 900) * 86_400_000;
    collections.push({
      id: bynderId(prng),
      name,
      description: name === 'Empty collection' ? '' : `Curated assets: ${name.toLowerCase()}.`,
      dateCreated: isoDate(created),
      dateModified: isoDate(created + prng.int(0, 60) * 86_400_000),
      IsPublic: prng.chance(0.3) ? 1 : 0,
      mediaIds: [],
    });
  }
  const fillable = collections.filter((c) => c.name !== 'Empty collection');

  const media: BynderMedia[] = [];
  const typeWeights: ReadonlyArray<readonly [BynderMediaType, number]> = [
    ['image', 60],
    ['video', 12],
    ['audio', 5],
    ['document', 20],
    ['3d', 3],
  ];
  for (let index = 0; index < options.mediaCount; index++) {
    const type = prng.weighted(typeWeights);
    const extension = prng.weighted(EXTENSIONS[type]);
    const brand = prng.pick(brands);
    const subject = type === 'image' || type === 'video' ? `${prng.pick(SCENES)} ${prng.pick(STOCK_SUBJECTS)}` : prng.pick(STOCK_SUBJECTS);
    const campaignOption = prng.pick(campaign.options);
    const name = `${brand.name} ${subject} ${index + 1}`;
    const id = bynderId(prng);
    const regionOptions = prng.sample(region.options, prng.int(1, 2));
    const usageOption = prng.pick(usage.options);
    const colourOptions = type === 'image' ? prng.sample(colour.options, prng.int(1, 3)) : [];
    const chosen = [campaignOption, ...regionOptions, usageOption, ...colourOptions];
    const drawnCreated = start + prng.int(0, 1400) * 86_400_000 + prng.int(0, 86_399) * 1000;
    const isPublic = prng.chance(0.25);
    // Drawn as before (so every later record stays the same), but rights come from the fixture rule alone.
    prng.chance(0.05);
    prng.chance(0.1);
    const fixture = rightsFixtureAt(index);
    const created = fixture ? Date.UTC(2020, 0, 1) + index * 60_000 : drawnCreated;
    const archive = fixture === 'archive';
    const limited = fixture === 'limited';
    // `limitedDate` (inferred name): when the usage rights run out. Past for the expired fixture, far ahead for one item in nine.
    const limitedDate = fixture === 'expired' ? '2019-12-31T00:00:00Z' : index % 9 === 4 ? '2099-12-31T00:00:00Z' : undefined;
    // Older records answer flags as 0/1, newer ones as booleans: both occur on real portals.
    const flag = (value: boolean): number | boolean => (index % 2 === 0 ? (value ? 1 : 0) : value);
    let width: number | undefined;
    let height: number | undefined;
    if (type === 'image' || type === 'video') {
      const landscape = prng.chance(0.7);
      width = landscape ? prng.pick([1920, 2400, 4000, 6000]) : prng.pick([1080, 2000, 3000]);
      height = landscape ? Math.round(width * prng.pick([9 / 16, 2 / 3, 3 / 4])) : Math.round(width * prng.pick([4 / 3, 3 / 2]));
    }
    const item: BynderMedia = {
      id,
      name,
      description: `${subject[0]!.toUpperCase()}${subject.slice(1)} for ${brand.name}, ${campaignOption.label} campaign.`,
      type,
      extension: [extension],
      brandId: brand.id,
      dateCreated: isoDate(created),
      dateModified: isoDate(created + prng.int(0, 90) * 86_400_000),
      datePublished: fixture === 'embargoed' ? '2099-01-01T00:00:00Z' : isoDate(created),
      ...(limitedDate ? { limitedDate } : {}),
      fileSize: prng.int(20_000, type === 'video' ? 400_000_000 : 30_000_000),
      ...(width !== undefined && height !== undefined ? { width, height, orientation: width >= height ? 'landscape' : 'portrait' } : {}),
      idHash: id.replace(/-/g, '').slice(0, 16).toLowerCase(),
      copyright: `© ${brand.name}`,
      tags: [slug(campaignOption.label), ...subject.split(' ').filter((w) => w.length > 3)],
      propertyOptions: chosen.map((o) => o.id),
      [`property_${campaign.name}`]: [campaignOption.name],
      [`property_${region.name}`]: regionOptions.map((o) => o.name),
      [`property_${usage.name}`]: [usageOption.name],
      ...(colourOptions.length > 0 ? { [`property_${colour.name}`]: colourOptions.map((o) => o.name) } : {}),
      isPublic: flag(isPublic),
      archive: flag(archive),
      limited: flag(limited),
      watermarked: flag(false),
      thumbnails: mediaUrls(origin, id, name, type),
      ...(type === 'video' ? { videoPreviewURLs: videoPreviewUrls(origin, id, name) } : {}),
      ...(isPublic ? { original: `${origin}/m/${id}/original/${slug(name)}.${extension}` } : {}),
      ...(type === 'image' ? { activeOriginalFocusPoint: { x: Math.round((width ?? 100) * 0.5), y: Math.round((height ?? 100) * 0.4) } } : {}),
    };
    media.push(item);
    for (const collection of prng.sample(fillable, prng.chance(0.6) ? prng.int(1, 2) : 0)) collection.mediaIds.push(id);
  }

  const mediaIndex = new Map(media.map((m) => [m.id, m]));
  const optionIndex = new Map<string, { property: BynderMetaproperty; option: BynderOption }>();
  for (const property of metaproperties) for (const option of property.options) optionIndex.set(option.id, { property, option });
  const collectionIndex = new Map(collections.map((c) => [c.id, c]));
  const memberCache = new Map<string, Set<string>>();
  const count = (item: BynderMedia): void => {
    for (const id of item.propertyOptions) {
      const found = optionIndex.get(id);
      if (found) found.option.mediaCount++;
    }
  };
  media.forEach(count);

  return {
    brands,
    collections,
    metaproperties,
    media,
    mediaById: (id) => mediaIndex.get(id),
    collectionById: (id) => collectionIndex.get(id),
    optionById: (id) => optionIndex.get(id),
    addMedia(item) {
      media.push(item);
      mediaIndex.set(item.id, item);
      count(item);
    },
    collectionMembers(id) {
      let members = memberCache.get(id);
      if (!members) {
        members = new Set(collectionIndex.get(id)?.mediaIds ?? []);
        memberCache.set(id, members);
      }
      return members;
    },
  };
}
