// The upload engine is a chunk of its own (only pickers that upload need it): this loads it.
import type { UploadEngine } from './upload-engine.js';

/** Loads the upload engine's code and returns its class: `new (await loadUploadEngine())(uploader)`. */
export async function loadUploadEngine(): Promise<typeof UploadEngine> {
  return (await import('./upload-engine.js')).UploadEngine;
}
