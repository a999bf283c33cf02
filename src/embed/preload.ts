// DamPicker.preload(options): a host about to show a picker (the pointer is over its "Insert image" button)
// has the DAM's adapter loaded and the DAM's address found now, so that the picker's first request is its
// search. Brandworkz finds a site's API through /getAPIURL, a round trip on the way to the first results; its
// answer is kept for the page (a failed one is not), and every picker of that site starts from it. open(options)
// calls it too, so that the discovery overlaps the modal's code on its way.
import { createProvider } from '../api/providers/index.js';
import type { PickerOptions } from './options.js';

/** What `preload()` reads of a picker's options (pass the same object as to `open()`; the rest is ignored). */
export type PreloadOptions = Pick<PickerOptions, 'provider' | 'site' | 'discoveryUrl'>;

/**
 * Gets ready for a picker of this DAM: its adapter's code, and where its API is. Resolves when both are there.
 * Without options, or without `provider` and `site`, there is nothing to do (the script tag's `preload()`
 * still loads the picker's code). A DAM that cannot be reached now is only warned about: the picker asks
 * again when it opens, and says what fails.
 */
export async function preload(options?: PreloadOptions): Promise<void> {
  if (!options?.provider || !options.site) return;
  try {
    // As the picker reads them (sessionConfig): an empty discoveryUrl is unset, so both ask the same address.
    const provider = await createProvider({ provider: options.provider, site: options.site, discoveryUrl: options.discoveryUrl || undefined });
    await provider.connect();
  } catch (error) {
    console.warn('[dam-picker] could not reach the DAM before the picker opened:', error);
  }
}
