// Asset records of the seeded data: titles, descriptions and keywords worth searching, file facts
// consistent with the file type, and derived strings computed on access.

import { hashString, type Prng } from './prng.js';
import {
  ANGLES,
  BRANDS,
  COLOURS,
  FONTS,
  ICONS,
  LOGO_LAYOUTS,
  LOGO_MODES,
  MOODS,
  PEOPLE,
  REGIONS,
  SCENE_KEYWORDS,
  SCENES,
  STOCK_SUBJECTS,
  TOPICS,
  USAGE_RIGHTS,
  USAGE_SENTENCES,
  type AssetType,
  type BrandInfo,
  type FileTypeInfo,
  type FolderProfile,
} from './vocabulary.js';
import type { EmulatedAsset } from './data.js';
import { embedLink } from './embed.js';

export const NOW = Date.UTC(2025, 6, 1);
export const DAY = 86_400_000;

export const pad = (n: number, width: number): string => String(n).padStart(width, '0');

const dayStrings = new Map<number, string>();
/** `Date#toISOString` with the day part cached: thousands of dates share a few thousand days. */
export function isoDate(ms: number): string {
  const day = Math.floor(ms / DAY);
  let prefix = dayStrings.get(day);
  if (prefix === undefined) {
    prefix = new Date(day * DAY).toISOString().slice(0, 11);
    dayStrings.set(day, prefix);
  }
  const rest = ms - day * DAY;
  const seconds = Math.floor(rest / 1000);
  return `${prefix}${pad(Math.floor(seconds / 3600), 2)}:${pad(Math.floor(seconds / 60) % 60, 2)}:${pad(seconds % 60, 2)}.${pad(rest % 1000, 3)}Z`;
}

export interface FolderContext {
  brand?: BrandInfo;
  product?: string;
  campaign?: string;
  year?: number;
  region?: string;
  channel?: string;
}

/** What asset generation needs to know about the containing folder. */
export interface AssetFolder {
  readonly guid: string;
  readonly categoryID: number;
  readonly profile?: FolderProfile;
  readonly context: FolderContext;
}

// ---- Titles, descriptions, keywords ---------------------------------------------------------

export interface Description {
  title: string;
  description: string;
  keywords: string;
  usageRights: string;
  colour: string[];
}

