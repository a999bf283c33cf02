// What a part of the picker needs to read the DAM itself (the folder tree loads its levels on demand):
// the DAM adapter, the query cache and the scope that keys it. <dam-picker> passes it down as a
// property, as it passes every part its data.
import type { DamQueryClient } from '../api/query.js';
import type { DamProvider } from '../api/types.js';

export interface DamSource {
  provider: DamProvider;
  queryClient: DamQueryClient;
  /** Identifies the DAM and account in query keys (`queryKeys.*(scope, …)`). */
  scope: string;
}
