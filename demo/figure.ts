// How the demo hosts insert a picked asset into the article: an image and a caption, built as DOM
// (the title is DAM text, so it is set as text, never as HTML).
import type { DamAsset } from '../src/index.js';

export function figureFor(asset: DamAsset): HTMLElement {
  const figure = document.createElement('figure');
  if (asset.thumbnailUrl) {
    const image = document.createElement('img');
    image.src = asset.thumbnailUrl;
    image.alt = asset.title;
    figure.append(image);
  }
  const caption = document.createElement('figcaption');
  caption.textContent = `${asset.title} (${asset.fileType ?? asset.type})`;
  figure.append(caption);
  return figure;
}
