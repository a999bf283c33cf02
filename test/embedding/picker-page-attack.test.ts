// The stand-alone picker page (dist/picker.html) tried as an attacker would: a page on another origin frames
// the real picker.html with its own token URL, discovery URL, client and `origin`, hoping to receive the
// sign-in's code exchange, the tokens or the picks. The page takes all of that from its deployer's
// configuration (here /dist/picker.config.json, served by the test server with this page's origin as the
// only allowed host), never from its URL: nothing reaches the attacker, and the page says why it refused.
import { expect, waitUntil } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import '../support/benign-errors.js';
import type { DamPicker } from '../../src/components/dam-picker/dam-picker.js';

const hostOrigin = location.origin; // the allowed host (http://localhost:PORT)
const attackerOrigin = `http://127.0.0.1:${location.port}`; // the same server under another origin
const pickerPage = `${hostOrigin}/dist/picker.html`;
/** Everything the attacker would like the page to use: its relay, its discovery URL, its client, local storage. */
const attackParams = {
  'token-url': `${attackerOrigin}/__attacker/token`,
  'discovery-url': `${attackerOrigin}/__attacker/discovery`,
  'client-id': 'attacker-client',
  'redirect-uri': `${attackerOrigin}/__attacker/callback`,
  'token-storage': 'local',
  site: 'attacker.example',
  provider: 'bynder',
};
const pageUrl = (params: Record<string, string>) => `${pickerPage}?${new URLSearchParams(params).toString()}`;

const attackerLog = async (): Promise<string[]> => (await (await fetch(`${attackerOrigin}/__attacker/log`)).json()) as string[];

/** The attacker's page, on the attacker's origin, in a frame of this test page. */
async function attackerPage(container: HTMLElement): Promise<Window> {
  const frame = document.createElement('iframe');
  frame.src = `${attackerOrigin}/test/embedding/attacker.html`;
  frame.style.cssText = 'width: 950px; height: 650px';
  const ready = new Promise<void>((resolve) =>
    window.addEventListener('message', function onReady(event) {
      if (event.source !== frame.contentWindow || !event.data?.attackerReady) return;
      window.removeEventListener('message', onReady);
      resolve();
    }),
  );
  container.append(frame);
  await ready;
  return frame.contentWindow!;
}

/** The messages the attacker's page received. */
function attackerReceived(attacker: Window): Promise<Array<{ origin: string; data: unknown }>> {
  return new Promise((resolve) => {
    window.addEventListener('message', function onAnswer(event) {
      if (event.source !== attacker || !event.data?.attackerReceived) return;
      window.removeEventListener('message', onAnswer);
      resolve(event.data.attackerReceived);
    });
    attacker.postMessage({ command: 'received' }, attackerOrigin);
  });
}

/** The picker page inside the attacker's frame: same origin as this test page, so the test can read it. */
const framedPage = (attacker: Window): Document | undefined => {
  try {
    return attacker.frames[0]?.document;
  } catch {
    return undefined;
  }
};

