// The adapters whose code has run, by provider name. An adapter registers itself when its module is evaluated:
// when the loader fetched it beside the core (or the host preloaded it), the first picker builds its provider
// at once, instead of through an import() that resolves only in a later task (a frame of the shell drawn before
// the DAM is even asked). createProvider() (index.ts) fills it as well.
import type { DamProvider, ProviderName } from '../types.js';
import type { ProviderConfig } from './index.js';

export type ProviderClass = new (config: ProviderConfig) => DamProvider;

export const loadedProviders = new Map<ProviderName, ProviderClass>();
