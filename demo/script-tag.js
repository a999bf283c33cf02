// The script-tag host: no build step, no modules — only window.DamPicker from dam-picker.iife.js.
/* global DamPicker */
const insert = document.querySelector('#insert');
const inserted = document.querySelector('#inserted');
const json = document.querySelector('#json');
const multiple = document.querySelector('#multiple');
// The emulator's origin, from the page (npm start chooses the ports).
const { emulator } = document.querySelector('meta[name="dam-demo"]').dataset;

const options = () => ({
  provider: 'brandworkz',
  site: 'demo.brandworkz.com',
  discoveryUrl: emulator,
  clientId: 'dam-picker-demo',
  selection: multiple.checked ? 'multiple' : 'single',
  maxItems: 10,
});

// On the way to a click: the picker's code, the adapter and the DAM's address, so that the picker opens at once.
for (const type of ['pointerenter', 'focus']) insert.addEventListener(type, () => void DamPicker.preload(options()), { once: true });

insert.addEventListener('click', async () => {
  const assets = await DamPicker.open(options());
  json.textContent = JSON.stringify(assets, null, 2);
  for (const asset of assets) {
    const figure = document.createElement('figure');
    // The full-size file when it is an image (url, mimeType), else the thumbnail as a preview.
    const isImage = asset.mimeType ? asset.mimeType.startsWith('image/') : asset.type === 'image';
    const source = (isImage && asset.url) || asset.thumbnailUrl;
    if (source) {
      const image = document.createElement('img');
      image.src = source;
      image.alt = asset.title;
      figure.append(image);
    }
    const caption = document.createElement('figcaption');
    caption.textContent = asset.title;
    figure.append(caption);
    inserted.append(figure);
  }
});
