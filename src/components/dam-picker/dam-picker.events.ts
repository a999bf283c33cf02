// The picker's public events: names, detail types and the global event map, so TypeScript hosts get
// typed `addEventListener('dam-select', …)`. They live with every other event in src/internal/events.ts.
export {
  DAM_CANCEL,
  DAM_ERROR,
  DAM_SELECT,
  type DamCancelDetail,
  type DamErrorDetail,
  type DamSelectDetail,
  type DamUploadDetail,
} from '../../internal/events.js';
