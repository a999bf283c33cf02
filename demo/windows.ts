// The popup / iframe host: the picker page lives on another origin; only openWindow() is used here.
import { openWindow } from '../src/index.js';
import { figureFor } from './figure.js';

// The origins, from the page (npm start chooses the ports).
const { dist } = document.querySelector<HTMLMetaElement>('meta[name="dam-demo"]')!.dataset;
const PICKER_PAGE = `${dist}/picker.html`;
const slot = document.querySelector<HTMLElement>('#frame-slot')!;
const inserted = document.querySelector<HTMLElement>('#inserted')!;
const json = document.querySelector<HTMLElement>('#json')!;

async function pick(mode: 'popup' | 'iframe'): Promise<void> {
  const assets = await openWindow({
    url: PICKER_PAGE,
    mode,
    container: slot,
    // Which DAM, which client and who may receive picks are picker.html's own configuration (its deployer's
    // picker.config.json, here written by scripts/serve-dist.mjs); the URL carries UI options only.
    selection: 'multiple',
    maxItems: 10,
    onError: (error) => console.warn('dam-picker:error', error),
  });
  json.textContent = JSON.stringify(assets, null, 2);
  for (const asset of assets) inserted.append(figureFor(asset));
}

document.querySelector('#popup')!.addEventListener('click', () => void pick('popup'));
document.querySelector('#iframe')!.addEventListener('click', () => void pick('iframe'));