export function describe(prng: Prng, folder: AssetFolder, info: FileTypeInfo): Description {
  const c = folder.context;
  const brand = c.brand ?? prng.pick(BRANDS);
  const product = c.product ?? prng.pick(brand.products);
  const campaign = c.campaign;
  const campaignName = campaign ? `${campaign}${c.year ? ` ${c.year}` : ''}` : undefined;
  const region = c.region;
  const year = c.year ?? prng.int(2019, 2025);
  const scene = prng.pick(SCENES);
  const colour = prng.sample(COLOURS, prng.int(1, 2));
  const mainColour = colour[0] ?? 'Blue';
  const keywords = new Set<string>();
  const profile = folder.profile ?? 'archive';
  let title: string;
  let sentence: string;

  const sceneTitle = (): string => {
    for (const k of SCENE_KEYWORDS[scene] ?? []) keywords.add(k);
    keywords.add(scene);
    return scene;
  };

  switch (info.assetType) {
    case 'Image': {
      if (profile === 'logos') {
        title = `${brand.name} logo – ${prng.pick(LOGO_LAYOUTS)} ${prng.pick(LOGO_MODES)}`;
        sentence = `Official ${brand.name} logo artwork.`;
        keywords.add('logo').add('brand mark');
      } else if (profile === 'icons') {
        const icon = prng.pick(ICONS);
        title = `Icon – ${icon}`;
        sentence = `Line icon "${icon}" from the shared icon set.`;
        keywords.add('icon').add(icon);
      } else if (profile === 'product') {
        title = `${product} ${mainColour} – ${prng.pick(ANGLES)} view`;
        sentence = `Product photography of the ${product} in ${mainColour.toLowerCase()}.`;
        keywords.add('product').add('packshot').add(product.toLowerCase());
      } else if (profile === 'typography') {
        title = `Typeface specimen – ${prng.pick(FONTS)}`;
        sentence = 'Typography reference for designers.';
        keywords.add('typography').add('font');
      } else if (profile === 'palettes') {
        title = `${brand.name} colour palette – ${mainColour}`;
        sentence = `Colour swatches for ${brand.name}.`;
        keywords.add('colour').add('palette');
      } else if (profile === 'stock') {
        const subject = prng.pick(STOCK_SUBJECTS);
        title = `Stock – ${subject}, ${sceneTitle()}`;
        sentence = `Licensed stock photo: ${subject}.`;
        keywords.add('stock').add(subject);
      } else if (info.fileType === 'ai' || info.fileType === 'eps') {
        title = campaignName
          ? `${campaignName} poster A2${region ? ` – ${region}` : ''}`
          : `${brand.name} ${prng.pick(['poster', 'flyer', 'banner', 'brochure cover'])} artwork`;
        sentence = 'Print-ready vector artwork.';
        keywords.add('print').add('vector');
      } else if (info.fileType === 'psd' || info.fileType === 'tif') {
        title = `${campaignName ?? brand.name} key visual master – ${sceneTitle()}`;
        sentence = 'Layered master file for retouching.';
        keywords.add('master').add('key visual');
      } else if (profile === 'social') {
        title = prng.chance(0.5) ? `${campaignName ?? brand.name} Instagram post – ${sceneTitle()}` : `${campaignName ?? brand.name} story frame – ${product}`;
        sentence = 'Social media asset, square and vertical crops.';
        keywords.add('social').add('instagram');
      } else if (campaignName && prng.chance(0.6)) {
        title = `${campaign} campaign hero shot – ${sceneTitle()}`;
        sentence = `Hero image for the ${campaignName} campaign, shot on location (${scene}).`;
        keywords.add('hero').add('lifestyle');
      } else {
        title = `${product} lifestyle – ${sceneTitle()}`;
        sentence = `Lifestyle photography featuring the ${product}.`;
        keywords.add('lifestyle').add(product.toLowerCase());
      }
      break;
    }
    case 'Video': {
      const options = [
        () => `${campaignName ?? brand.name} 30s TV spot${region ? ` – ${region}` : ''}`,
        () => `${campaignName ?? brand.name} 6s bumper`,
        () => `${product} unboxing video`,
        () => `${brand.name} brand film ${year}`,
        () => `${product} how-to tutorial`,
        () => `B-roll – ${sceneTitle()}`,
      ];
      title = prng.pick(options)();
      sentence = campaignName ? `Video for the ${campaignName} campaign.` : `Video content for ${brand.name}.`;
      keywords.add('video').add('motion');
      break;
    }
    case 'Audio': {
      const options = [
        () => `${campaignName ?? brand.name} radio ad 30s${region ? ` – ${region}` : ''}`,
        () => `${brand.name} sonic logo`,
        () => `Podcast – ${prng.pick(TOPICS)} episode ${prng.int(1, 40)}`,
        () => `Background music – ${prng.pick(MOODS)}`,
        () => `${product} voice-over take ${prng.int(1, 9)}`,
      ];
      title = prng.pick(options)();
      sentence = 'Audio file, mastered for broadcast.';
      keywords.add('audio').add('sound');
      break;
    }
    case 'Document': {
      const byType: Record<string, Array<() => string>> = {
        pdf: [
          () => `${brand.name} brand guidelines ${year}`,
          () => `${campaignName ?? brand.name} media plan${region ? ` – ${region}` : ''}`,
          () => `${product} spec sheet`,
          () => `${campaignName ?? brand.name} print ad proof`,
        ],
        pptx: [
          () => `${campaignName ?? brand.name} campaign deck`,
          () => `${brand.name} sales presentation Q${prng.int(1, 4)} ${year}`,
          () => `${brand.name} presentation template`,
        ],
        docx: [() => `Press release – ${product} launch`, () => `${campaignName ?? brand.name} creative brief`, () => `${brand.name} tone of voice guide`],
        xlsx: [
          () => `${region ?? prng.pick(REGIONS)} price list ${year}`,
          () => `${campaignName ?? brand.name} budget tracker`,
          () => `${brand.name} colour values`,
        ],
      };
      title = prng.pick(byType[info.fileType] ?? byType.pdf ?? [() => 'Document'])();
      sentence = `${info.fileType.toUpperCase()} document for ${brand.name}.`;
      keywords.add('document');
      break;
    }
  }
  const usage = prng.pick(USAGE_RIGHTS);
  const description = prng.chance(0.3) ? '' : `${sentence} ${USAGE_SENTENCES[usage] ?? ''}`.trim();
  return {
    title,
    description,
    keywords: [...keywords].join(', '),
    usageRights: usage,
    colour,
  };
}

