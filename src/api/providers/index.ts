// Chooses the adapter for a `provider` attribute value. Each adapter is a chunk of its own, loaded
// when a picker first speaks to that DAM: a Brandworkz page never fetches the Bynder code.
import { DamError } from '../errors.js';
import type { RetryPolicy } from '../backoff.js';
import type { DamProvider, ProviderName, TokenSource } from '../types.js';
import { BRANDWORKZ_LABEL, BYNDER_LABEL } from './labels.js';
import { loadedProviders as loaded, type ProviderClass } from './registry.js';

export interface ProviderConfig {
  provider: string;
  site: string;
  discoveryUrl?: string | undefined;
  pageSize?: number | undefined;
  /** Metadata fields offered as facets (index field name and display name); the provider has a default. */
  facetFields?: ReadonlyArray<{ field: string; label: string }> | undefined;
  tokens?: TokenSource | undefined;
  /** The OAuth scope to ask for; unset: the provider's default. */
  scope?: string | undefined;
  /** Whether uploads are offered (Brandworkz then asks for `read write` by default). */
  uploads?: boolean | undefined;
  retry?: Partial<RetryPolicy>;
}

const PROVIDERS: readonly ProviderName[] = ['brandworkz', 'bynder'];

const LABELS: Record<ProviderName, string> = { brandworkz: BRANDWORKZ_LABEL, bynder: BYNDER_LABEL };

/**
 * The product name for a `provider` attribute value (what `DamProvider.label` says), for headings
 * shown before a provider can be built; `undefined` for an unknown or empty value.
 */
export function providerLabel(name: string): string | undefined {
  return Object.hasOwn(LABELS, name) ? LABELS[name as ProviderName] : undefined;
}

/** Each adapter's chunk; `import()` with a literal path, so that bundlers split it out as well. */
const LOADERS: Record<ProviderName, () => Promise<ProviderClass>> = {
  brandworkz: () => import('./brandworkz/brandworkz-provider.js').then((module) => module.BrandworkzProvider),
  bynder: () => import('./bynder/bynder-provider.js').then((module) => module.BynderProvider),
};

/**
 * Loads the adapter's code (once) and builds it, without waiting for a task when that code has run already (a
 * second picker of the same DAM, or an adapter the loader fetched beside the core: see registry.ts). Rejects
 * with `invalid-config` for an unknown provider.
 */
export async function createProvider(config: ProviderConfig): Promise<DamProvider> {
  if (!Object.hasOwn(LOADERS, config.provider)) {
    throw new DamError('invalid-config', `Unknown provider "${config.provider}". Use one of: ${PROVIDERS.join(', ')}.`);
  }
  const name = config.provider as ProviderName;
  let Provider = loaded.get(name);
  if (!Provider) {
    try {
      Provider = await LOADERS[name]();
    } catch (error) {
      throw new DamError('network', `Could not load the ${LABELS[name]} adapter: ${error instanceof Error ? error.message : String(error)}`);
    }
    loaded.set(name, Provider);
  }
  return new Provider(config);
}
