// Word lists and file-type facts the seeded Brandworkz data is built from.
// Packed word lists are marked prettier-ignore: one word per line would not make them easier to read.

export type AssetType = 'Image' | 'Video' | 'Audio' | 'Document';
export type FolderType = 'Folder' | 'Webpage';

export interface FileTypeInfo {
  readonly fileType: string;
  readonly assetType: AssetType;
  readonly mimetype: string;
}

export const FILE_TYPES: readonly FileTypeInfo[] = [
  { fileType: 'jpg', assetType: 'Image', mimetype: 'image/jpeg' },
  { fileType: 'png', assetType: 'Image', mimetype: 'image/png' },
  { fileType: 'gif', assetType: 'Image', mimetype: 'image/gif' },
  { fileType: 'svg', assetType: 'Image', mimetype: 'image/svg+xml' },
  { fileType: 'tif', assetType: 'Image', mimetype: 'image/tiff' },
  { fileType: 'psd', assetType: 'Image', mimetype: 'image/vnd.adobe.photoshop' },
  { fileType: 'ai', assetType: 'Image', mimetype: 'application/illustrator' },
  { fileType: 'eps', assetType: 'Image', mimetype: 'application/postscript' },
  { fileType: 'mp4', assetType: 'Video', mimetype: 'video/mp4' },
  { fileType: 'mov', assetType: 'Video', mimetype: 'video/quicktime' },
  { fileType: 'mp3', assetType: 'Audio', mimetype: 'audio/mpeg' },
  { fileType: 'wav', assetType: 'Audio', mimetype: 'audio/wav' },
  { fileType: 'pdf', assetType: 'Document', mimetype: 'application/pdf' },
  {
    fileType: 'docx',
    assetType: 'Document',
    mimetype: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  },
  {
    fileType: 'pptx',
    assetType: 'Document',
    mimetype: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  },
  {
    fileType: 'xlsx',
    assetType: 'Document',
    mimetype: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  },
];

export const FILE_TYPE_BY_SUFFIX: ReadonlyMap<string, FileTypeInfo> = new Map(FILE_TYPES.map((t) => [t.fileType, t]));

/** What kind of files a leaf folder holds: file types with weights. */
// prettier-ignore
export type FolderProfile =
  | 'photo' | 'video' | 'print' | 'social' | 'radio' | 'logos' | 'product' | 'guidelines' | 'typography'
  | 'palettes' | 'press' | 'mediakit' | 'stock' | 'icons' | 'templates' | 'audiolib' | 'videolib' | 'archive';

// prettier-ignore
export const PROFILE_FILE_TYPES: Readonly<Record<FolderProfile, ReadonlyArray<readonly [string, number]>>> = {
  photo: [['jpg', 6], ['tif', 2], ['psd', 1], ['png', 1]],
  video: [['mp4', 5], ['mov', 3]],
  print: [['pdf', 4], ['ai', 2], ['eps', 1], ['jpg', 1]],
  social: [['jpg', 4], ['png', 2], ['gif', 2], ['mp4', 3]],
  radio: [['mp3', 4], ['wav', 2]],
  logos: [['png', 3], ['svg', 3], ['ai', 2], ['eps', 2], ['jpg', 1]],
  product: [['jpg', 5], ['png', 3], ['tif', 1], ['psd', 1]],
  guidelines: [['pdf', 4], ['pptx', 2], ['docx', 1]],
  typography: [['pdf', 2], ['png', 2], ['svg', 1], ['docx', 1]],
  palettes: [['pdf', 2], ['png', 2], ['xlsx', 1], ['svg', 1]],
  press: [['docx', 4], ['pdf', 3], ['jpg', 2]],
  mediakit: [['jpg', 3], ['png', 2], ['pdf', 2], ['mp4', 1], ['pptx', 1]],
  stock: [['jpg', 8], ['tif', 1], ['png', 1]],
  icons: [['svg', 5], ['png', 3], ['ai', 1]],
  templates: [['pptx', 3], ['docx', 3], ['xlsx', 3], ['psd', 1], ['ai', 1]],
  audiolib: [['mp3', 4], ['wav', 3]],
  videolib: [['mp4', 4], ['mov', 3]],
  archive: FILE_TYPES.map((t) => [t.fileType, 1] as const),
};

export interface BrandInfo {
  readonly name: string;
  readonly products: readonly string[];
}

export const BRANDS: readonly BrandInfo[] = [
  { name: 'Northwind Outdoor', products: ['Trailblazer Backpack', 'Summit Tent', 'Alpine Jacket', 'Ridge Boots'] },
  { name: 'Aurora Coffee', products: ['Morning Roast', 'Cold Brew Can', 'Espresso Pods', 'Ceramic Mug'] },
  { name: 'Helios Energy', products: ['Solar Panel S1', 'Home Battery', 'Smart Meter', 'EV Charger'] },
  { name: 'Lumen Skincare', products: ['Vitamin C Serum', 'Night Cream', 'SPF 50 Sunscreen', 'Hydrating Toner'] },
  { name: 'Vela Cycles', products: ['Vela Roadster', 'Vela Commuter', 'E-Cargo Bike', 'Carbon Helmet'] },
  { name: 'Kestrel Audio', products: ['K1 Headphones', 'Pulse Earbuds', 'Studio Monitor', 'Boom Speaker'] },
];

