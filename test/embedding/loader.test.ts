// The script tag is a loader (dist/dam-picker.iife.js): a page that includes it fetches nothing else until a
// picker is needed — one scrolls into view, a dialog holding one opens, the host calls open() or preload() —
// and then the chunks from dist/cdn/ beside the script. Properties set and listeners added before the code
// arrives work; two copies on a page work; a sign-in popup returning to a page with only the loader completes.
// What was fetched is read from the page's Resource Timing entries.
import { expect, waitUntil } from '@open-wc/testing';
import type * as DamPickerModule from '../../src/index.js';
import type { DamPicker } from '../../src/components/dam-picker/dam-picker.js';

type LoaderApi = typeof DamPickerModule;
type BuiltWindow = Window & typeof globalThis & { DamPicker: LoaderApi; cspViolations: string[] };

const SIGN_IN_WINDOW_NAME = 'dam-picker-signin';

type Provider = 'brandworkz' | 'bynder';

/** The emulator of a DAM (Brandworkz, or Bynder whose portal it is) and a token from it. */
async function dam(provider: Provider = 'brandworkz'): Promise<{ emulator: string; token: string }> {
  const config = (await (await fetch('/__e2e-config.json')).json()) as { embedEmulatorOrigin: string; bynderOrigin: string };
  const emulator = provider === 'bynder' ? config.bynderOrigin : config.embedEmulatorOrigin;
  const { access_token: token } = (await (await fetch(`${emulator}/__emulator/tokens`, { method: 'POST', body: '{}' })).json()) as { access_token: string };
  return { emulator, token };
}

async function framed(src: string): Promise<{ frame: HTMLIFrameElement; win: BuiltWindow }> {
  const frame = document.createElement('iframe');
  frame.width = '1000';
  frame.height = '700';
  frame.src = src;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return { frame, win: frame.contentWindow as BuiltWindow };
}

/** The paths (with origin when not this page's) of everything the page fetched so far. */
function fetched(win: Window): string[] {
  return win.performance.getEntriesByType('resource').map((entry) => {
    const url = new URL(entry.name);
    return url.origin === location.origin ? url.pathname : url.origin + url.pathname;
  });
}
const chunks = (win: Window): string[] => fetched(win).filter((path) => path.includes('/dist/cdn/'));

/** Lets the page lay out, observe intersections and start any fetch it would start. */
const settle = (win: Window): Promise<void> => new Promise((resolve) => win.setTimeout(resolve, 400));

/** A `<dam-picker>` of the page's document, configured with attributes and, before its code is there, properties. */
function pickerIn(win: BuiltWindow, emulator: string, token: string, provider: Provider = 'brandworkz'): DamPicker {
  const picker = win.document.createElement('dam-picker');
  picker.setAttribute('provider', provider);
  if (provider === 'bynder') picker.setAttribute('site', emulator);
  else {
    picker.setAttribute('site', 'demo.brandworkz.com');
    picker.setAttribute('discovery-url', emulator);
  }
  // Set while the element is not upgraded yet: an own property, which Lit takes over when the class arrives.
  picker.tokenProvider = async () => token;
  return picker;
}

const results = (picker: DamPicker) => waitUntil(() => (picker.grid?.assets.length ?? 0) > 0, 'results', { timeout: 15_000 });

