// The demo host: a tiny CMS editor that opens <dam-picker> in a dialog and
// inserts what the editor picks. Only public API is used here.
import '../src/index.js';
import type { DamAsset } from '../src/index.js';

const dialog = document.querySelector<HTMLDialogElement>('#picker-dialog')!;
const picker = document.querySelector('dam-picker')!;
const inserted = document.querySelector<HTMLElement>('#inserted')!;
const json = document.querySelector<HTMLElement>('#json')!;
const multiple = document.querySelector<HTMLInputElement>('#multiple')!;

document.querySelector('#insert')!.addEventListener('click', () => {
  picker.selection = multiple.checked ? 'multiple' : 'single';
  dialog.showModal();
});

picker.addEventListener('dam-select', (event) => {
  dialog.close();
  for (const asset of event.detail.assets) inserted.append(figureFor(asset));
  json.textContent = JSON.stringify(event.detail, null, 2);
  picker.selectedIds = [];
});
picker.addEventListener('dam-cancel', () => dialog.close());
picker.addEventListener('dam-error', (event) => console.warn('dam-error', event.detail));

function figureFor(asset: DamAsset): HTMLElement {
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
