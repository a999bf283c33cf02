// Event details and shared shapes of <dam-asset-details>: internal coordination events (bubbling, not
// composed) consumed by <dam-picker>, which owns the inspected asset, the selection and the alt text.

/** How the picker asks for alt text: not at all, optionally, or required before Insert. */
export type AltTextMode = 'off' | 'optional' | 'required';

/** The editor's alt text for one selected image: the text, or "decorative" (published as `alt: ""`). */
export interface AltEntry {
  text: string;
  decorative: boolean;
}

/** The panel asks to close (Escape or its close button). */
export type DetailsCloseDetail = Record<string, never>;

/** The panel asks for the previous (`-1`) or next (`1`) asset of the results. */
export interface DetailsStepDetail {
  direction: -1 | 1;
}

/** The editor changed the alt text (or the decorative choice) of a selected image. */
export interface AltChangeDetail extends AltEntry {
  assetId: string;
}
