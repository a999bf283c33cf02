// Chooses the adapter for a `provider` attribute value.
import { DamError } from '../errors.js';
import type { RetryPolicy } from '../backoff.js';
import type { DamProvider, ProviderName, TokenSource } from '../types.js';
import { BRANDWORKZ_LABEL, BrandworkzProvider } from './brandworkz/brandworkz-provider.js';
import { BYNDER_LABEL, BynderProvider } from './bynder/bynder-provider.js';

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

export function createProvider(config: ProviderConfig): DamProvider {
  switch (config.provider) {
    case 'brandworkz':
      return new BrandworkzProvider(config);
    case 'bynder':
      return new BynderProvider(config);
    default:
      throw new DamError('invalid-config', `Unknown provider "${config.provider}". Use one of: ${PROVIDERS.join(', ')}.`);
  }
}
