// The script tag, dist/dam-picker.iife.js: the loader (src/loader/loader.ts), built as a classic script of a
// few KB. A second copy on the page leaves the first in charge.
import { startLoader, type WindowApi } from './loader/loader.js';

declare global {
  interface Window {
    DamPicker: WindowApi;
  }
}

window.DamPicker ??= startLoader((document.currentScript as HTMLScriptElement | null)?.src);
