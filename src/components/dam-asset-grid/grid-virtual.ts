// The virtualizer and its grid layout: a chunk of its own, loaded once the first screen of tiles is drawn
// (until then <dam-asset-grid> draws that screen as a plain CSS grid), so that its code is not on the way to
// the first results. The folder tree, loaded at the same time, uses the same virtualizer. The thumbnail gate
// comes with it: the first screen is drawn before any scroll.
export { virtualize } from '@lit-labs/virtualizer/virtualize.js';
export { grid } from '@lit-labs/virtualizer/layouts/grid.js';
export { ThumbnailGate } from './thumbnail-gate.js';
