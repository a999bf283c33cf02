// A host page for the sign-in tests that need a page of their own (a frame, a redirect return): its
// pickers point at the emulator the test runner started for host pages, with the page as redirect URI.
//   ?block-popups          a popup blocker: window.open returns null
//   ?sign-in-redirect      the pickers opt in to the full-page redirect
//   ?record-navigation     the redirect is recorded in window.navigations instead of taking place
//   ?redirect=callback     the pickers' redirect URI is dist/callback.html instead of this page
//   ?pickers=a,b           which pickers (client ids below), mounted in order, each once the one before
//                          has settled; window.stateKeysBefore[name] lists the sign-in states stored then
import '../../src/index.js';
import { signInNavigation } from '../../src/browser/sign-in-window.js';
import type { DamPicker } from '../../src/components/dam-picker/dam-picker.js';

const CLIENTS: Record<string, string> = { a: 'dam-picker-relay', b: 'dam-picker-demo' };

// The DAM sends the page back to its redirect URI without this query: it is kept for the return.
if (location.search) sessionStorage.setItem('auth-host.query', location.search);
const params = new URLSearchParams(location.search || (sessionStorage.getItem('auth-host.query') ?? ''));
const page = window as unknown as { navigations: string[]; stateKeysBefore: Record<string, string[]>; ready: boolean };
page.navigations = [];
page.stateKeysBefore = {};
if (params.has('block-popups')) window.open = () => null;
if (params.has('record-navigation')) signInNavigation.assign = (url) => void page.navigations.push(url);

/** Sign-in requests stored in this tab (oidc-client-ts's state store), not sessions. */
const stateKeys = (): string[] => Object.keys(sessionStorage).filter((key) => key.startsWith('dam-picker.') && !key.startsWith('dam-picker.user:'));

const settled = (picker: DamPicker): Promise<void> =>
  new Promise((resolve) => {
    const check = (): void => {
      if (picker.shadowRoot?.querySelector('.sign-in button:not([disabled]), dam-asset-grid')) resolve();
      else setTimeout(check, 50);
    };
    check();
  });

const { hostEmulatorOrigin } = (await (await fetch('/__e2e-config.json')).json()) as { hostEmulatorOrigin: string };
for (const name of (params.get('pickers') ?? 'b').split(',')) {
  page.stateKeysBefore[name] = stateKeys();
  const picker = document.createElement('dam-picker');
  picker.id = name;
  picker.setAttribute('provider', 'brandworkz');
  picker.setAttribute('site', 'demo.brandworkz.com');
  picker.setAttribute('discovery-url', hostEmulatorOrigin);
  picker.setAttribute('client-id', CLIENTS[name] ?? name);
  picker.setAttribute(
    'redirect-uri',
    params.get('redirect') === 'callback' ? `${location.origin}/dist/callback.html` : `${location.origin}${location.pathname}`,
  );
  picker.toggleAttribute('sign-in-redirect', params.has('sign-in-redirect'));
  picker.style.cssText = 'display: block; width: 700px; --dam-picker-height: 360px';
  document.body.append(picker);
  await settled(picker);
}
page.ready = true;
