// End to end against the real emulator server (started by the test runner on
// its own origin): sign in through the popup with authorization code + PKCE,
// search, scroll to load more pages, pick several assets, confirm.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/index.js';
import '../support/benign-errors.js';
import type { DamPicker } from '../../src/components/dam-picker/dam-picker.js';
import { typeText } from '../support/engine.js';

interface E2EConfig {
  emulatorOrigin: string;
  bynderOrigin: string;
}

type ProviderName = 'brandworkz' | 'bynder';

/** What differs per provider in the flows that run for both. */
const FLOWS: ReadonlyArray<{ provider: ProviderName; label: string; keyword: string }> = [
  { provider: 'brandworkz', label: 'Brandworkz', keyword: 'campaign' },
  { provider: 'bynder', label: 'Bynder', keyword: 'aurora' },
];

async function config(): Promise<E2EConfig> {
  return (await (await fetch('/__e2e-config.json')).json()) as E2EConfig;
}

async function control(origin: string, path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${origin}/__emulator/${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'Content-Type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return response.json();
}

async function clickCentre(element: Element): Promise<void> {
  const box = element.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
}

function shadow(picker: DamPicker, selector: string): HTMLElement | null {
  return picker.shadowRoot!.querySelector<HTMLElement>(selector);
}

describe('end to end: sign in, search, scroll, pick', function () {
  this.timeout(30_000);
  let origin: string;
  let bynderOrigin: string;

  before(async () => {
    ({ emulatorOrigin: origin, bynderOrigin } = await config());
  });

  beforeEach(async () => {
    sessionStorage.clear();
    for (const dam of [origin, bynderOrigin]) {
      await control(dam, 'reset', {});
      await control(dam, 'faults', { autoApprove: true });
    }
  });

  async function signedInPicker(attributes: { selection?: string; maxItems?: number; clientId?: string; tokenUrl?: string; provider?: ProviderName } = {}) {
    const picker =
      attributes.provider === 'bynder'
        ? await fixture<DamPicker>(html`<dam-picker
          provider="bynder"
          site=${bynderOrigin}
          client-id="dam-picker-demo"
          redirect-uri=${new URL('/test/e2e/callback.html', location.href).href}
          selection=${attributes.selection ?? 'multiple'}
          max-items=${attributes.maxItems ?? 20}
          page-size="50"
          style="--dam-picker-height: 520px; width: 760px"
        ></dam-picker>`)
        : await fixture<DamPicker>(html`<dam-picker
      provider="brandworkz"
      site="demo.brandworkz.com"
      discovery-url=${origin}
      client-id=${attributes.clientId ?? 'dam-picker-demo'}
      token-url=${attributes.tokenUrl ?? ''}
      redirect-uri=${new URL('/test/e2e/callback.html', location.href).href}
      selection=${attributes.selection ?? 'multiple'}
      max-items=${attributes.maxItems ?? 20}
      page-size="50"
      style="--dam-picker-height: 520px; width: 760px"
    ></dam-picker>`);
    const signIn = await waitUntilFound(picker, '.sign-in button');
    expect(signIn.textContent).to.contain(attributes.provider === 'bynder' ? 'Sign in to Bynder' : 'Sign in to Brandworkz');
    await clickCentre(signIn);
    await waitUntil(() => shadow(picker, 'dam-asset-grid'), 'signed in and showing results', { timeout: 15_000 });
    return picker;
  }

  async function waitUntilFound(picker: DamPicker, selector: string): Promise<HTMLElement> {
    await waitUntil(() => shadow(picker, selector), `${selector} appears`, { timeout: 10_000 });
    return shadow(picker, selector)!;
  }

  for (const flow of FLOWS) {
    const dam = (): string => (flow.provider === 'bynder' ? bynderOrigin : origin);

    it(`${flow.label}: signs in with a popup using PKCE S256, then searches, pages, picks and confirms`, async () => {
      const picker = await signedInPicker({ provider: flow.provider });
      // (The emulator refuses authorization requests without an S256 code challenge: signing in proves PKCE.)
      // Tokens live in sessionStorage, never in localStorage.
      // ("Recently used" keeps asset ids there, never tokens: its own key.)
      expect(Object.keys(localStorage).filter((key) => key.startsWith('dam-picker') && !key.startsWith('dam-picker.recents:'))).to.deep.equal([]);
      expect(Object.keys(sessionStorage).some((key) => key.startsWith('dam-picker.user:'))).to.equal(true);

      // Search: type a keyword; one request after the debounce.
      await fetch(`${dam()}/__emulator/requests`, { method: 'DELETE' });
      const searchBox = picker.shadowRoot!.querySelector('dam-search-box')!;
      const input = searchBox.shadowRoot!.querySelector('input')!;
      const count = shadow(picker, '[part="count"]')!;
      await waitUntil(() => /\d results/.test(count.textContent ?? ''), 'everything counted before the search');
      const everything = count.textContent;
      input.focus();
      await typeText(flow.keyword);
      await waitUntil(() => /\d results/.test(count.textContent ?? '') && count.textContent !== everything, 'keyword results counted', { timeout: 10_000 });
      const total = Number((count.textContent ?? '').replace(/\D/g, ''));
      expect(total).to.be.greaterThan(50);

      // Scroll the grid to the end of the first page: the next page loads.
      const grid = picker.grid!;
      await waitUntil(() => grid.shadowRoot!.querySelectorAll('[role="option"]').length > 0, 'tiles rendered');
      const firstCount = grid.assets.length;
      expect(firstCount).to.equal(50);
      // Looked up each time: the grid may replace its listbox when results are replaced.
      const scroller = () => grid.shadowRoot!.querySelector<HTMLElement>('[role="listbox"]') ?? grid;
      await waitUntil(
        () => {
          // The scrollbar spans every result (random access): the end of the first page is a fraction of it.
          scroller().scrollTop = (scroller().scrollHeight * firstCount) / Math.max(grid.total, firstCount) - scroller().clientHeight / 2;
          return grid.assets.length > firstCount;
        },
        'the next page loads when scrolled to the end',
        { timeout: 10_000, interval: 100 },
      );
      expect(grid.assets.length).to.be.greaterThan(firstCount);

      // Pick two assets with real clicks, confirm, receive dam-select.
      const tileAt = (position: number) => grid.shadowRoot!.querySelector<HTMLElement>(`[role="option"][aria-posinset="${position}"]`);
      const inView = (tile: HTMLElement | null) => {
        const box = tile?.getBoundingClientRect();
        const view = scroller().getBoundingClientRect();
        const centre = box ? box.top + box.height / 2 : -1;
        return centre > view.top && centre < view.bottom;
      };
      await waitUntil(
        () => {
          // Scroll as a user would, in steps: one jump may land while the virtualizer is laying out the new page.
          if (!inView(tileAt(1))) scroller().scrollTop = scroller().scrollTop === 0 ? 1 : 0;
          return inView(tileAt(1)) && inView(tileAt(2));
        },
        'first tiles back in view (their centres clickable)',
        { timeout: 10_000, interval: 100 },
      );
      await clickCentre(tileAt(1)!);
      await clickCentre(tileAt(2)!);
      await waitUntil(() => grid.selectedIds.size === 2, 'two assets picked');
      const confirm = shadow(picker, '[part="confirm-button"]')!;
      const selected = oneEvent(picker, 'dam-select');
      await clickCentre(confirm);
      const { detail } = await selected;
      expect(detail.assets).to.have.length(2);
      for (const asset of detail.assets) {
        expect(asset.provider).to.equal(flow.provider);
        expect(asset.id).to.be.a('string');
        expect(asset.thumbnailUrl).to.match(/^http:\/\/127\.0\.0\.1:\d+\//);
        expect(JSON.parse(JSON.stringify(asset))).to.deep.equal(asset);
      }
    });

    it(`${flow.label}: refreshes an expired access token with the refresh token and carries on`, async () => {
      await control(dam(), 'faults', { tokenLifetimeSec: 2 });
      const picker = await signedInPicker({ provider: flow.provider });
      await new Promise((resolve) => setTimeout(resolve, 2500));
      await fetch(`${dam()}/__emulator/requests`, { method: 'DELETE' });
      const input = picker.shadowRoot!.querySelector('dam-search-box')!.shadowRoot!.querySelector('input')!;
      input.focus();
      await typeText('logo');
      await sendKeys({ press: 'Enter' });
      const count = shadow(picker, '[part="count"]')!;
      await waitUntil(() => /\d results/.test(count.textContent ?? ''), 'results after refresh', { timeout: 10_000 });
      expect(shadow(picker, '[part="error"]')).to.equal(null);
      if (flow.provider === 'bynder') {
        // Bynder's refresh answer carries no refresh_token: a second refresh must reuse the first one.
        await new Promise((resolve) => setTimeout(resolve, 2500));
        const before = count.textContent;
        input.select();
        await typeText(flow.keyword);
        await sendKeys({ press: 'Enter' });
        await waitUntil(() => /\d results/.test(count.textContent ?? '') && count.textContent !== before, 'results after a second refresh', {
          timeout: 10_000,
        });
        expect(shadow(picker, '[part="error"]')).to.equal(null);
        const { entries } = (await control(dam(), 'requests')) as { entries: Array<{ endpoint: string; method: string }> };
        expect(entries.filter((entry) => entry.endpoint === 'token' && entry.method === 'POST').length).to.be.at.least(2);
      }
    });
  }

  it('signs out, forgets what the session fetched, and signs in again', async () => {
    const picker = await signedInPicker();
    const count = shadow(picker, '[part="count"]')!;
    await waitUntil(() => /\d results/.test(count.textContent ?? ''), 'results counted');
    const signOut = [...picker.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="header"] button')].find((button) =>
      /Sign out/.test(button.textContent ?? ''),
    )!;
    signOut.click();
    const signIn = await waitUntilFound(picker, '.sign-in button');
    expect(Object.keys(sessionStorage).some((key) => key.startsWith('dam-picker.user:'))).to.equal(false);
    await fetch(`${origin}/__emulator/requests`, { method: 'DELETE' });
    await clickCentre(signIn);
    await waitUntil(() => /\d results/.test(shadow(picker, '[part="count"]')?.textContent ?? ''), 'results after signing in again', { timeout: 15_000 });
    // The same query as before sign-out went to the DAM again: the cache was cleared.
    const { entries } = (await control(origin, 'requests')) as { entries: Array<{ endpoint: string; query: Record<string, string> }> };
    expect(entries.filter((entry) => entry.endpoint === 'simpleSearch' && !(entry.query['assetType'] ?? '').includes('Folder'))).to.have.length(1);
  });

  it('exchanges the code through a token-url relay for a confidential client', async () => {
    const picker = await signedInPicker({ clientId: 'dam-picker-relay', tokenUrl: new URL('/__relay/token', location.href).href });
    const count = shadow(picker, '[part="count"]')!;
    await waitUntil(() => /\d results/.test(count.textContent ?? ''), 'results with the relayed token', { timeout: 10_000 });
    const { entries } = (await control(origin, 'requests')) as { entries: Array<{ endpoint: string; method: string }> };
    // The browser sent the exchange to the relay; the relay's call is the only one the DAM saw, authenticated with the secret.
    expect(entries.filter((entry) => entry.endpoint === 'token' && entry.method === 'POST')).to.have.length(1);
  });

  it('shows why when the user denies access, and fires dam-error', async () => {
    await control(origin, 'faults', { autoApprove: 'deny' });
    const picker = await fixture<DamPicker>(html`<dam-picker
      provider="brandworkz"
      site="demo.brandworkz.com"
      discovery-url=${origin}
      client-id="dam-picker-demo"
      redirect-uri=${new URL('/test/e2e/callback.html', location.href).href}
    ></dam-picker>`);
    const signIn = await waitUntilFound(picker, '.sign-in button');
    const failed = oneEvent(picker, 'dam-error');
    await clickCentre(signIn);
    const { detail } = await failed;
    expect(detail.code).to.equal('sign-in-refused');
    const message = await waitUntilFound(picker, '.sign-in [role="alert"]');
    expect(message.textContent).to.contain('User denied access');
  });
});
