// DamPicker.openWindow(): the host side of the postMessage protocol. Messages count only from the
// picker page's origin AND from the window the helper opened; forged ones are ignored. The page here
// is a scripted stand-in served from another origin (the test server's 127.0.0.1 twin of localhost).
import { expect, waitUntil } from '@open-wc/testing';
import { openWindow } from '../../src/index.js';
import type { DamAsset } from '../../src/index.js';

const hostOrigin = location.origin;
const otherOrigin = `http://127.0.0.1:${location.port}`;
const fakePage = `${otherOrigin}/test/embedding/fake-picker.html`;

const asset = (id: string): DamAsset => ({ id, provider: 'brandworkz', title: id, type: 'image', source: {} });
const select = (id: string) => ({ type: 'dam-picker:select', version: 1, assets: [asset(id)] });

/** Resolves with the next message that `accept` likes, as this page (after the helper) receives it. */
function nextMessage(accept: (event: MessageEvent) => boolean): Promise<MessageEvent> {
  return new Promise((resolve) => {
    const listener = (event: MessageEvent) => {
      if (!accept(event)) return;
      window.removeEventListener('message', listener);
      resolve(event);
    };
    window.addEventListener('message', listener);
  });
}

const isReady = (source: () => Window | null | undefined) => (event: MessageEvent) =>
  event.data?.type === 'dam-picker:ready' && event.source !== null && event.source === source();

