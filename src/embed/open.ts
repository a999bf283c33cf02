// DamPicker.open(): the picker in a modal dialog on the current page, as a promise.
import type { DamAsset } from '../api/types.js';
import { DAM_CANCEL, DAM_SELECT } from '../components/dam-picker/dam-picker.events.js';
import { defineLazy } from '../internal/lazy-elements.js';
import { applyOptions, type PickerOptions } from './options.js';

/**
 * Opens the picker in a modal dialog. Resolves with the picked assets, or `[]` when the user cancels
 * (Escape, the close button, or the picker's Cancel). The dialog is removed afterwards and focus returns
 * to the element that had it.
 */
export async function open(options: PickerOptions): Promise<DamAsset[]> {
  // The dialog is a chunk of its own.
  await defineLazy('dam-picker-dialog');
  const dialog = document.createElement('dam-picker-dialog');
  const picker = document.createElement('dam-picker');
  applyOptions(picker, options);
  dialog.append(picker);
  // The dialog's own chrome follows the picker's forced scheme.
  if (options.theme) dialog.style.setProperty('--dam-color-scheme', options.theme);
  const result = new Promise<DamAsset[]>((resolve) => {
    dialog.addEventListener(DAM_SELECT, (event) => resolve(event.detail.assets), { once: true });
    dialog.addEventListener(DAM_CANCEL, () => resolve([]), { once: true });
    // Closed some other way (the host called close()): nothing was picked.
    dialog.addEventListener('close', () => resolve([]), { once: true });
  });
  document.body.append(dialog);
  await dialog.show();
  try {
    return await result;
  } finally {
    dialog.close();
    dialog.remove();
  }
}
