// The demo host: a tiny CMS editor that opens <dam-picker> in a dialog and
// inserts what the editor picks. Only public API is used here.
import '../src/index.js';
import { figureFor } from './figure.js';

const dialog = document.querySelector<HTMLDialogElement>('#picker-dialog')!;
const picker = document.querySelector('dam-picker')!;
const inserted = document.querySelector<HTMLElement>('#inserted')!;
const json = document.querySelector<HTMLElement>('#json')!;
const multiple = document.querySelector<HTMLInputElement>('#multiple')!;

// Both DAMs run in the emulator: Brandworkz on :4010, a Bynder portal on :4011.
const dams = {
  brandworkz: { provider: 'brandworkz', site: 'demo.brandworkz.com', 'discovery-url': 'http://127.0.0.1:4010' },
  bynder: { provider: 'bynder', site: 'http://127.0.0.1:4011', 'discovery-url': '' },
} as const;
document.querySelector<HTMLSelectElement>('#dam')!.addEventListener('change', (event) => {
  const dam = dams[(event.target as HTMLSelectElement).value as keyof typeof dams];
  for (const [name, value] of Object.entries(dam)) picker.setAttribute(name, value);
  picker.selectedIds = [];
});

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
