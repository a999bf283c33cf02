// Helpers for tests of the details panel and the alt text fields of a whole <dam-picker>.
import { waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { DamPicker } from '../../src/components/dam-picker/dam-picker.js';
import { typeText } from './engine.js';
import type { DamAssetDetails } from '../../src/components/dam-asset-details/dam-asset-details.js';

export function detailsPanel(picker: DamPicker): DamAssetDetails | null {
  return picker.shadowRoot!.querySelector('dam-asset-details');
}

/** A part inside the details panel. */
export function inPanel(picker: DamPicker, name: string): HTMLElement | null {
  return detailsPanel(picker)?.shadowRoot?.querySelector<HTMLElement>(`[part~="${name}"]`) ?? null;
}

export function headingText(picker: DamPicker): string {
  return inPanel(picker, 'details-heading')?.textContent?.trim() ?? '';
}

/** Opens the details of the asset at `index` from the keyboard (the `i` key on its tile). */
export async function openByKey(picker: DamPicker, index: number): Promise<void> {
  await picker.grid!.focusAsset(index);
  await sendKeys({ press: 'i' });
  const title = picker.grid!.assets[index]!.title.trim();
  try {
    await waitUntil(() => headingText(picker) === title, '', { timeout: 5000 });
  } catch {
    throw new Error(`The details of "${title}" did not open (the panel's heading: "${headingText(picker)}").`);
  }
}

/** Whether the tile at `index` is wholly inside the grid's viewport. */
export function tileInView(picker: DamPicker, index: number): boolean {
  const listbox = picker.grid!.shadowRoot!.querySelector<HTMLElement>('[role="listbox"]')!.getBoundingClientRect();
  const tile = picker.grid!.tileAt(index)?.getBoundingClientRect();
  return tile !== undefined && tile.top >= listbox.top - 1 && tile.bottom <= listbox.bottom + 1;
}

/** Replaces an input's whole value by typing, as an editor would. */
export async function retype(input: HTMLInputElement, text: string): Promise<void> {
  input.focus();
  input.select();
  await sendKeys({ press: 'Backspace' });
  if (text) await typeText(text);
}
