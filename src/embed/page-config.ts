// The stand-alone picker page's trusted configuration: written by whoever deploys picker.html, on the
// page's own origin (a JSON block in the page, or picker.config.json beside it), never taken from the URL.
// It decides which DAM and client the page signs in to, where tokens go, and which host origins may
// receive picks. The query string only carries UI options, which may narrow what the deployer set, never widen it.
import * as v from 'valibot';
import type { OptionInfo } from '../components/dam-picker/dam-picker.properties.js';
import { parseOrigin } from './protocol.js';
import { trustedOptions, uiOptions, type PickerOptions, type TrustedOptions, type UiOptions } from './options.js';

/** The id of the `<script type="application/json">` block in a deployed picker.html. */
const CONFIG_ELEMENT_ID = 'dam-picker-config';
/** The file beside picker.html read when the page has no configuration block. */
const CONFIG_FILE = 'picker.config.json';

export interface PageConfig extends TrustedOptions, Omit<UiOptions, 'selectedIds'> {
  /** Exact origins (`https://cms.example.com`) allowed to open or frame the page and receive its messages. */
  allowedOrigins: string[];
}

/** A configuration that is missing or malformed: the page does not start. `message` is for the deployer. */
export class PageConfigError extends Error {
  override name = 'PageConfigError';
}

const httpUrl = v.pipe(
  v.string(),
  v.check((value) => {
    try {
      const { protocol } = new URL(value);
      return protocol === 'https:' || protocol === 'http:';
    } catch {
      return false;
    }
  }, 'must be an absolute http(s) URL'),
);
const positiveInteger = v.pipe(v.number(), v.integer(), v.minValue(1));
const origin = v.pipe(
  v.string(),
  v.check((value) => parseOrigin(value) === value, 'must be an exact http(s) origin, like https://cms.example.com'),
);

/** Values of UI options with a fixed set; other UI options are checked by their type. */
const UI_VALUES: Record<string, v.GenericSchema> = {
  selection: v.picklist(['single', 'multiple']),
  theme: v.picklist(['light', 'dark']),
  density: v.picklist(['compact']),
  altText: v.picklist(['off', 'optional', 'required']),
};

/** The configuration's schema: the trusted options and the allowlist, and every UI option of the picker's table. */
function pageConfigSchema() {
  const ui: Record<string, v.GenericSchema> = {};
  for (const { name, type } of uiOptions()) {
    ui[name] = v.optional(UI_VALUES[name] ?? (type === 'number' ? positiveInteger : type === 'boolean' ? v.boolean() : v.string()));
  }
  return v.strictObject({
    provider: v.picklist(['brandworkz', 'bynder']),
    site: v.pipe(v.string(), v.nonEmpty()),
    clientId: v.pipe(v.string(), v.nonEmpty()),
    discoveryUrl: v.optional(httpUrl),
    redirectUri: v.optional(httpUrl),
    tokenUrl: v.optional(httpUrl),
    scope: v.optional(v.pipe(v.string(), v.regex(/^[\x21-\x7e]+(?: [\x21-\x7e]+)*$/, 'must be space-separated scope names'))),
    tokenStorage: v.optional(v.picklist(['session', 'memory', 'local'])),
    allowedOrigins: v.pipe(v.array(origin), v.minLength(1, 'must list at least one host origin')),
    ...ui,
  });
}

/** Checks a parsed configuration; throws a PageConfigError naming every problem. */
export function parsePageConfig(value: unknown): PageConfig {
  const result = v.safeParse(pageConfigSchema(), value);
  if (result.success) return result.output;
  const problems = result.issues.map((issue) => `${v.getDotPath(issue) ?? '(root)'}: ${issue.message}`);
  throw new PageConfigError(`dam-picker: the picker page's configuration is not valid — ${problems.join('; ')}`);
}

/**
 * Reads the deployer's configuration: the page's `<script type="application/json" id="dam-picker-config">`
 * block when present, else `picker.config.json` beside the page (same origin only).
 */
export async function loadPageConfig(doc: Document = document): Promise<PageConfig> {
  const block = doc.getElementById(CONFIG_ELEMENT_ID);
  if (block) {
    if (block.localName !== 'script' || (block as HTMLScriptElement).type !== 'application/json') {
      throw new PageConfigError(`dam-picker: #${CONFIG_ELEMENT_ID} must be a <script type="application/json"> element`);
    }
    return parsePageConfig(parseJson(block.textContent ?? '', `the #${CONFIG_ELEMENT_ID} block`));
  }
  const url = new URL(CONFIG_FILE, doc.baseURI);
  if (url.origin !== doc.location.origin) throw new PageConfigError(`dam-picker: ${CONFIG_FILE} must be on the picker page's own origin`);
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'same-origin', cache: 'no-cache', redirect: 'error' });
  } catch (error) {
    throw new PageConfigError(`dam-picker: could not load ${url.href} (${String(error)})`);
  }
  if (!response.ok) throw new PageConfigError(`dam-picker: could not load ${url.href} (HTTP ${response.status})`);
  return parsePageConfig(parseJson(await response.text(), url.href));
}

