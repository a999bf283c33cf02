// The picker's configuration as one object (the attributes in camelCase), and its two transports: onto a
// <dam-picker> element, and into the stand-alone picker page's query parameters. Only UI options travel in
// a URL: what decides where credentials go or who receives picks is the page deployer's (page-config.ts).
import type { TokenStorage } from '../api/auth.js';
import type { ProviderName } from '../api/types.js';
import type { DamPicker } from '../components/dam-picker/dam-picker.js';

/** The options that say which DAM, which client and where tokens go: trusted configuration only. */
export interface TrustedOptions {
  provider: ProviderName;
  site?: string;
  discoveryUrl?: string;
  clientId?: string;
  redirectUri?: string;
  tokenUrl?: string;
  tokenStorage?: TokenStorage;
}

/** The options that shape the picker's UI. They decide nothing about credentials or recipients. */
export interface UiOptions {
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
}

/** Options of `DamPicker.open()`: the `<dam-picker>` attributes in camelCase, plus its two properties. */
export interface PickerOptions extends TrustedOptions, UiOptions {
  /** The host supplies access tokens itself (no sign-in UI). Not available with `openWindow`. */
  tokenProvider?: () => Promise<string>;
}

/** Options that `openWindow` passes to the picker page as query parameters: UI options only. */
export type PageOptions = UiOptions;

/** The trusted options, by camelCase name: never read from a URL. */
export const TRUSTED_OPTIONS = [
  'provider', 'site', 'discoveryUrl', 'clientId', 'redirectUri', 'tokenUrl', 'tokenStorage',
] as const satisfies readonly (keyof TrustedOptions)[];

/** The UI options carried as attributes, by camelCase name. */
export const UI_OPTIONS = [
  'selection', 'maxItems', 'assetTypes', 'fileTypes', 'rootFolder', 'facetFields', 'pageSize', 'upload', 'maxFileSize',
  'lang', 'theme', 'density',
] as const satisfies readonly (keyof UiOptions)[];

const ATTRIBUTE_OPTIONS = [...TRUSTED_OPTIONS, ...UI_OPTIONS];

export const attributeName = (key: string): string => key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

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

/** Writes the UI options into URL query parameters named like the attributes (`selected-ids` as a comma list). */
export function optionsToParams(options: PageOptions, params: URLSearchParams): void {
  for (const key of UI_OPTIONS) {
    const value = options[key];
    if (value === undefined || value === null) continue;
    if (key === 'upload') params.set('upload', value ? '' : 'false');
    else params.set(attributeName(key), String(value));
  }
  if (options.selectedIds?.length) params.set('selected-ids', options.selectedIds.join(','));
}
