// DamPicker.open() for the package entry: its code (the modal, the options' transport) is a chunk of its own,
// fetched on the first call; an inline picker does not need it. (openWindow() stays in the core: it creates its
// iframe or popup at once, inside the click that asked for it.)
import type { DamAsset } from '../api/types.js';
import type { PickerOptions } from './options.js';
import { preload } from './preload.js';

/**
 * Opens the picker in a modal dialog. Resolves with the picked assets, or `[]` when the user cancels
 * (Escape, the close button, or the picker's Cancel). The dialog is removed afterwards and focus returns
 * to the element that had it.
 */
export async function open(options: PickerOptions): Promise<DamAsset[]> {
  // The DAM's address is asked for now, while the modal's code is on its way (a round trip), not once the picker
  // in it connects: its first request is then its search.
  void preload(options);
  return (await import('./open.js')).open(options);
}