export const CAMPAIGNS: readonly string[] = [
  'Summer Splash',
  'Holiday Glow',
  'Back to School',
  'Spring Launch',
  'Black Friday',
  'New Year Reset',
  'Autumn Harvest',
  'Earth Day',
];

export const REGIONS: readonly string[] = ['EMEA', 'North America', 'APAC', 'LATAM'];
export const REGION_OPTIONS: readonly string[] = ['Global', ...REGIONS];

export const CHANNELS: ReadonlyArray<readonly [string, FolderProfile]> = [
  ['Photography', 'photo'],
  ['Video', 'video'],
  ['Print', 'print'],
  ['Social', 'social'],
  ['Radio', 'radio'],
];

export const COLOURS: readonly string[] = ['Red', 'Orange', 'Yellow', 'Green', 'Teal', 'Blue', 'Purple', 'Pink', 'Black', 'White'];

export const USAGE_RIGHTS: readonly string[] = ['Unrestricted', 'Internal use only', 'Editorial only', 'Licensed – check expiry', 'Restricted'];

export const USAGE_SENTENCES: Readonly<Record<string, string>> = {
  Unrestricted: 'Cleared for use in all channels.',
  'Internal use only': 'For internal presentations only.',
  'Editorial only': 'Editorial use only – not for advertising.',
  'Licensed – check expiry': 'Licensed image: check the expiry date before use.',
  Restricted: 'Restricted: ask the brand team before use.',
};

// prettier-ignore
export const SCENES: readonly string[] = [
  'beach', 'city rooftop', 'mountain trail', 'studio', 'café terrace', 'forest', 'harbour', 'desert road',
  'snowy peak', 'market stall', 'kitchen', 'living room', 'festival crowd', 'lakeside', 'night skyline',
];

// prettier-ignore
export const STOCK_SUBJECTS: readonly string[] = [
  'people laughing', 'aerial view', 'close-up texture', 'flat lay', 'portrait', 'team meeting', 'sunset',
  'hands at work', 'street scene', 'family picnic',
];

export const ANGLES: readonly string[] = ['front', 'back', 'side', 'top', 'detail', 'in-use', 'packshot'];
export const LOGO_LAYOUTS: readonly string[] = ['Landscape', 'Stacked', 'Icon only', 'Wordmark'];
export const LOGO_MODES: readonly string[] = ['RGB', 'CMYK', 'Mono', 'RGB negative', 'Pantone'];
// prettier-ignore
export const ICONS: readonly string[] = [
  'shopping cart', 'user', 'search', 'download', 'heart', 'location pin', 'calendar', 'mail', 'phone',
  'settings', 'star', 'camera', 'bicycle', 'coffee cup', 'leaf', 'battery',
];
export const FONTS: readonly string[] = ['Inter', 'Playfair Display', 'Source Sans', 'Lora', 'Space Grotesk'];
export const MOODS: readonly string[] = ['upbeat', 'calm', 'cinematic', 'acoustic', 'electronic', 'jazzy'];
// prettier-ignore
export const TOPICS: readonly string[] = [
  'sustainability', 'product design', 'customer stories', 'behind the brand', 'future of retail',
];
// prettier-ignore
export const PEOPLE: readonly string[] = [
  'Alex Morgan', 'Priya Shah', 'Jonas Becker', 'Mei Lin', 'Carlos Ruiz', 'Fatima Khan', 'Tom Okafor', 'Sofia Rossi',
];
// prettier-ignore
export const CITIES: readonly string[] = [
  'Amsterdam', 'Berlin', 'Boston', 'Buenos Aires', 'Cape Town', 'Chicago', 'Copenhagen', 'Dublin', 'Lisbon',
  'London', 'Madrid', 'Melbourne', 'Mexico City', 'Milan', 'Montreal', 'Mumbai', 'Oslo', 'Paris', 'Seoul',
  'Singapore', 'Stockholm', 'Sydney', 'Tokyo', 'Toronto', 'Vienna', 'Warsaw', 'Zurich',
];

/** Common words per scene or theme, fed into the `keywords` field. */
export const SCENE_KEYWORDS: Readonly<Record<string, readonly string[]>> = {
  beach: ['sand', 'sea', 'sunshine'],
  'city rooftop': ['urban', 'skyline'],
  'mountain trail': ['hiking', 'outdoor'],
  studio: ['studio', 'clean background'],
  'café terrace': ['coffee', 'lifestyle'],
  forest: ['nature', 'trees'],
  harbour: ['boats', 'waterfront'],
  'desert road': ['road trip', 'adventure'],
  'snowy peak': ['winter', 'snow'],
  'market stall': ['street food', 'local'],
  kitchen: ['home', 'cooking'],
  'living room': ['home', 'interior'],
  'festival crowd': ['music', 'people'],
  lakeside: ['water', 'calm'],
  'night skyline': ['night', 'city lights'],
};
