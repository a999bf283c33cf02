// What <dam-picker> shares with the elements inside it through @lit/context: the DAM
// adapter, the query cache and the scope that keys it. Child elements also accept it as a
// property, so they work (and are tested) outside a picker.
import { createContext } from '@lit/context';
import type { QueryClient } from '@tanstack/query-core';
import type { DamProvider } from '../../api/types.js';

export interface DamContextValue {
  provider: DamProvider;
  queryClient: QueryClient;
  /** Identifies the DAM and account in query keys (`queryKeys.*(scope, …)`). */
  scope: string;
}

export const damContext = createContext<DamContextValue | undefined>(Symbol('dam-picker'));
