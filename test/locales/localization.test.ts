// The picker's language: `lang` (own or inherited) picks the translations, numbers follow it, Arabic lays
// out right to left, strings can be overridden, and a change of `lang` re-renders.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import { DamPicker } from '../../src/components/dam-picker/dam-picker.js';
import { directionOf, resolveLocale } from '../../src/locales/localization.js';
import { API_ORIGIN, SITE, startMockDam, type MockDam } from '../support/mock-dam.js';
import { part, tiles } from '../support/picker-helpers.js';
import '../support/benign-errors.js';

describe('localisation', () => {
  let dam: MockDam;
  beforeEach(async () => {
    dam = await startMockDam();
  });
  afterEach(() => dam.stop());

  async function mount(lang: string, wrapperLang = ''): Promise<DamPicker> {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang=${wrapperLang || 'en'}><dam-picker
      provider="brandworkz" site=${SITE} discovery-url=${API_ORIGIN} selection="multiple" lang=${lang || nothingAttr()}
      .tokenProvider=${async () => dam.token} style="width: 960px; --dam-picker-height: 560px"></dam-picker></div>`);
    const picker = wrapper.querySelector('dam-picker')!;
    if (!lang) picker.removeAttribute('lang');
    await picker.updateComplete;
    await waitUntil(() => tiles(picker).length > 0, 'tiles rendered', { timeout: 5000 });
    return picker;
  }
  // lit's attribute binding always sets the attribute; an empty one is removed in mount().
  const nothingAttr = () => '';

  it('maps tags to shipped locales and directions', () => {
    expect(resolveLocale('de-CH')).to.equal('de');
    expect(resolveLocale('pt-BR')).to.equal('en');
    expect(directionOf('ar-EG')).to.equal('rtl');
    expect(directionOf('nl')).to.equal('ltr');
  });

  it('renders German from lang="de", with German number formatting', async () => {
    const picker = await mount('de');
    expect(part(picker, 'header')!.textContent).to.contain('Aus Brandworkz auswählen');
    await waitUntil(() => /Ergebnisse/.test(part(picker, 'count')!.textContent ?? ''), 'German count');
    const count = part(picker, 'count')!.textContent.trim();
    expect(count).to.match(/^\d{1,3}(\.\d{3})* Ergebnisse$/);
    expect(part(picker, 'confirm-button')!.textContent.trim()).to.equal('Einfügen');
    const search = picker.shadowRoot!.querySelector('dam-search-box')!.shadowRoot!.querySelector('input')!;
    expect(search.placeholder).to.equal('Assets durchsuchen …');
  });

  it("writes numbers in the language's own digits: Arabic-Indic in Egyptian Arabic, and a -u-nu- choice of the page", async () => {
    for (const lang of ['ar-EG', 'en-u-nu-arab']) {
      const picker = await mount(lang);
      await waitUntil(() => /[\u0660-\u0669]/.test(part(picker, 'count')!.textContent ?? ''), `${lang}: the count in Arabic-Indic digits`);
      expect(part(picker, 'count')!.textContent).not.to.match(/\d/);
      const selected = part(picker, 'footer')!.querySelector('.selected')!.textContent;
      expect(selected).to.contain(new Intl.NumberFormat(lang).format(0));
      expect(selected).not.to.match(/\d/);
      picker.parentElement!.remove();
    }
  });

  it('takes the nearest lang around the picker, and follows a change of lang', async () => {
    const picker = await mount('', 'nl');
    expect(part(picker, 'cancel-button')!.textContent.trim()).to.equal('Annuleren');
    picker.setAttribute('lang', 'fr');
    await picker.updateComplete;
    expect(part(picker, 'cancel-button')!.textContent.trim()).to.equal('Annuler');
    picker.setAttribute('lang', 'es');
    await picker.updateComplete;
    expect(part(picker, 'cancel-button')!.textContent.trim()).to.equal('Cancelar');
  });

  it('warns once when pickers on one page ask for different languages (one language per page)', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
    try {
      const first = await mount('de');
      first.setAttribute('lang', 'fr'); // one picker changing its language is not a mix
      await first.updateComplete;
      expect(warnings.filter((text) => text.includes('different languages'))).to.deep.equal([]);
      const second = await fixture<DamPicker>(html`<dam-picker provider="brandworkz" site=${SITE} discovery-url=${API_ORIGIN} lang="nl"
        .tokenProvider=${async () => dam.token}></dam-picker>`);
      await second.updateComplete;
      const mixed = warnings.filter((text) => text.includes('different languages'));
      expect(mixed).to.have.length(1);
      expect(mixed[0]).to.contain('fr, nl');
      second.lang = 'de';
      await second.updateComplete;
      expect(
        warnings.filter((text) => text.includes('different languages')),
        'said once',
      ).to.have.length(1);
    } finally {
      console.warn = warn;
    }
  });

  it('lays Arabic out right to left and stays accessible', async () => {
    const picker = await mount('ar');
    const base = part(picker, 'base')!;
    expect(base.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(base).direction).to.equal('rtl');
    const sidebar = part(picker, 'sidebar')!.getBoundingClientRect();
    const grid = picker.grid!.getBoundingClientRect();
    expect(sidebar.left).to.be.greaterThan(grid.left); // the sidebar is on the right
    const cancel = part(picker, 'cancel-button')!.getBoundingClientRect();
    const confirm = part(picker, 'confirm-button')!.getBoundingClientRect();
    expect(confirm.left).to.be.lessThan(cancel.left); // Insert is last in reading order: leftmost
    expect(part(picker, 'cancel-button')!.textContent.trim()).to.equal('إلغاء');
    // The search field follows what is typed: right to left while empty (the placeholder is Arabic), left to
    // right once English is typed.
    const box = picker.shadowRoot!.querySelector('dam-search-box')!;
    const input = box.shadowRoot!.querySelector('input')!;
    expect(getComputedStyle(input).direction).to.equal('rtl');
    input.value = 'logo';
    input.dispatchEvent(new Event('input'));
    await box.updateComplete;
    expect(getComputedStyle(input).direction).to.equal('ltr');
    input.value = '';
    input.dispatchEvent(new Event('input'));
    await box.updateComplete;
    expect(getComputedStyle(input).direction).to.equal('rtl');
    await expect(picker).to.be.accessible();
    // Arrow keys follow the mirrored layout: Left goes to the next tile.
    const [first, second] = tiles(picker);
    first!.focus();
    await sendKeys({ press: 'ArrowLeft' });
    await waitUntil(() => picker.grid!.shadowRoot!.activeElement === second, 'ArrowLeft moved to the next tile');
    expect(second!.getBoundingClientRect().left).to.be.lessThan(first!.getBoundingClientRect().left);
  });

  it('lets integrators override single strings, with placeholders', async () => {
    DamPicker.setStrings('de', { Insert: 'Übernehmen', '{0} results': '{0} Treffer' });
    const picker = await mount('de');
    expect(part(picker, 'confirm-button')!.textContent.trim()).to.equal('Übernehmen');
    await waitUntil(() => /^[\d.]+ Treffer$/.test(part(picker, 'count')!.textContent.trim()), 'overridden count');
    DamPicker.setStrings('de', { Cancel: 'Verwerfen' }); // on the active locale: re-renders at once
    await picker.updateComplete;
    expect(part(picker, 'cancel-button')!.textContent.trim()).to.equal('Verwerfen');
  });

  // Last in this file: overrides cannot be taken back.
  it('overrides English strings in a picker already showing English, and after a round trip through German', async () => {
    const picker = await mount('en');
    expect(part(picker, 'confirm-button')!.textContent.trim()).to.equal('Insert');
    DamPicker.setStrings('en', { Insert: 'Use asset', '{0} results': '{0} matches' });
    await waitUntil(() => part(picker, 'confirm-button')!.textContent.trim() === 'Use asset', 'overridden on the shown picker');
    await waitUntil(() => /^[\d,]+ matches$/.test(part(picker, 'count')!.textContent.trim()), 'overridden count');
    picker.lang = 'de';
    await waitUntil(() => !['Insert', 'Use asset'].includes(part(picker, 'confirm-button')!.textContent.trim()), 'German');
    picker.lang = 'en';
    await waitUntil(() => part(picker, 'confirm-button')!.textContent.trim() === 'Use asset', 'English with its overrides again');
    DamPicker.setStrings('en', { Cancel: 'Back' });
    await waitUntil(() => part(picker, 'cancel-button')!.textContent.trim() === 'Back', 'a later English override');
  });
});