function parseJson(text: string, where: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new PageConfigError(`dam-picker: ${where} is not JSON (${(error as Error).message})`);
  }
}

/** Parameters the page's own machinery uses (the host origin; a sign-in answer): not options. */
const PAGE_PARAMETERS = new Set(['origin', 'selected-ids', 'code', 'state', 'error', 'error_description', 'session_state', 'iss']);

export interface PageOptionsResult {
  options: PickerOptions;
  /** Query parameters that were not applied (trusted ones, or ones that would widen the configuration), with why. */
  ignored: string[];
}

const list = (value: string): string[] =>
  value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

/** The integer in `value` when it is a positive one, else undefined. */
function positive(value: string): number | undefined {
  const number = Number(value);
  return Number.isInteger(number) && number > 0 ? number : undefined;
}

/**
 * The picker's options: the deployer's configuration, with the UI options of the query applied where they
 * narrow it (a smaller `max-items` or `max-file-size`, a subset of `asset-types`/`file-types`, `single`
 * for `multiple`, upload off) or where the deployer left them open. Trusted options in the query are ignored.
 */
export function pageOptions(config: PageConfig, params: URLSearchParams): PageOptionsResult {
  const { allowedOrigins: _allowed, ...configured } = config;
  const options: PickerOptions = { ...configured };
  const ignored: string[] = [];
  const trusted = new Set(trustedOptions().map((option) => option.attribute));
  const ui = new Map(uiOptions().map((option) => [option.attribute, option]));
  for (const [name, value] of params) {
    if (PAGE_PARAMETERS.has(name)) continue;
    if (trusted.has(name)) {
      ignored.push(`${name} (set by the page's deployer, never by its URL)`);
      continue;
    }
    const option = ui.get(name);
    if (!option) continue;
    const ruled = applyUiParameter(options, config, name, value);
    const refusal = ruled === null ? applyPlainParameter(options, option, value) : ruled;
    if (refusal) ignored.push(`${name}=${value} (${refusal})`);
  }
  const selected = params.get('selected-ids');
  if (selected) options.selectedIds = list(selected);
  return { options, ignored };
}

/** Applies one UI parameter that has a narrowing rule; returns why it was not applied, undefined, or null when it has no rule. */
function applyUiParameter(options: PickerOptions, config: PageConfig, name: string, value: string): string | undefined | null {
  switch (name) {
    case 'selection':
      if (value !== 'single' && value !== 'multiple') return 'not single or multiple';
      if (value === 'multiple' && config.selection === 'single') return 'the deployer allows single selection only';
      options.selection = value;
      return undefined;
    case 'max-items':
    case 'max-file-size': {
      const number = positive(value);
      if (number === undefined) return 'not a positive integer';
      const key = name === 'max-items' ? 'maxItems' : 'maxFileSize';
      options[key] = Math.min(number, config[key] ?? Infinity);
      return undefined;
    }
    case 'asset-types':
    case 'file-types': {
      const key = name === 'asset-types' ? 'assetTypes' : 'fileTypes';
      const allowed = config[key] ? list(config[key]).map((item) => item.toLowerCase()) : undefined;
      const asked = list(value).filter((item) => !allowed || allowed.includes(item.toLowerCase()));
      if (asked.length === 0) return allowed ? `none of them within the deployer's ${config[key]}` : 'empty';
      options[key] = asked.join(',');
      return undefined;
    }
    case 'root-folder':
      if (config.rootFolder) return "the deployer's root folder stays";
      options.rootFolder = value;
      return undefined;
    case 'upload':
      if (value === 'false') {
        options.upload = false;
        return undefined;
      }
      if (config.upload !== true) return 'the deployer has not allowed uploads';
      options.upload = true;
      return undefined;
    case 'theme':
      if (value !== 'light' && value !== 'dark') return 'not light or dark';
      options.theme = value;
      return undefined;
    case 'density':
      if (value !== 'compact') return 'not compact';
      options.density = value;
      return undefined;
    default:
      return null;
  }
}

/** A UI option without a narrowing rule: taken as its type says (numbers positive, booleans present or `false`). */
function applyPlainParameter(options: PickerOptions, option: OptionInfo, value: string): string | undefined {
  const target = options as unknown as Record<string, unknown>;
  if (option.type === 'number') {
    const number = positive(value);
    if (number === undefined) return 'not a positive integer';
    target[option.name] = number;
  } else if (option.type === 'boolean') target[option.name] = value !== 'false';
  else target[option.name] = value;
  return undefined;
}
