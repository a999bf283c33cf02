// The picker's configuration as one object (the attributes in camelCase), and its two transports: onto a
// <dam-picker> element, and into the stand-alone picker page's query parameters. Only UI options travel in
// a URL: what decides where credentials go or who receives picks is the page deployer's (page-config.ts).
import type { TokenStorage } from '../browser/session-storage.js';
import type { ProviderName } from '../api/types.js';
import type { DamPicker } from '../components/dam-picker/dam-picker.js';
import { pickerOptions, type DamPickerProperties, type OptionInfo, type OptionName } from '../components/dam-picker/dam-picker.properties.js';

/** The options that say which DAM, which client and where tokens go: trusted configuration only. */
export interface TrustedOptions {
  provider: ProviderName;
  site?: string;
  discoveryUrl?: string;
  clientId?: string;
  redirectUri?: string;
  tokenUrl?: string;
  /** The OAuth scope the sign-in asks for (see the `scope` attribute). */
  scope?: string;
  tokenStorage?: TokenStorage;
  signInRedirect?: boolean;
}

/** The options that shape the picker's UI: every option of the table but the trusted ones. */
export type UiOptions = Partial<Pick<DamPickerProperties, Exclude<OptionName, keyof TrustedOptions | 'tokenProvider' | 'selectedIds'>>> & {
  /** The UI language (the `lang` attribute every element has). */
  lang?: string;
  /** Ids to preselect. */
  selectedIds?: string[];
};

/** Options of `DamPicker.open()`: the `<dam-picker>` attributes in camelCase, plus its two properties. */
export interface PickerOptions extends TrustedOptions, UiOptions {
  /** The host supplies access tokens itself (no sign-in UI). Not available with `openWindow`. */
  tokenProvider?: () => Promise<string>;
}

/** Options that `openWindow` passes to the picker page as query parameters: UI options only. */
export type PageOptions = UiOptions;

/** The trusted options (never read from a URL), from the picker's table of options. */
export const trustedOptions = (): readonly OptionInfo[] => pickerOptions().filter((option) => option.trusted);
/** The UI options, from the picker's table of options. */
export const uiOptions = (): readonly OptionInfo[] => pickerOptions().filter((option) => !option.trusted);

/** An option's value as an attribute value: `true` → present, a string or number as text; `undefined` → no attribute. */
function attributeValue(value: unknown): string | undefined {
  if (value === true) return '';
  if ((typeof value === 'string' && value !== '') || typeof value === 'number') return String(value);
  return undefined;
}

/** Configures a `<dam-picker>` from options (attributes, then the two properties). */
export function applyOptions(picker: DamPicker, options: PickerOptions): void {
  for (const { name, attribute } of pickerOptions()) {
    const value = attributeValue((options as Partial<Record<OptionName | 'lang', unknown>>)[name]);
    if (value !== undefined) picker.setAttribute(attribute, value);
  }
  if (options.selectedIds) picker.selectedIds = [...options.selectedIds];
  if (options.tokenProvider) picker.tokenProvider = options.tokenProvider;
}

/** Writes the UI options into URL query parameters named like the attributes (`selected-ids` as a comma list). */
export function optionsToParams(options: PageOptions, params: URLSearchParams): void {
  for (const { name, attribute, type } of uiOptions()) {
    const value = (options as Partial<Record<OptionName | 'lang', unknown>>)[name];
    if (type === 'boolean' && typeof value === 'boolean') params.set(attribute, value ? '' : 'false');
    else if (type !== 'boolean' && (typeof value === 'string' || typeof value === 'number') && value !== '') params.set(attribute, String(value));
  }
  if (options.selectedIds?.length) params.set('selected-ids', options.selectedIds.join(','));
}
