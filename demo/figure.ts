// How the demo hosts insert a picked asset into the article: an image and a caption, built as DOM
// (the title is DAM text, so it is set as text, never as HTML). The image's alt text is the editor's for this
// use (`alt`, `""` for a decorative image) when the picker asked for it, and its crop keeps the DAM's focus point.
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
    image.alt = asset.alt ?? asset.title;
    // Through the CSSOM, which a strict Content-Security-Policy allows (a style attribute it would not).
    if (asset.focalPoint) image.style.objectPosition = `${asset.focalPoint.x * 100}% ${asset.focalPoint.y * 100}%`;
    figure.append(image);
  }
  const caption = document.createElement('figcaption');
  caption.textContent = `${asset.title} (${asset.fileType ?? asset.type})`;
  figure.append(caption);
  return figure;
}
