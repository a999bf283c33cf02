// The picker's configuration as one object (the attributes in camelCase), and
// its two transports: onto a <dam-picker> element, and into query parameters.
import type { TokenStorage } from '../api/auth.js';
import type { ProviderName } from '../api/types.js';
import type { DamPicker } from '../components/dam-picker/dam-picker.js';

/** Options of `DamPicker.open()`: the `<dam-picker>` attributes in camelCase, plus its two properties. */
export interface PickerOptions {
  provider: ProviderName;
  site?: string;
  discoveryUrl?: string;
  clientId?: string;
  redirectUri?: string;
  tokenUrl?: string;
  tokenStorage?: TokenStorage;
  selection?: 'single' | 'multiple';
  maxItems?: number;
  assetTypes?: string;
  fileTypes?: string;
  rootFolder?: string;
  facetFields?: string;
  pageSize?: number;
  upload?: boolean;
  maxFileSize?: number;
  lang?: string;
  theme?: 'light' | 'dark';
  density?: 'compact';
  /** Ids to preselect. */
  selectedIds?: string[];
  /** The host supplies access tokens itself (no sign-in UI). Not available with `openWindow`. */
  tokenProvider?: () => Promise<string>;
}

/** Options that travel as query parameters (everything but `tokenProvider`). */
export type PageOptions = Omit<PickerOptions, 'tokenProvider'>;

/** Every option carried as an attribute, by its camelCase name. */
const ATTRIBUTE_OPTIONS = [
  'provider', 'site', 'discoveryUrl', 'clientId', 'redirectUri', 'tokenUrl', 'tokenStorage', 'selection', 'maxItems',
  'assetTypes', 'fileTypes', 'rootFolder', 'facetFields', 'pageSize', 'upload', 'maxFileSize', 'lang',
  'theme', 'density',
] as const satisfies readonly (keyof PageOptions)[];

const attributeName = (key: string) => key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

/** Configures a `<dam-picker>` from options (attributes, then the two properties). */
export function applyOptions(picker: DamPicker, options: PickerOptions): void {
  for (const key of ATTRIBUTE_OPTIONS) {
    const value = options[key];
    if (value === undefined || value === null || value === false) continue;
    picker.setAttribute(attributeName(key), value === true ? '' : String(value));
  }
  if (options.selectedIds) picker.selectedIds = [...options.selectedIds];
  if (options.tokenProvider) picker.tokenProvider = options.tokenProvider;
}

/** Writes options into URL query parameters named like the attributes (`selected-ids` as a comma list). */
export function optionsToParams(options: PageOptions, params: URLSearchParams): void {
  for (const key of ATTRIBUTE_OPTIONS) {
    const value = options[key];
    if (value === undefined || value === null || value === false) continue;
    params.set(attributeName(key), value === true ? '' : String(value));
  }
  if (options.selectedIds?.length) params.set('selected-ids', options.selectedIds.join(','));
}

/** Configures a `<dam-picker>` from query parameters written by `optionsToParams` (unknown ones are ignored). */
export function applyParams(picker: DamPicker, params: URLSearchParams): void {
  for (const key of ATTRIBUTE_OPTIONS) {
    const name = attributeName(key);
    const value = params.get(name);
    if (value !== null && !(key === 'upload' && value === 'false')) picker.setAttribute(name, value);
  }
  const selected = params.get('selected-ids');
  if (selected) picker.selectedIds = selected.split(',').map((id) => id.trim()).filter(Boolean);
}
