// The public properties of <dam-picker> (its attributes, in camelCase), apart from its behaviour: the
// configuration an integrator sets, and the one table of options. DamPicker extends this class; the
// analyzer lists them as its own. Adding an option is one `@property` line here (with `@option(…)` when a
// change must start a new session or when it must never come from a URL), plus its use: the attribute,
// the manifest, `DamPicker.open()`'s options, the session's configuration and the picker page's accepted
// query parameters all follow from this class.
import type { LitElement, PropertyDeclaration } from 'lit';
import { DamElement } from '../../internal/dam-element.js';
import { property } from 'lit/decorators.js';
import type { TokenStorage } from '../../browser/session-storage.js';
import type { ProviderName, SortOrder } from '../../api/types.js';
import type { RestrictedAssetsMode } from '../../api/restrictions.js';
import type { SelectionMode } from './selection.js';
import type { AltTextMode } from '../dam-asset-details/dam-asset-details.types.js';

/** `session`: a change starts a new session with the DAM. `trusted`: decides where credentials go, so never read from a URL. */
export type OptionFlag = 'session' | 'trusted';

export interface OptionInfo {
  /** The property (camelCase) name; `lang` is every element's own attribute. */
  name: OptionName | 'lang';
  attribute: string;
  type: 'string' | 'number' | 'boolean';
  session: boolean;
  trusted: boolean;
}

const flags = new Map<string, readonly OptionFlag[]>();

/** Marks an option of the table below: see `OptionFlag`. */
function option(...marks: OptionFlag[]) {
  return (_prototype: object, name: string): void => void flags.set(name, marks);
}

/** The options, by property name: every public property declared here. */
export type OptionName = Exclude<keyof DamPickerProperties, keyof LitElement>;

let table: readonly OptionInfo[] | undefined;
let sessionNames: readonly OptionName[] | undefined;

/** The table of options that are attributes (not `selectedIds` and `tokenProvider`), from the declarations below. Made once. */
export function pickerOptions(): readonly OptionInfo[] {
  table ??= [
    ...[...DamPickerProperties.elementProperties].flatMap(([name, declaration]: [PropertyKey, PropertyDeclaration]) => {
      if (typeof name !== 'string' || declaration.attribute === false || declaration.state) return [];
      const marks = flags.get(name) ?? [];
      const type = declaration.type === Number ? 'number' : declaration.type === Boolean ? 'boolean' : 'string';
      const attribute = typeof declaration.attribute === 'string' ? declaration.attribute : name.toLowerCase();
      return [{ name: name as OptionName, attribute, type, session: marks.includes('session'), trusted: marks.includes('trusted') } as const];
    }),
    { name: 'lang', attribute: 'lang', type: 'string', session: false, trusted: false },
  ];
  return table;
}

/** The options whose change starts a new session (attributes, and the `tokenProvider` property). Read on every update, so made once. */
export function sessionOptions(): readonly OptionName[] {
  sessionNames ??= [...flags].filter(([, marks]) => marks.includes('session')).map(([name]) => name as OptionName);
  return sessionNames;
}

