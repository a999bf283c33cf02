// Event names and detail types of <dam-folder-tree>: internal coordination events (bubbling, not
// composed) consumed by <dam-picker>, which owns the current folder.
import type { DamFolder } from '../../api/types.js';

export interface FolderSelectDetail {
  folder: DamFolder;
  /** From the tree's root down to `folder`, both included. */
  path: DamFolder[];
}

export type FolderSelectEvent = CustomEvent<FolderSelectDetail>;

/** The id of the "Recently used" row (`recents`): `selectedId` set to it shows that row chosen. */
export const RECENTS_ID = 'dam-picker:recently-used';