describe('DamPicker.openWindow (host helper)', function () {
  this.timeout(15_000);
  let container: HTMLElement;

  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
  });
  afterEach(() => container.remove());

  const openedFrame = () => container.querySelector('iframe')?.contentWindow;

  it('passes the UI options and the host origin as query parameters (never sign-in settings), and resolves [] on cancel', async () => {
    const ready = nextMessage(isReady(openedFrame));
    // Sign-in settings belong to the picker page's deployer: even when a script passes them, they stay out of the URL.
    const signInSettings = { provider: 'brandworkz', site: 'acme.brandworkz.com', clientId: 'abc', tokenUrl: 'https://relay.example/token' };
    const result = openWindow({
      url: fakePage,
      mode: 'iframe',
      container,
      ...signInSettings,
      selection: 'multiple',
      maxItems: 5,
      upload: true,
      selectedIds: ['a', 'b'],
    });
    const query = new URLSearchParams((await ready).data.query as string);
    expect(Object.fromEntries(query)).to.deep.equal({
      selection: 'multiple',
      'max-items': '5',
      upload: '',
      'selected-ids': 'a,b',
      origin: hostOrigin,
    });
    openedFrame()!.postMessage({ command: 'post', message: { type: 'dam-picker:cancel', version: 1 }, targetOrigin: hostOrigin }, otherOrigin);
    expect(await result).to.deep.equal([]);
    expect(container.querySelector('iframe'), 'the iframe is removed').to.equal(null);
  });

  it('ignores messages from a window it did not open, even from the picker origin', async () => {
    const ready = nextMessage(isReady(openedFrame));
    const result = openWindow({ url: fakePage, mode: 'iframe', container });
    await ready;
    // A second page on the picker's origin, not opened by the helper, forges a selection.
    const intruder = document.createElement('iframe');
    intruder.src = `${fakePage}?origin=${encodeURIComponent(hostOrigin)}`;
    const intruderReady = nextMessage(isReady(() => intruder.contentWindow));
    document.body.append(intruder);
    await intruderReady;
    const forged = nextMessage((event) => event.source === intruder.contentWindow && event.data?.type === 'dam-picker:select');
    intruder.contentWindow!.postMessage({ command: 'post', message: select('forged-by-another-window'), targetOrigin: '*' }, otherOrigin);
    await forged;
    // This page itself (the host's origin) forges one, and a cancel.
    const own = nextMessage((event) => event.source === window && event.data?.type === 'dam-picker:cancel');
    window.postMessage(select('forged-by-the-host-page'), '*');
    window.postMessage({ type: 'dam-picker:cancel', version: 1 }, '*');
    await own;
    intruder.remove();
    // The page the helper opened answers; only its selection counts.
    openedFrame()!.postMessage({ command: 'post', message: select('genuine'), targetOrigin: hostOrigin }, otherOrigin);
    expect((await result).map((picked) => picked.id)).to.deep.equal(['genuine']);
  });

  it('ignores messages from the opened window once it shows another origin', async () => {
    const ready = nextMessage(isReady(openedFrame));
    const result = openWindow({ url: fakePage, mode: 'iframe', container });
    await ready;
    // The frame the helper opened navigates to a page of another origin (this host's), which forges a selection.
    const elsewhere = `${hostOrigin}/test/embedding/fake-picker.html?origin=${encodeURIComponent(hostOrigin)}`;
    const foreignReady = nextMessage((event) => isReady(openedFrame)(event) && event.origin === hostOrigin);
    openedFrame()!.postMessage({ command: 'navigate', url: elsewhere }, otherOrigin);
    await foreignReady;
    const forged = nextMessage((event) => event.source === openedFrame() && event.data?.type === 'dam-picker:select');
    openedFrame()!.postMessage({ command: 'post', message: select('forged-by-a-foreign-origin'), targetOrigin: hostOrigin }, hostOrigin);
    await forged;
    // Back on the picker's origin, a malformed message and a wrong version are ignored; then a real select counts.
    const backReady = nextMessage((event) => isReady(openedFrame)(event) && event.origin === otherOrigin);
    openedFrame()!.postMessage({ command: 'navigate', url: `${fakePage}?origin=${encodeURIComponent(hostOrigin)}` }, hostOrigin);
    await backReady;
    for (const message of [{ type: 'dam-picker:select', version: 2, assets: [] }, { type: 'dam-picker:select', version: 1 }, 'dam-picker:cancel']) {
      const seen = nextMessage((event) => event.source === openedFrame() && event.data !== null && JSON.stringify(event.data) === JSON.stringify(message));
      openedFrame()!.postMessage({ command: 'post', message, targetOrigin: hostOrigin }, otherOrigin);
      await seen;
    }
    openedFrame()!.postMessage({ command: 'post', message: select('genuine'), targetOrigin: hostOrigin }, otherOrigin);
    expect((await result).map((picked) => picked.id)).to.deep.equal(['genuine']);
  });

  it('opens a popup, resolves on select and closes it; resolves [] when the user closes the popup', async () => {
    let popup: Window | null = null;
    const realOpen = window.open;
    window.open = (...args: Parameters<typeof window.open>) => (popup = realOpen.apply(window, args));
    try {
      const ready = nextMessage(isReady(() => popup));
      const picked = openWindow({ url: fakePage, mode: 'popup' });
      await ready;
      const firstPopup = popup!;
      firstPopup.postMessage({ command: 'post', message: select('from-popup'), targetOrigin: hostOrigin }, otherOrigin);
      expect((await picked).map((picked) => picked.id)).to.deep.equal(['from-popup']);
      expect(firstPopup.closed, 'the helper closed the popup').to.equal(true);

      const readyAgain = nextMessage(isReady(() => popup));
      const closed = openWindow({ url: fakePage, mode: 'popup' });
      await readyAgain;
      popup!.postMessage({ command: 'close' }, otherOrigin);
      expect(await closed).to.deep.equal([]);
    } finally {
      window.open = realOpen;
    }
  });

  it('refuses an origin that is not an http(s) origin', async () => {
    let error: unknown;
    await openWindow({ url: fakePage, origin: 'javascript:alert(1)', mode: 'iframe', container }).catch((caught: unknown) => (error = caught));
    expect(error).to.be.instanceOf(TypeError);
    await waitUntil(() => container.childElementCount === 0, 'nothing was opened');
  });
});
