// A React 19 host: <dam-picker> in JSX. React 19 sets known properties (clientId, selectedIds) as
// properties and wires `ondam-select` to the `dam-select` event; the types below come from the
// package's HTMLElementTagNameMap / HTMLElementEventMap entries.
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import '../src/index.js';
import type { DamAsset } from '../src/index.js';
import { DemoNav } from './demo-nav.js';

type DamPickerElement = HTMLElementTagNameMap['dam-picker'];
type PickerProps = Partial<
  Pick<DamPickerElement, 'provider' | 'site' | 'discoveryUrl' | 'clientId' | 'selection' | 'maxItems' | 'selectedIds' | 'tokenProvider'>
>;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'dam-picker': PickerProps & {
        ref?: React.Ref<DamPickerElement>;
        'ondam-select'?: (event: HTMLElementEventMap['dam-select']) => void;
        'ondam-cancel'?: (event: HTMLElementEventMap['dam-cancel']) => void;
        'ondam-error'?: (event: HTMLElementEventMap['dam-error']) => void;
      };
    }
  }
}

const { emulator } = document.querySelector<HTMLMetaElement>('meta[name="dam-demo"]')!.dataset;

function App() {
  const [assets, setAssets] = useState<DamAsset[]>([]);
  const [open, setOpen] = useState(true);
  return (
    <>
      <DemoNav current="react" />
      <main className="cms">
        <article className="editor">
          <h1>React 19 host</h1>
          <div className="actions">
            <button type="button" onClick={() => setOpen(!open)}>
              {open ? 'Hide picker' : 'Show picker'}
            </button>
          </div>
          {open && (
            <dam-picker
              provider="brandworkz"
              site="demo.brandworkz.com"
              discoveryUrl={emulator}
              clientId="dam-picker-demo"
              selection="multiple"
              maxItems={10}
              selectedIds={assets.map((asset) => asset.id)}
              ondam-select={(event) => setAssets(event.detail.assets)}
              ondam-cancel={() => setOpen(false)}
              ondam-error={(event) => console.warn('dam-error', event.detail.code, event.detail.message)}
            />
          )}
        </article>
        <aside className="json">
          <h2>Picked in React state</h2>
          <ul>
            {assets.map((asset) => (
              <li key={asset.id}>{asset.title}</li>
            ))}
          </ul>
        </aside>
      </main>
    </>
  );
}

createRoot(document.querySelector('#root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
