// The public properties of <dam-picker> (its attributes, in camelCase), apart from its behaviour: the
// configuration an integrator sets. DamPicker extends this class; the analyzer lists them as its own.
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { TokenStorage } from '../../api/auth.js';
import type { ProviderName } from '../../api/types.js';
import type { SelectionMode } from './selection.js';

export class DamPickerProperties extends LitElement {
  /** Which DAM API to speak: `brandworkz` or `bynder`. */
  @property({ reflect: true }) provider: ProviderName | '' = '';
  /** Brandworkz: the site passed as `clientURL` to /getAPIURL. Bynder: the portal origin. */
  @property() site = '';
  /** Brandworkz only: where /getAPIURL lives. */
  @property({ attribute: 'discovery-url' }) discoveryUrl = '';
  /** The OAuth client (consumer) id. */
  @property({ attribute: 'client-id' }) clientId = '';
  /** The OAuth redirect URI; default: this page's URL without query and hash. */
  @property({ attribute: 'redirect-uri' }) redirectUri = '';
  /** Send code exchange and refresh here instead of the DAM's token endpoint. */
  @property({ attribute: 'token-url' }) tokenUrl = '';
  /** Where tokens are kept: `session` (default), `memory`, or `local` (opt-in). */
  @property({ attribute: 'token-storage' }) tokenStorage: TokenStorage = 'session';
  /**
   * When the browser blocks the sign-in popup, sign in with a full-page redirect instead (the page must
   * then be the redirect URI). Never inside a frame. Default off: the picker says the window was blocked.
   */
  @property({ attribute: 'sign-in-redirect', type: Boolean }) signInRedirect = false;
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
  /** Metadata facets: comma list of `field` or `field:Label` (DAM index field names). Empty: the provider's default. */
  @property({ attribute: 'facet-fields' }) facetFields = '';
  /** Show the upload dropzone: files go into the folder being browsed. */
  @property({ type: Boolean, reflect: true }) upload = false;
  /** Largest file accepted for upload, in bytes (0: no limit). */
  @property({ attribute: 'max-file-size', type: Number }) maxFileSize = 0;
  /** Hits per request (default 50). */
  @property({ attribute: 'page-size', type: Number }) pageSize = 50;
  /** Ids to preselect. */
  @property({ attribute: false }) selectedIds: string[] = [];
  /** The host supplies access tokens itself; no sign-in UI then. */
  @property({ attribute: false }) tokenProvider: (() => Promise<string>) | undefined;
  /** `light` or `dark` forces a colour scheme; empty (default): follow `prefers-color-scheme`. */
  @property({ reflect: true }) theme: 'light' | 'dark' | '' = '';
  /** `compact` tightens spacing, controls and thumbnails; empty (default): comfortable. */
  @property({ reflect: true }) density: 'compact' | '' = '';
}