describe('dist/picker.html against an attacker', function () {
  this.timeout(40_000);
  let container: HTMLElement;

  beforeEach(() => {
    sessionStorage.clear();
    localStorage.clear();
    container = document.createElement('div');
    document.body.append(container);
  });
  afterEach(() => container.remove());

  it('framed by another origin with its own token URL and origin: refuses, saying why, and sends nothing anywhere', async () => {
    const before = await attackerLog();
    const attacker = await attackerPage(container);
    attacker.postMessage({ command: 'frame', url: pageUrl({ ...attackParams, origin: attackerOrigin }) }, attackerOrigin);
    await waitUntil(() => framedPage(attacker)?.querySelector('[role="alert"]'), 'the page refuses', { timeout: 15_000 });
    const page = framedPage(attacker)!;
    expect(page.querySelector('[role="alert"]')!.textContent).to.contain(`127.0.0.1:${location.port}`);
    expect(page.querySelector('dam-picker'), 'no picker, so no sign-in').to.equal(null);
    expect(await attackerReceived(attacker)).to.deep.equal([]);
    expect(await attackerLog()).to.deep.equal(before);
  });

  it('framed by another origin that claims to be the allowed host: posts nothing the attacker receives', async () => {
    const before = await attackerLog();
    const attacker = await attackerPage(container);
    attacker.postMessage({ command: 'frame', url: pageUrl({ ...attackParams, origin: hostOrigin }) }, attackerOrigin);
    if ('ancestorOrigins' in location) {
      // Chromium and WebKit tell the page who frames it: it refuses, naming the real parent.
      await waitUntil(() => framedPage(attacker)?.querySelector('[role="alert"]'), 'the page refuses', { timeout: 15_000 });
      expect(framedPage(attacker)!.querySelector('[role="alert"]')!.textContent).to.contain(`127.0.0.1:${location.port}`);
      expect(framedPage(attacker)!.querySelector('dam-picker')).to.equal(null);
    } else {
      // Elsewhere the page starts, and its messages are addressed to the allowed host only: the browser drops them.
      await waitUntil(() => framedPage(attacker)?.querySelector('dam-picker'), 'the page starts', { timeout: 15_000 });
    }
    expect(await attackerReceived(attacker)).to.deep.equal([]);
    expect(await attackerLog()).to.deep.equal(before);
  });

  it('opened in a popup by another origin that claims to be the allowed host: its messages never reach the attacker', async () => {
    const before = await attackerLog();
    const attacker = await attackerPage(container);
    const opened = new Promise<void>((resolve) =>
      window.addEventListener('message', function onOpened(event) {
        if (event.source !== attacker || !event.data?.attackerOpened) return;
        window.removeEventListener('message', onOpened);
        resolve();
      }),
    );
    attacker.postMessage({ command: 'open', url: pageUrl({ ...attackParams, origin: hostOrigin }) }, attackerOrigin);
    await opened;
    // The popup is on this page's origin: the test finds it by the name the attacker gave it.
    const popup = window.open('', 'dam-picker-attack-popup')!;
    try {
      // Nothing tells a popup who opened it, so the page starts; it says `ready` addressed to the allowed host only.
      await waitUntil(
        () => {
          try {
            return popup.document.querySelector('dam-picker'); // about:blank, the attacker's, until the page loads
          } catch {
            return false;
          }
        },
        'the page starts',
        { timeout: 15_000 },
      );
      expect(popup.document.querySelector('dam-picker')!.getAttribute('client-id')).to.equal('dam-picker-demo');
      expect(popup.document.querySelector('.dam-picker-page-host')!.textContent, 'the editor sees where picks go').to.contain(`localhost:${location.port}`);
      expect(await attackerReceived(attacker)).to.deep.equal([]);
    } finally {
      popup.close();
    }
    expect(await attackerLog()).to.deep.equal(before);
  });

  it('in an allowed host, a URL with the attacker settings signs in for real, with the deployer settings only', async () => {
    const before = await attackerLog();
    const received: unknown[] = [];
    const listener = (event: MessageEvent) => {
      if (event.origin === hostOrigin && String(event.data?.type).startsWith('dam-picker:')) received.push(event.data);
    };
    window.addEventListener('message', listener);
    try {
      const frame = document.createElement('iframe');
      frame.src = pageUrl({ ...attackParams, origin: hostOrigin, selection: 'multiple', 'max-items': '2' });
      frame.style.cssText = 'width: 950px; height: 650px';
      container.append(frame);
      const picker = () => frame.contentDocument?.querySelector<DamPicker>('dam-picker');
      await waitUntil(() => picker()?.shadowRoot?.querySelector('.sign-in button'), 'the signed-out picker', { timeout: 15_000 }).catch((e) => {
        throw new Error(String(e) + (picker()?.shadowRoot?.textContent ?? 'no picker') + frame.contentDocument?.body.textContent);
      });
      // The deployer's client and DAM, not the URL's; the URL's UI options apply.
      expect(picker()!.getAttribute('client-id')).to.equal('dam-picker-demo');
      expect(picker()!.getAttribute('provider')).to.equal('brandworkz');
      expect(picker()!.hasAttribute('token-url')).to.equal(false);
      expect(picker()!.getAttribute('token-storage')).to.equal('session');
      expect(picker()!.getAttribute('selection')).to.equal('multiple');
      expect(picker()!.getAttribute('max-items')).to.equal('2');
      expect(frame.contentDocument!.querySelector('.dam-picker-page-host')!.textContent).to.contain(`localhost:${location.port}`);
      // A real sign-in on the emulator (a real click: a user gesture), through the deployer's token endpoint.
      const button = picker()!.shadowRoot!.querySelector('.sign-in button')!.getBoundingClientRect();
      const offset = frame.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(offset.x + button.x + button.width / 2), Math.round(offset.y + button.y + button.height / 2)] });
      await waitUntil(() => (picker()?.grid?.assets.length ?? 0) >= 1, 'signed in, results shown', { timeout: 20_000 });
      const [first] = picker()!.grid!.assets;
      picker()!.selectedIds = [first!.id];
      await picker()!.updateComplete;
      await picker()!.confirm();
      await waitUntil(() => received.some((message) => (message as { type: string }).type === 'dam-picker:select'), 'the allowed host receives the pick');
      expect(await attackerLog(), 'no request reached the attacker').to.deep.equal(before);
      expect(
        Object.keys(localStorage).filter((key) => key.startsWith('dam-picker') && !key.startsWith('dam-picker.recents:')),
        'no token in localStorage (only "Recently used" ids)',
      ).to.deep.equal([]);
    } finally {
      window.removeEventListener('message', listener);
    }
  });
});