export interface BuildSpec {
  serialNumber: number;
  folder: AssetFolder;
  info: FileTypeInfo;
  title: string;
  description: string;
  keywords: string;
  usageRights: string;
  colour: string[];
  shared: AssetShared;
  randomDate: (year?: number) => number;
  thumbnailOverride?: string;
  objectUrlOverride?: string;
  /** The rights fixtures' status and dates (others: active; some with a far expiry date). */
  rights?: AssetRights;
}

/** What /saveMetadata's fixed fields set: `assetStatus` (1 standard, 2 view only), publish and expiry dates (`YYYY-MM-DD`). */
export interface AssetRights {
  readonly assetStatus?: number;
  readonly assetPublishDate?: string;
  readonly assetExpiryDate?: string;
  /** Overrides the creation date (fixtures sort last among the newest). */
  readonly createdMs?: number;
}

const slugs = new Map<string, string>();

export interface AssetShared {
  readonly apiOrigin: string;
  readonly seed: number;
}

interface AssetFields extends Omit<
  EmulatedAsset,
  'dateCreated' | 'dateModified' | 'thumbnailUrlCdn' | 'embed_link' | 'objectURL' | 'originalFilename' | 'fulltext' | 'copyright' | 'assetStatus'
> {
  readonly assetStatus: number;
  readonly createdMs: number;
  readonly modifiedMs: number;
  readonly thumbnailOverride: string | undefined;
  readonly objectUrlOverride: string | undefined;
}

/**
 * An asset whose derived strings (dates, URLs, file name, full text) are computed when read:
 * building them eagerly for thousands of assets was most of the generation time.
 */
class AssetRecord implements EmulatedAsset {
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
  readonly pixelWidth: number | undefined;
  readonly pixelHeight: number | undefined;
  readonly duration: number | undefined;
  readonly pageCount: number | undefined;
  readonly categoryGUID: string;
  readonly categoryID: number;
  readonly createdBy: string;
  readonly keywords: string;
  readonly brand: string | undefined;
  readonly campaign: string | undefined;
  readonly region: readonly string[];
  readonly usageRights: string;
  readonly colour: readonly string[];
  readonly assetStatus: number;
  readonly assetPublishDate: string | undefined;
  readonly assetExpiryDate: string | undefined;
  readonly #createdMs: number;
  readonly #modifiedMs: number;
  readonly #thumbnailOverride: string | undefined;
  readonly #objectUrlOverride: string | undefined;
  readonly #shared: AssetShared;

  constructor(fields: AssetFields, shared: AssetShared) {
    this.guid = fields.guid;
    this.serialNumber = fields.serialNumber;
    this.version = fields.version;
    this.title = fields.title;
    this.description = fields.description;
    this.extendedKeywords = fields.extendedKeywords;
    this.assetType = fields.assetType;
    this.fileType = fields.fileType;
    this.mimetype = fields.mimetype;
    this.fileSize = fields.fileSize;
    this.pixelWidth = fields.pixelWidth;
    this.pixelHeight = fields.pixelHeight;
    this.duration = fields.duration;
    this.pageCount = fields.pageCount;
    this.categoryGUID = fields.categoryGUID;
    this.categoryID = fields.categoryID;
    this.createdBy = fields.createdBy;
    this.keywords = fields.keywords;
    this.brand = fields.brand;
    this.campaign = fields.campaign;
    this.region = fields.region;
    this.usageRights = fields.usageRights;
    this.colour = fields.colour;
    this.assetStatus = fields.assetStatus;
    this.assetPublishDate = fields.assetPublishDate;
    this.assetExpiryDate = fields.assetExpiryDate;
    this.#createdMs = fields.createdMs;
    this.#modifiedMs = fields.modifiedMs;
    this.#thumbnailOverride = fields.thumbnailOverride;
    this.#objectUrlOverride = fields.objectUrlOverride;
    this.#shared = shared;
  }