/**
 * The public surface of `<dam-picker>` besides its behaviour: its options (the table below), its parts and
 * its custom properties (documented here; the manifest gives them to `<dam-picker>`).
 *
 * @csspart base - The picker's outer box.
 * @csspart header - The top bar with the DAM's name and the sign-out button.
 * @csspart toolbar - The search box and the result count.
 * @csspart sidebar-toggle - The button that shows and hides the sidebar.
 * @csspart count - The number of results.
 * @csspart sidebar - The folder tree and the filters beside the results (collapsible; a sheet over the whole picker on narrow widths).
 * @csspart sheet-close - The sheet's close button (narrow widths).
 * @csspart sheet-scrim - The shade behind the open sheet; a tap on it closes the sheet (narrow widths).
 * @csspart folder-tree - The `<dam-folder-tree>`; its rows are also exported as `tree-item` and `tree-item-label`.
 * @csspart facet-list - The `<dam-facet-list>`; also exported: `facet-chip`, `facet-clear-all`, `facet-option`, `facet-count`.
 * @csspart browse-bar - The bar above the results: breadcrumb and folder scope.
 * @csspart breadcrumb - The `<dam-breadcrumb>` of the current folder.
 * @csspart scope - The "This folder and below" / "This folder only" choice.
 * @csspart error - The error banner.
 * @csspart confirm-error - The error above the footer when the files of a confirmed selection could not be prepared (with a retry).
 * @csspart sign-in - The signed-out panel.
 * @csspart footer - The bar with the selected count and the buttons.
 * @csspart selection - The list of selected assets in the footer.
 * @csspart selection-item - One selected asset.
 * @csspart selection-remove - The button that removes an asset from the selection.
 * @csspart confirm-button - The button that confirms the selection.
 * @csspart renditions - The rendition chooser in the footer (Bynder images), with `rendition-preset` and `rendition-format` selects.
 * @csspart upload-destination - The brand chooser beside the dropzone (Bynder, several brands).
 * @csspart cancel-button - The button that cancels.
 * @csspart sort - The sort order `<select>` in the toolbar (with its label).
 * @csspart restricted-confirm - The dialog that asks before inserting restricted assets (`restricted-assets="warn"`); inside: `restricted-list`, `restricted-insert`, `restricted-cancel`.
 * @csspart insert-reason - Why Insert is disabled (alt text missing), beside it.
 * @csspart alt-field - An alt text field (selection list and details panel), with `alt-input` and `alt-decorative`.
 * @csspart details - The details panel (`<dam-asset-details>`); its inner parts are exported as `details-*`.
 * @csspart tile-details-button - The "Details" button on a tile (exported from the grid).
 * @cssproperty --dam-details-width - Width of the details panel beside the results (default 360px).
 * @cssproperty --dam-color-scheme - `light dark` (default: follow `prefers-color-scheme`), `light` or `dark`; set by `theme`. Every element inside reads it.
 * @cssproperty --dam-font-family - Font of the whole picker.
 * @cssproperty --dam-font-size - Base font size (default 14px; 13px in `density="compact"`).
 * @cssproperty --dam-color-background - Background colour.
 * @cssproperty --dam-color-text - Text colour.
 * @cssproperty --dam-color-muted - Secondary text colour.
 * @cssproperty --dam-color-border - Border colour.
 * @cssproperty --dam-color-accent - Accent colour (buttons, focus, selection).
 * @cssproperty --dam-color-on-accent - Text on the accent colour.
 * @cssproperty --dam-color-danger - Error colour.
 * @cssproperty --dam-radius - Corner radius.
 * @cssproperty --dam-spacing - Base spacing unit.
 * @cssproperty --dam-picker-height - Height of the picker (default 600px).
 * @cssproperty --dam-sidebar-width - Width of the sidebar (default 260px).
 * @cssproperty --dam-color-focus - Focus ring colour (default: the accent).
 * @cssproperty --dam-color-hover - Background of hovered rows and tiles.
 * @cssproperty --dam-color-selected - Background of selected tiles, the current folder and filter chips.
 * @cssproperty --dam-thumbnail-size - Width of a thumbnail tile (default 160px; 112px in `density="compact"`).
 * @cssproperty --dam-grid-gap - Gap between tiles (default 12px).
 * @cssproperty --dam-touch-target - Least height of what is tapped (default 44px on coarse pointers, none otherwise).
 */
