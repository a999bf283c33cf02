// How the demo hosts insert a picked asset into the article: an image and a caption, built as DOM
// (the title is DAM text, so it is set as text, never as HTML).
import type { DamAsset } from '../src/index.js';

/** What an article publishes: the full-size file (`url`) when it is an image, else the thumbnail as a preview. */
function publishedImage(asset: DamAsset): string | undefined {
  const image = asset.mimeType ? asset.mimeType.startsWith('image/') : asset.type === 'image';
  return (image && asset.url) || asset.thumbnailUrl;
}

export function figureFor(asset: DamAsset): HTMLElement {
  const figure = document.createElement('figure');
  const source = publishedImage(asset);
  if (source) {
    const image = document.createElement('img');
    image.src = source;
    image.alt = asset.title;
    figure.append(image);
  }
  const caption = document.createElement('figcaption');
  caption.textContent = `${asset.title} (${asset.fileType ?? asset.type})`;
  figure.append(caption);
  return figure;
}