  get dateCreated(): string {
    return isoDate(this.#createdMs);
  }

  get dateModified(): string {
    return isoDate(this.#modifiedMs);
  }

  /** A custom metaset field of the seeded site: the brand (or the library) and the year of creation. */
  get copyright(): string {
    return `© ${new Date(this.#createdMs).getUTCFullYear()} ${this.brand ?? 'Brandworkz demo'}`;
  }

  get thumbnailUrlCdn(): string {
    if (this.#thumbnailOverride !== undefined) return this.#thumbnailOverride;
    const { apiOrigin, seed } = this.#shared;
    const serial = this.serialNumber;
    return (
      `${apiOrigin}/cdn/assetThumbnails/${pad(Math.floor(serial / 100), 4)}/${serial}_${this.version}` +
      `_thumbnail_320x320_page1_${pad(hashString(`${seed}:${serial}`) % 1_000_000, 6)}.png`
    );
  }

  get embed_link(): string {
    // The hostile thumbnail record's embed link is hostile too.
    return this.#thumbnailOverride ?? embedLink(this.#shared.apiOrigin, this.serialNumber, this.version, this.assetType);
  }

  get objectURL(): string {
    return this.#objectUrlOverride ?? `/BMS/asset/views/?artwork_ID=${this.serialNumber}&category=${this.categoryID}`;
  }

  get originalFilename(): string {
    let slug = slugs.get(this.title);
    if (slug === undefined) {
      slug =
        this.title
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, '_')
          .replace(/^_|_$/g, '')
          .slice(0, 60) || 'asset';
      slugs.set(this.title, slug);
    }
    return `${slug}_${pad(this.serialNumber, 6)}.${this.fileType}`;
  }

  get fulltext(): string | undefined {
    return this.assetType === 'Document' ? `${this.title}. ${this.description} ${this.keywords}`.trim() : undefined;
  }

  /** Every field, getters included, as plain JSON. */
  toJSON(): Record<string, unknown> {
    return {
      ...(this as object),
      dateCreated: this.dateCreated,
      dateModified: this.dateModified,
      copyright: this.copyright,
      thumbnailUrlCdn: this.thumbnailUrlCdn,
      embed_link: this.embed_link,
      objectURL: this.objectURL,
      originalFilename: this.originalFilename,
      fulltext: this.fulltext,
    };
  }
}

export function buildAsset(prng: Prng, spec: BuildSpec): EmulatedAsset {
  const { folder, info, serialNumber } = spec;
  const { keywords, usageRights } = spec;
  const c = folder.context;
  const version = prng.chance(0.12) ? prng.int(2, 4) : 1;
  const drawn = spec.randomDate(c.year);
  const modified = Math.min(NOW, drawn + Math.floor(prng.next() * 400) * DAY);
  const created = spec.rights?.createdMs ?? drawn;
  // Not drawn from `prng` (that would change every later record): one asset in nine has a far expiry date.
  const farExpiry = hashString(`expiry:${serialNumber}`) % 9 === 0 ? `${2030 + (serialNumber % 5)}-12-31` : undefined;
  const region = c.region ? [c.region] : prng.chance(0.5) ? ['Global'] : prng.sample(REGIONS, prng.int(1, 2));
  const facts = fileFacts(prng, info);
  let extendedKeywords = keywords;
  const append = (value: string | undefined): void => {
    if (value) extendedKeywords = extendedKeywords ? `${extendedKeywords}, ${value}` : value;
  };
  append(c.brand?.name);
  append(c.campaign);
  for (const r of region) append(r);
  append(usageRights);
  for (const colour of spec.colour) append(colour);
  return new AssetRecord(
    {
      guid: prng.guid(),
      serialNumber,
      version,
      title: spec.title,
      description: spec.description,
      extendedKeywords,
      assetType: info.assetType,
      fileType: info.fileType,
      mimetype: info.mimetype,
      fileSize: facts.fileSize,
      pixelWidth: facts.pixelWidth,
      pixelHeight: facts.pixelHeight,
      duration: facts.duration,
      pageCount: facts.pageCount,
      categoryGUID: folder.guid,
      categoryID: folder.categoryID,
      createdMs: created,
      modifiedMs: modified,
      createdBy: prng.pick(PEOPLE),
      thumbnailOverride: spec.thumbnailOverride,
      objectUrlOverride: spec.objectUrlOverride,
      keywords,
      brand: c.brand?.name,
      campaign: c.campaign,
      region,
      usageRights,
      colour: spec.colour,
      assetStatus: spec.rights?.assetStatus ?? 1,
      assetPublishDate: spec.rights?.assetPublishDate,
      assetExpiryDate: spec.rights ? spec.rights.assetExpiryDate : farExpiry,
    },
    spec.shared,
  );
}

const IMAGE_SIZES: ReadonlyArray<readonly [number, number]> = [
  [6000, 4000],
  [4000, 6000],
  [3000, 2000],
  [1920, 1080],
  [2048, 2048],
  [1080, 1350],
  [5472, 3648],
  [1200, 800],
];
const VIDEO_SIZES: ReadonlyArray<readonly [number, number]> = [
  [1920, 1080],
  [3840, 2160],
  [1080, 1920],
  [1280, 720],
];

function fileFacts(prng: Prng, info: FileTypeInfo): Pick<EmulatedAsset, 'fileSize' | 'pixelWidth' | 'pixelHeight' | 'duration' | 'pageCount'> {
  const jitter = (): number => 0.8 + prng.next() * 0.4;
  switch (info.fileType) {
    case 'jpg':
    case 'png':
    case 'tif':
    case 'psd': {
      const [w, h] = prng.pick(IMAGE_SIZES);
      const bytesPerPixel = { jpg: 0.3, png: 1.1, tif: 3, psd: 4.2 }[info.fileType] ?? 1;
      return { pixelWidth: w, pixelHeight: h, fileSize: Math.round(w * h * bytesPerPixel * jitter()) };
    }
    case 'gif': {
      const [w, h] = prng.pick([
        [480, 270],
        [600, 600],
        [800, 450],
      ] as const);
      return { pixelWidth: w, pixelHeight: h, fileSize: Math.round(w * h * 2.5 * jitter()) };
    }
    case 'svg': {
      const side = prng.pick([24, 48, 64, 512, 1024]);
      return { pixelWidth: side, pixelHeight: side, fileSize: prng.int(1_200, 180_000) };
    }
    case 'ai':
    case 'eps': {
      const [w, h] = prng.pick([
        [1684, 2384],
        [2000, 1000],
        [1000, 1000],
        [4961, 7016],
      ] as const);
      return { pixelWidth: w, pixelHeight: h, fileSize: prng.int(400_000, 30_000_000) };
    }
    case 'mp4':
    case 'mov': {
      const [w, h] = prng.pick(VIDEO_SIZES);
      const duration = prng.pick([6, 15, 30, 45, 60, 90, 120, 180]);
      const bytesPerSecond = (info.fileType === 'mov' ? 2_500_000 : 1_000_000) * (w * h > 2_500_000 ? 2.5 : 1);
      return { pixelWidth: w, pixelHeight: h, duration, fileSize: Math.round(duration * bytesPerSecond * jitter()) };
    }
    case 'mp3':
    case 'wav': {
      const duration = prng.int(5, 1800);
      return { duration, fileSize: Math.round(duration * (info.fileType === 'wav' ? 176_400 : 16_000)) };
    }
    case 'pdf': {
      const pageCount = prng.int(1, 80);
      return { pageCount, fileSize: Math.round(pageCount * 180_000 * jitter()) };
    }
    case 'pptx': {
      const pageCount = prng.int(5, 60);
      return { pageCount, fileSize: Math.round(pageCount * 600_000 * jitter()) };
    }
    case 'docx': {
      const pageCount = prng.int(1, 30);
      return { pageCount, fileSize: Math.round(25_000 + pageCount * 30_000 * jitter()) };
    }
    default:
      return { fileSize: prng.int(20_000, 3_000_000) };
  }
}