export class DamPickerProperties extends DamElement {
  /** Which DAM API to speak: `brandworkz` or `bynder`. */
  @option('session', 'trusted') @property({ reflect: true }) provider: ProviderName | '' = '';
  /** Brandworkz: the site passed as `clientURL` to /getAPIURL. Bynder: the portal origin. */
  @option('session', 'trusted') @property() site = '';
  /** Brandworkz only: where /getAPIURL lives. */
  @option('session', 'trusted') @property({ attribute: 'discovery-url' }) discoveryUrl = '';
  /** The OAuth client (consumer) id. */
  @option('session', 'trusted') @property({ attribute: 'client-id' }) clientId = '';
  /** The OAuth redirect URI; default: this page's URL without query and hash. */
  @option('session', 'trusted') @property({ attribute: 'redirect-uri' }) redirectUri = '';
  /** Send code exchange and refresh here instead of the DAM's token endpoint. */
  @option('session', 'trusted') @property({ attribute: 'token-url' }) tokenUrl = '';
  /**
   * The OAuth scope the sign-in asks for. Default: Brandworkz `read` (the documented value), `read write`
   * when `upload` is on (uploads and titles need `write`); Bynder its read, write and refresh scopes.
   */
  @option('session', 'trusted') @property() scope = '';
  /** Where tokens are kept: `session` (default), `memory`, or `local` (opt-in). */
  @option('session', 'trusted') @property({ attribute: 'token-storage' }) tokenStorage: TokenStorage = 'session';
  /**
   * When the browser blocks the sign-in popup, sign in with a full-page redirect instead (the page must
   * then be the redirect URI). Never inside a frame. Default off: the picker says the window was blocked.
   */
  @option('session', 'trusted') @property({ attribute: 'sign-in-redirect', type: Boolean }) signInRedirect = false;
  /** `single` (default) or `multiple`. */
  @property({ reflect: true }) selection: SelectionMode = 'single';
  /** Upper bound of the selection in `multiple` mode. */
  @property({ attribute: 'max-items', type: Number }) maxItems: number | undefined;
  /** Comma list of asset types (e.g. `Image,Video`); default: all. */
  @property({ attribute: 'asset-types' }) assetTypes = '';
  /** Comma list of file suffixes (e.g. `png,jpg`). */
  @property({ attribute: 'file-types' }) fileTypes = '';
  /** Restrict browsing and search to this folder or collection id (the tree starts there). */
  @property({ attribute: 'root-folder' }) rootFolder = '';
  /**
   * The order of results at the start: `relevance` (default: the DAM's order without a keyword), `newest`, `oldest`,
   * `title` (A–Z) or `title-desc` (Z–A). The editor changes it with the sort control.
   */
  @property() sort: SortOrder | '' = '';
  /**
   * Assets that are expired, not yet valid, view only or archived: `warn` (default: selectable; Insert asks for
   * confirmation), `block` (not selectable; the reason is announced) or `hide` (left out of the results).
   */
  @property({ attribute: 'restricted-assets' }) restrictedAssets: RestrictedAssetsMode = 'warn';
  /** Metadata facets: comma list of `field` or `field:Label` (DAM index field names). Empty: the provider's default. */
  @option('session') @property({ attribute: 'facet-fields' }) facetFields = '';
  /** Show the upload dropzone: files go into the folder being browsed. */
  @property({ type: Boolean, reflect: true }) upload = false;
  /** Largest file accepted for upload, in bytes (0: no limit). */
  @property({ attribute: 'max-file-size', type: Number }) maxFileSize = 0;
  /** Hits per request (default 50). */
  @option('session') @property({ attribute: 'page-size', type: Number }) pageSize = 50;
  /** Ids to preselect. */
  @property({ attribute: false }) selectedIds: string[] = [];
  /** The host supplies access tokens itself; no sign-in UI then. */
  @option('session', 'trusted') @property({ attribute: false }) tokenProvider: (() => Promise<string>) | undefined;
  /** `light` or `dark` forces a colour scheme; empty (default): follow `prefers-color-scheme`. */
  @property({ reflect: true }) theme: 'light' | 'dark' | '' = '';
  /** `compact` tightens spacing, controls and thumbnails; empty (default): comfortable. */
  @property({ reflect: true }) density: 'compact' | '' = '';
  /** Ask for alt text per selected image: `off` (default), `optional`, or `required` (Insert waits for it or "decorative"). */
  @property({ attribute: 'alt-text' }) altText: AltTextMode = 'off';
  /** Offer "Recently used" (the last 50 assets inserted in this browser, ids only) at the top of the browse tree. Default on; `recents="false"` (or the property `false`) turns it off. */
  @property({ type: Boolean, converter: { fromAttribute: (value: string | null) => value !== null && value !== 'false' } }) recents = true;
}
