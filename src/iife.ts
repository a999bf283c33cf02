// The one-file CDN build: everything inside, elements registered, and the
// public API on window.DamPicker.
import * as DamPicker from './index.js';

declare global {
  interface Window {
    DamPicker: typeof DamPicker;
  }
}

window.DamPicker = DamPicker;
