// A blocked sign-in popup: by default the picker says so (and fires `popup-blocked`) and the page stays
// where it is; the full-page redirect happens only when the integrator opts in (`sign-in-redirect`) and
// the picker is not inside a frame.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import { signInNavigation } from '../../src/browser/sign-in-window.js';
import type { DamPicker } from '../../src/components/dam-picker/dam-picker.js';
import { CALLBACK_PAGE, e2eConfig, signInAlert, signInButton, signedOutPanel } from '../support/sign-in-helpers.js';

const BLOCKED = 'Your browser blocked the sign-in window. Press Sign in again, or allow pop-ups for this site.';

describe('a blocked sign-in popup', function () {
  this.timeout(20_000);
  let origin: string;
  let navigations: string[];
  const originalOpen = window.open;
  const originalAssign = signInNavigation.assign;

  before(async () => {
    ({ hostEmulatorOrigin: origin } = await e2eConfig());
  });
  beforeEach(() => {
    // The test runner reuses a tab across test files, and sessionStorage with it: start signed out.
    sessionStorage.clear();
    navigations = [];
    window.open = () => null; // the browser's popup blocker
    // Recorded instead of taken: a navigation would end the test page.
    signInNavigation.assign = (url) => void navigations.push(url);
  });
  afterEach(() => {
    window.open = originalOpen;
    signInNavigation.assign = originalAssign;
  });

  const mount = (redirect: boolean): Promise<DamPicker> =>
    fixture<DamPicker>(html`<dam-picker provider="brandworkz" site="demo.brandworkz.com"
    discovery-url=${origin} client-id="dam-picker-demo" redirect-uri=${CALLBACK_PAGE} ?sign-in-redirect=${redirect}></dam-picker>`);

  it('says the window was blocked, fires popup-blocked, and keeps the page and the button', async () => {
    const picker = await mount(false);
    await signedOutPanel(picker);
    const address = location.href;
    const failed = oneEvent(picker, 'dam-error');
    signInButton(picker)!.click();
    const { detail } = await failed;
    expect(detail.code).to.equal('popup-blocked');
    await waitUntil(() => signInAlert(picker) === BLOCKED, 'the sentence in the sign-in panel');
    expect(signInButton(picker)!.disabled, 'the button is there to try again').to.equal(false);
    expect(navigations, 'no redirect').to.deep.equal([]);
    expect(location.href).to.equal(address);
    await expect(picker).to.be.accessible();
  });

  it('redirects the page to the DAM when the integrator opts in, outside a frame', async () => {
    const picker = await mount(true);
    await signedOutPanel(picker);
    let error: Event | undefined;
    picker.addEventListener('dam-error', (event) => (error = event));
    signInButton(picker)!.click();
    await waitUntil(() => navigations.length === 1, 'the redirect to the DAM');
    const request = new URL(navigations[0]!);
    expect(`${request.origin}${request.pathname}`).to.equal(`${origin}/oauth/authorize`);
    expect(request.searchParams.get('redirect_uri')).to.equal(CALLBACK_PAGE);
    expect(request.searchParams.get('code_challenge_method')).to.equal('S256');
    const state = request.searchParams.get('state')!;
    expect(sessionStorage.getItem(`dam-picker.${state}`), 'the request kept for the return').to.not.equal(null);
    sessionStorage.removeItem(`dam-picker.${state}`);
    expect(error).to.equal(undefined);
  });

  it('never redirects inside a frame, even when opted in', async () => {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 760px; height: 420px';
    frame.src = '/test/e2e/auth-host.html?block-popups&sign-in-redirect&record-navigation&pickers=b';
    document.body.append(frame);
    const framed = frame.contentWindow as unknown as Window & { ready?: boolean; navigations: string[] };
    await waitUntil(() => framed.ready, 'the framed picker', { timeout: 15_000 });
    const picker = frame.contentDocument!.querySelector<DamPicker>('dam-picker')!;
    const address = framed.location.href;
    const failed = oneEvent(picker, 'dam-error');
    signInButton(picker)!.click();
    expect((await failed).detail.code).to.equal('popup-blocked');
    await waitUntil(() => signInAlert(picker) === BLOCKED, 'the sentence in the framed picker');
    expect(framed.navigations, 'no redirect inside a frame').to.deep.equal([]);
    expect(framed.location.href).to.equal(address);
    frame.remove();
    sessionStorage.removeItem('auth-host.query');
  });
});