describe('the script tag loader (dist/dam-picker.iife.js)', function () {
  this.timeout(30_000);

  it('fetches only the loader until a picker scrolls into view; properties and listeners set before the code work', async () => {
    const { emulator, token } = await dam();
    const { frame, win } = await framed('/test/embedding/loader.html');
    const spacer = win.document.createElement('div');
    spacer.style.height = '3000px';
    const picker = pickerIn(win, emulator, token);
    const heard: string[] = [];
    picker.addEventListener('dam-cancel', () => heard.push('dam-cancel'));
    win.document.body.append(spacer, picker);
    await settle(win);
    expect(fetched(win)).to.include('/dist/dam-picker.iife.js');
    expect(chunks(win), 'a picker below the fold costs nothing').to.deep.equal([]);
    expect(win.customElements.get('dam-picker')).to.equal(undefined);

    picker.scrollIntoView();
    await waitUntil(() => win.customElements.get('dam-picker'), 'the picker defined once visible', { timeout: 10_000 });
    await results(picker);
    expect(picker.tokenProvider, 'the property set before the upgrade').to.be.a('function');
    const loaded = chunks(win);
    expect(loaded).to.include.members(['/dist/cdn/dam-picker.js', '/dist/cdn/brandworkz.js']);
    expect(
      loaded.some((path) => /\/(?:bynder|dialog)\.js$|\/upload-|oidc-client-ts/.test(path)),
      loaded.join(', '),
    ).to.equal(false);

    picker.shadowRoot!.querySelector<HTMLButtonElement>('[part="cancel-button"]')!.click();
    expect(heard, 'the listener added before the upgrade').to.deep.equal(['dam-cancel']);
    expect(win.cspViolations).to.deep.equal([]);
    frame.remove();
  });

  it('fetches the sidebar (folder tree, facets) and the grid’s virtualizer only after the first results have arrived', async () => {
    const { emulator, token } = await dam();
    const { frame, win } = await framed('/test/embedding/loader.html');
    try {
      const picker = pickerIn(win, emulator, token);
      win.document.body.append(picker);
      await waitUntil(() => win.customElements.get('dam-picker'), 'the picker defined', { timeout: 10_000 });
      await results(picker);
      // The first screen of tiles is a plain grid; the virtualizer takes over when its code arrives.
      const listbox = () => picker.grid!.shadowRoot!.querySelector('[part~="listbox"]')!;
      const firstTiles = picker.grid!.shadowRoot!.querySelectorAll('[role="option"]').length;
      await waitUntil(() => !listbox().classList.contains('first-screen'), 'the virtualizer took over', { timeout: 10_000 });
      await picker.grid!.updateComplete;
      expect(picker.grid!.shadowRoot!.querySelectorAll('[role="option"]').length, 'tiles drawn by the virtualizer').to.be.at.least(firstTiles);
      const entries = () => win.performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      // One chunk: the tree, the facets and the virtualizer (the grid's, and the flow layout of the tree's list).
      const sidebar = () => entries().filter((entry) => /\/dist\/cdn\/sidebar-[^/]+\.js$/.test(entry.name));
      await waitUntil(() => sidebar().length === 1, 'the sidebar chunk', { timeout: 10_000 });
      await waitUntil(() => win.customElements.get('dam-folder-tree') && win.customElements.get('dam-facet-list'), 'the sidebar elements', { timeout: 10_000 });
      const search = entries().find((entry) => entry.name.includes('/simpleSearch') && !/assetType=[^&]*Folder/.test(entry.name));
      expect(search, 'the first result search').to.not.equal(undefined);
      for (const entry of sidebar()) expect(entry.startTime, `${entry.name} after the results`).to.be.at.least(search!.responseEnd);
    } finally {
      frame.remove();
    }
  });

  it('a Bynder picker without upload fetches its adapter, not the upload chunk', async () => {
    const { emulator, token } = await dam('bynder');
    const { frame, win } = await framed('/test/embedding/loader.html');
    try {
      const picker = pickerIn(win, emulator, token, 'bynder');
      win.document.body.append(picker);
      await waitUntil(() => win.customElements.get('dam-picker'), 'the picker defined', { timeout: 10_000 });
      await results(picker);
      const loaded = chunks(win);
      expect(loaded).to.include('/dist/cdn/bynder.js');
      // Bynder's errors and schemas are shared with its upload protocol: they must not bring the upload code.
      expect(
        loaded.filter((path) => /\/brandworkz\.js$|\/upload-|\/dam-picker-dialog-/.test(path)),
        loaded.join(', '),
      ).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('loads nothing for a picker in a closed <dialog> until the dialog opens', async () => {
    const { emulator, token } = await dam();
    const { frame, win } = await framed('/test/embedding/loader.html');
    const dialog = win.document.createElement('dialog');
    const picker = pickerIn(win, emulator, token);
    dialog.append(picker);
    win.document.body.append(dialog);
    await settle(win);
    expect(chunks(win), 'the dialog is closed').to.deep.equal([]);

    dialog.showModal();
    await waitUntil(() => win.customElements.get('dam-picker'), 'the picker defined once the dialog shows it', { timeout: 10_000 });
    await results(picker);
    expect(chunks(win)).to.include('/dist/cdn/dam-picker.js');
    frame.remove();
  });

  it('a <dam-picker-dialog> in the markup loads only the dialog until it is shown', async () => {
    const { emulator, token } = await dam();
    const { frame, win } = await framed('/test/embedding/loader.html');
    const box = win.document.createElement('dam-picker-dialog') as HTMLElement & { show(): Promise<void> };
    const picker = pickerIn(win, emulator, token);
    box.append(picker);
    win.document.body.append(box);
    await waitUntil(() => win.customElements.get('dam-picker-dialog'), 'the dialog defined', { timeout: 10_000 });
    await settle(win);
    expect(chunks(win)).to.include('/dist/cdn/dialog.js');
    expect(chunks(win), 'the picker inside the closed dialog').not.to.include('/dist/cdn/dam-picker.js');
    expect(win.customElements.get('dam-picker')).to.equal(undefined);

    await box.show();
    await waitUntil(() => win.customElements.get('dam-picker'), 'the picker defined once the dialog is shown', { timeout: 10_000 });
    await results(picker);
    frame.remove();
  });

  it('preload() fetches the code, registers the elements and puts the classes on window.DamPicker', async () => {
    const { frame, win } = await framed('/test/embedding/loader.html');
    await settle(win);
    expect(chunks(win)).to.deep.equal([]);
    expect(win.DamPicker.DamPicker).to.equal(undefined);
    await win.DamPicker.preload();
    expect(chunks(win)).to.include('/dist/cdn/dam-picker.js');
    expect(win.customElements.get('dam-picker')).to.be.a('function');
    expect(win.DamPicker.DamPicker).to.equal(win.customElements.get('dam-picker'));
    // No picker, no provider: the adapters stay where they are.
    expect(chunks(win).some((path) => /\/(?:brandworkz|bynder)\.js$/.test(path))).to.equal(false);
    frame.remove();
  });

  it("fetches the entry's chunks together with the entry, not once the entry has arrived", async () => {
    // A page whose cdn/dam-picker.js the test server holds back for 400 ms (web-test-runner.config.mjs).
    const { frame, win } = await framed('/__slow-entry/page.html');
    try {
      await win.DamPicker.preload();
      const preloaded = win.performance.now();
      const entries = win.performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      const entry = entries.find((item) => item.name.endsWith('/__slow-entry/dist/cdn/dam-picker.js'));
      // The entry is the core; its static import is the chunk it shares with the dialog and the providers (Lit).
      const imported = entries.filter((item) => /\/__slow-entry\/dist\/cdn\/[a-z-]+-[\w-]{8}\.js$/.test(item.name));
      expect(entry, 'the entry').to.not.equal(undefined);
      expect(imported.map((item) => /\/([a-z-]+)-[\w-]{8}\.js$/.exec(item.name)![1])).to.deep.equal(['base']);
      // Every fetch of the page's scripts, for the message should this fail.
      const fetches = entries
        .filter((item) => item.name.includes('/__slow-entry/dist/'))
        .map((item) => `${item.name.split('/').pop()} ${item.initiatorType} ${Math.round(item.startTime)}→${Math.round(item.responseEnd)}`)
        .join(', ');
      const timeline = `${fetches}; preload() resolved at ${Math.round(preloaded)}`;
      // Found in the entry, they would be requested only after its last byte had arrived, which the server holds
      // back 400 ms after the entry's request. Measured from that request, not from the entry's responseEnd: Firefox
      // sometimes reports every script's responseEnd equal to its startTime (seen as 30→30, 52→52, 53→53 while
      // preload() resolved at 536 ms).
      for (const item of imported)
        expect(item.startTime, `${item.name} requested while the entry was on its way (${timeline})`).to.be.below(entry!.startTime + 200);
    } finally {
      frame.remove();
    }
  });

  it('with its code and adapter already loaded, a picker asks the DAM in the task that mounts it, before its first frame', async () => {
    const { emulator, token } = await dam();
    const { frame, win } = await framed('/test/embedding/loader.html');
    try {
      // What a host does on hover of its "Insert image" button: the code, and the adapter it will need.
      await win.DamPicker.preload();
      const adapter = win.document.createElement('script');
      adapter.type = 'module';
      adapter.src = '/dist/cdn/brandworkz.js';
      await new Promise((resolve, reject) => {
        adapter.addEventListener('load', resolve);
        adapter.addEventListener('error', reject);
        win.document.head.append(adapter);
      });
      const picker = pickerIn(win, emulator, token);
      win.document.body.append(picker);
      const nextTask = await new Promise<number>((resolve) => win.setTimeout(() => resolve(win.performance.now()), 0));
      const discovery = () => (win.performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find((entry) => entry.name.includes('/getAPIURL'));
      await waitUntil(() => discovery(), 'the discovery request', { timeout: 10_000 });
      expect(discovery()!.startTime, 'the discovery request, before the next task').to.be.below(nextTask);
      await results(picker);
    } finally {
      frame.remove();
    }
  });

  it("preload() with a picker's options also finds the DAM: a picker mounted afterwards asks it for its data only", async () => {
    const { emulator, token } = await dam();
    const { frame, win } = await framed('/test/embedding/loader.html');
    try {
      await win.DamPicker.preload({ provider: 'brandworkz', site: 'demo.brandworkz.com', discoveryUrl: emulator });
      const discoveries = () => fetched(win).filter((path) => path.endsWith('/getAPIURL'));
      expect(
        chunks(win).some((path) => path.endsWith('/cdn/brandworkz.js')),
        'the adapter',
      ).to.equal(true);
      expect(discoveries(), "the DAM's address").to.have.length(1);
      const picker = pickerIn(win, emulator, token);
      win.document.body.append(picker);
      await results(picker);
      expect(discoveries(), 'no discovery of its own').to.have.length(1);
    } finally {
      frame.remove();
    }
  });

  it('works with two copies of the script on the page', async () => {
    const { emulator, token } = await dam();
    const { frame, win } = await framed('/test/embedding/loader-twice.html');
    const errors: string[] = [];
    // Every error but the benign ResizeObserver loop notice (see test/support/benign-errors.ts), which WebKit reports
    // when the virtualiser lays out the first page while the modal's scrollbar appears.
    win.addEventListener('error', (event) => event.message.includes('ResizeObserver loop') || errors.push(event.message));
    win.addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));
    expect(fetched(win).filter((path) => path === '/dist/dam-picker.iife.js')).to.have.length(2);
    const first = win.DamPicker;
    const result = win.DamPicker.open({ provider: 'brandworkz', site: 'demo.brandworkz.com', discoveryUrl: emulator, tokenProvider: async () => token });
    const picker = () => win.document.querySelector<DamPicker>('dam-picker-dialog dam-picker');
    await waitUntil(() => picker(), 'the modal', { timeout: 10_000 });
    await results(picker()!);
    expect(win.DamPicker, 'the first copy stays in charge').to.equal(first);
    picker()!.shadowRoot!.querySelector<HTMLButtonElement>('[part="cancel-button"]')!.click();
    expect(await result).to.deep.equal([]);
    expect(errors).to.deep.equal([]);
    expect(win.cspViolations).to.deep.equal([]);
    frame.remove();
  });

  it('loads its chunks from its own folder on another origin (a CDN, with CORS)', async () => {
    const { emulator, token } = await dam();
    const { frame, win } = await framed('/test/embedding/loader-cdn.html');
    const cdn = `http://127.0.0.1:${location.port}`;
    const script = win.document.createElement('script');
    script.src = `${cdn}/dist/dam-picker.iife.js`;
    const ran = new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
    win.document.head.append(script);
    await ran;
    const result = win.DamPicker.open({ provider: 'brandworkz', site: 'demo.brandworkz.com', discoveryUrl: emulator, tokenProvider: async () => token });
    const picker = () => win.document.querySelector<DamPicker>('dam-picker-dialog dam-picker');
    await waitUntil(() => picker(), 'the modal', { timeout: 10_000 });
    await results(picker()!);
    expect(chunks(win)).to.include.members([`${cdn}/dist/cdn/dam-picker.js`, `${cdn}/dist/cdn/brandworkz.js`]);
    picker()!.shadowRoot!.querySelector<HTMLButtonElement>('[part="cancel-button"]')!.click();
    expect(await result).to.deep.equal([]);
    expect(win.cspViolations).to.deep.equal([]);
    frame.remove();
  });

  it('completes a sign-in popup that returns to a page with only the loader, without loading the picker', async () => {
    const answer = new Promise<MessageEvent>((resolve) => {
      const onMessage = (event: MessageEvent): void => {
        if ((event.data as { source?: unknown } | null)?.source !== SIGN_IN_WINDOW_NAME) return;
        window.removeEventListener('message', onMessage);
        resolve(event);
      };
      window.addEventListener('message', onMessage);
    });
    const popup = window.open('/test/embedding/loader.html?code=the-code&state=popup-state', SIGN_IN_WINDOW_NAME, 'width=400,height=400')!;
    try {
      const event = await answer;
      expect(event.source).to.equal(popup);
      expect(new URL((event.data as { url: string }).url).searchParams.get('state')).to.equal('popup-state');
      await waitUntil(() => popup.document.readyState === 'complete', 'the popup loaded');
      expect(popup.location.search, 'the answer left the address').to.equal('');
      expect(chunks(popup), 'only the loader').to.deep.equal([]);
    } finally {
      popup.close();
    }
  });

  it('loads the picker at once when a redirect sign-in this tab issued comes back, and takes the answer out of the address', async () => {
    // The tab's stored sign-in request (oidc-client-ts's state, keyed by the state id): this tab issued it.
    sessionStorage.setItem('dam-picker.redirect-state', JSON.stringify({ id: 'redirect-state' }));
    try {
      const { frame, win } = await framed('/test/embedding/loader.html?code=the-code&state=redirect-state');
      expect(win.location.search).to.equal('');
      await waitUntil(() => chunks(win).includes('/dist/cdn/dam-picker.js'), 'the picker code', { timeout: 10_000 });
      frame.remove();
    } finally {
      sessionStorage.removeItem('dam-picker.redirect-state');
    }
  });

  it("leaves a host page's own ?code=&state= alone and loads nothing for it", async () => {
    const { frame, win } = await framed('/test/embedding/loader.html?code=host-code&state=host-state');
    await settle(win);
    expect(win.location.search).to.equal('?code=host-code&state=host-state');
    expect(chunks(win)).to.deep.equal([]);
    frame.remove();
  });
});
