// Errors shown by a whole <dam-picker> in the page's language (emulator behind msw): a failed
// search, a refused sign-in and a refused upload read as localised sentences, with the DAM's
// own words after them where they help; `dam-error` still carries the code and English message.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { OidcClient, WebStorageStateStore } from 'oidc-client-ts';
import '../../src/define.js';
import { BrandworkzProvider } from '../../src/api/providers/brandworkz/brandworkz-provider.js';
import type { DamPicker } from '../../src/components/dam-picker/dam-picker.js';
import type { DamErrorDetail } from '../../src/components/dam-picker/dam-picker.events.js';
import type { DamUploadDropzone } from '../../src/components/dam-upload-dropzone/dam-upload-dropzone.js';
import { UPLOAD_FAILED } from '../../src/components/dam-upload-dropzone/dam-upload-dropzone.types.js';
import { API_ORIGIN, SITE, startMockDam, type MockDam } from '../support/mock-dam.js';
import { part, tiles, tree, treeItem } from '../support/picker-helpers.js';
import { generatedFile } from '../support/upload-data.js';
import { typeText } from '../support/engine.js';
import '../support/benign-errors.js';

describe('<dam-picker> errors in the page language', () => {
  let dam: MockDam;
  const pageUrl = location.href;

  beforeEach(async () => {
    dam = await startMockDam({ assetCount: 300 });
  });
  afterEach(() => {
    dam.stop();
    history.replaceState(history.state, '', pageUrl);
  });

  /** A signed-in picker (token from the host) in `lang`, with results, folders and facets in. */
  async function signedIn(lang: string, upload = false): Promise<DamPicker> {
    const picker = await fixture<DamPicker>(html`<dam-picker lang=${lang} provider="brandworkz" site=${SITE} discovery-url=${API_ORIGIN}
      ?upload=${upload} .tokenProvider=${async () => dam.token} style="width: 960px; --dam-picker-height: 640px"></dam-picker>`);
    await waitUntil(() => tiles(picker).length > 0, 'tiles rendered', { timeout: 5000 });
    // The folder tree lists with simpleSearch too: let it finish before faults are injected.
    await waitUntil(() => (tree(picker)?.model.rows.length ?? 0) > 0 && !tree(picker).model.loading, 'tree loaded', { timeout: 5000 });
    return picker;
  }

  it('shows a failed search in German in the banner, offers "Erneut versuchen", and recovers', async () => {
    const picker = await signedIn('de');
    dam.emulator.faults.inject({ endpoint: 'simpleSearch', status: 503, times: 4 });
    const reported = oneEvent(picker, 'dam-error');
    picker.shadowRoot!.querySelector('dam-search-box')!.shadowRoot!.querySelector('input')!.focus();
    await typeText('logo');
    const { detail } = (await reported) as CustomEvent<DamErrorDetail>;
    expect(detail).to.deep.equal({ code: 'service-unavailable', message: 'Service not available', status: 503 });

    await waitUntil(() => part(picker, 'error'), 'error banner', { timeout: 8000 });
    const banner = part(picker, 'error')!;
    expect(banner.querySelector('span')!.textContent).to.equal('Das DAM ist gerade nicht verfügbar. Versuchen Sie es in ein paar Minuten erneut.');
    expect(banner.textContent).not.to.contain('Service not available');
    const retry = banner.querySelector('button')!;
    expect(retry.textContent.trim()).to.equal('Erneut versuchen');
    await expect(picker).to.be.accessible();

    retry.click();
    await waitUntil(() => !part(picker, 'error') && /Ergebnisse/.test(part(picker, 'count')?.textContent ?? ''), 'recovered', { timeout: 8000 });
  });

  const refusals = [
    { lang: 'fr', text: 'La connexion a été refusée : \u2068User denied access\u2069' },
    { lang: 'ar', text: 'رُفض تسجيل الدخول: \u2068User denied access\u2069' },
  ];
  for (const { lang, text } of refusals) {
    it(`shows a refused sign-in in ${lang} with the DAM's description`, async () => {
      // The DAM's answer to a redirect sign-in the user refused: the page comes back with error and state.
      const redirectUri = new URL(location.pathname, location.origin).href;
      const provider = new BrandworkzProvider({
        site: SITE,
        discoveryUrl: API_ORIGIN,
        tokens: { getAccessToken: async () => '', refreshAccessToken: async () => '' },
      });
      const endpoints = await provider.connect();
      const client = new OidcClient({
        authority: endpoints.issuer,
        metadata: { issuer: endpoints.issuer, authorization_endpoint: endpoints.authorizationEndpoint, token_endpoint: endpoints.tokenEndpoint },
        client_id: 'dam-picker-demo',
        redirect_uri: redirectUri,
        stateStore: new WebStorageStateStore({ store: window.sessionStorage, prefix: 'dam-picker.' }),
      });
      const { state } = await client.createSigninRequest({});
      const returned = new URL(location.href);
      returned.searchParams.set('state', state.id);
      returned.searchParams.set('error', 'access_denied');
      returned.searchParams.set('error_description', 'User denied access');
      history.replaceState(history.state, '', returned);

      const reported = oneEvent(document, 'dam-error');
      const picker = await fixture<DamPicker>(html`<dam-picker lang=${lang} provider="brandworkz" site=${SITE} discovery-url=${API_ORIGIN}
        client-id="dam-picker-demo" redirect-uri=${redirectUri}></dam-picker>`);
      const { detail } = (await reported) as CustomEvent<DamErrorDetail>;
      expect(detail).to.deep.equal({ code: 'sign-in-refused', message: 'Sign-in was refused: User denied access' });

      const alert = () => picker.shadowRoot!.querySelector('.sign-in [role="alert"]');
      await waitUntil(() => alert()?.textContent === text, `the ${lang} sentence`, { timeout: 5000 });
      expect(new URL(location.href).searchParams.has('error')).to.equal(false, 'the answer is removed from the address');
      await expect(picker).to.be.accessible();
    });
  }

  it("shows a refused upload in German with the DAM's reason", async () => {
    const picker = await signedIn('de', true);
    treeItem(picker, 'Brands')!.click();
    const dropzone = () => picker.shadowRoot!.querySelector<DamUploadDropzone>('dam-upload-dropzone');
    await waitUntil(() => dropzone()?.folderId, 'the dropzone knows the folder', { timeout: 5000 });
    const failed = oneEvent(dropzone()!, UPLOAD_FAILED);
    dropzone()!.addFiles([generatedFile('installer.exe', 300)]);
    await failed;
    const status = () => dropzone()!.shadowRoot!.querySelector('[part~="status"]')?.textContent;
    await waitUntil(
      () => status() === 'Das DAM hat die Datei abgelehnt: \u2068Files of type .exe can not be imported for security reasons.\u2069',
      `German refusal, got "${status()}"`,
      { timeout: 5000 },
    );
  });
});
