// The words for an asset's rights status ("Expired", "View only", …): the tile badge, the details panel
// and the picker's announcements use the same words. `undefined` for an active (or unknown) status.
import { msg } from '@lit/localize';
import type { AssetStatus } from '../../api/types.js';

export function statusLabel(status: AssetStatus | undefined): string | undefined {
  switch (status) {
    case 'expired':
      return msg('Expired');
    case 'not-yet-valid':
      return msg('Not yet valid');
    case 'view-only':
      return msg('View only');
    case 'archived':
      return msg('Archived');
    default:
      return undefined;
  }
}
