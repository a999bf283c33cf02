// Themes, density and accessibility in the states the other suites check in light only: dark (forced and
// from prefers-color-scheme), compact, signed out, selection, empty results, errors, reduced motion.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { DamPicker } from '../../src/components/dam-picker/dam-picker.js';
import { API_ORIGIN, SITE, startMockDam, type MockDam } from '../support/mock-dam.js';
import { part, settled, tiles } from '../support/picker-helpers.js';
import { engine, itInChromium, typeText } from '../support/engine.js';
import '../support/benign-errors.js';
import { animationsSettled } from '../a11y/a11y-helpers.js';

/** The resolved background of the picker, as an rgb() string. */
const background = (picker: DamPicker) => getComputedStyle(picker).backgroundColor;
const isDark = (rgb: string) =>
  (rgb.match(/\d+/g) ?? [])
    .slice(0, 3)
    .map(Number)
    .every((channel) => channel < 80);

describe('<dam-picker> themes and accessibility', () => {
  let dam: MockDam;
  beforeEach(async () => {
    dam = await startMockDam();
  });
  afterEach(async () => {
    dam.stop();
    if (engine === 'chromium') await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
  });

  async function mount(attributes: { theme?: string; density?: string } = {}): Promise<DamPicker> {
    const picker = await fixture<DamPicker>(html`<dam-picker provider="brandworkz" site=${SITE} discovery-url=${API_ORIGIN}
      selection="multiple" theme=${attributes.theme ?? ''} density=${attributes.density ?? ''}
      .tokenProvider=${async () => dam.token} style="width: 960px; --dam-picker-height: 560px"></dam-picker>`);
    await waitUntil(() => tiles(picker).length > 0, 'tiles rendered', { timeout: 5000 });
    return picker;
  }

  it('theme="dark" forces dark colours inside every element, with AA contrast and a selection', async () => {
    const picker = await mount({ theme: 'dark' });
    expect(picker.getAttribute('theme')).to.equal('dark');
    expect(isDark(background(picker))).to.equal(true);
    const grid = picker.grid!;
    expect(getComputedStyle(grid).colorScheme).to.equal('dark');
    tiles(picker)[0]!.click();
    await picker.updateComplete;
    expect(part(picker, 'footer')!.textContent).to.contain('1 selected');
    await expect(picker).to.be.accessible();
  });

  // Chromium only: media features are emulated through CDP (puppeteer's emulateMediaFeatures).
  itInChromium('follows prefers-color-scheme, and theme="light" overrides it', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const picker = await mount();
    expect(isDark(background(picker))).to.equal(true);
    picker.theme = 'light';
    await picker.updateComplete;
    expect(isDark(background(picker))).to.equal(false);
    // The tiles' colour transition, however long a loaded machine takes over it (one cancelled meanwhile, its tile
    // drawn anew, is over too).
    await animationsSettled();
    await expect(picker).to.be.accessible();
  });

  it('density="compact" shrinks thumbnails and spacing', async () => {
    const comfortable = (await mount()).grid!.shadowRoot!.querySelector<HTMLElement>('[role="option"]')!.getBoundingClientRect().width;
    const picker = await mount({ density: 'compact' });
    const compact = picker.grid!.shadowRoot!.querySelector<HTMLElement>('[role="option"]')!.getBoundingClientRect().width;
    expect(compact).to.be.lessThan(comfortable);
    await expect(picker).to.be.accessible();
  });

  it('is accessible in dark when signed out, and with an error', async () => {
    const signedOut = await fixture<DamPicker>(
      html`<dam-picker theme="dark" provider="brandworkz" site=${SITE} discovery-url=${API_ORIGIN} client-id="dam-picker-demo"></dam-picker>`,
    );
    await waitUntil(() => part(signedOut, 'sign-in'), 'sign-in panel');
    await expect(signedOut).to.be.accessible();

    const picker = await mount({ theme: 'dark' });
    await settled(picker); // the folder tree's listings are simpleSearch requests too
    dam.emulator.faults.inject({ endpoint: 'simpleSearch', status: 502, times: 4 });
    picker.shadowRoot!.querySelector('dam-search-box')!.shadowRoot!.querySelector('input')!.focus();
    await typeText('logo');
    await waitUntil(() => part(picker, 'error'), 'error banner', { timeout: 8000 });
    await expect(picker).to.be.accessible();
  });

  it('announces an empty result and stays accessible in dark', async () => {
    const picker = await mount({ theme: 'dark' });
    picker.shadowRoot!.querySelector('dam-search-box')!.shadowRoot!.querySelector('input')!.focus();
    await typeText('zzqxnothingmatches');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => /^0 results$/.test(part(picker, 'count')!.textContent.trim()), 'empty count', { timeout: 5000 });
    expect(part(picker, 'count')!.getAttribute('aria-live')).to.equal('polite');
    await waitUntil(() => /No assets found/.test(picker.grid!.shadowRoot!.textContent ?? ''), 'empty state');
    await expect(picker).to.be.accessible();
  });

  // Chromium only: media features are emulated through CDP (puppeteer's emulateMediaFeatures).
  itInChromium('drops transitions and animations under prefers-reduced-motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const picker = await mount();
    const roots = [
      picker.shadowRoot!,
      picker.grid!.shadowRoot!,
      picker.shadowRoot!.querySelector('dam-folder-tree')!.shadowRoot!,
      picker.shadowRoot!.querySelector('dam-facet-list')!.shadowRoot!,
      picker.shadowRoot!.querySelector('dam-search-box')!.shadowRoot!,
    ];
    for (const root of roots) {
      for (const element of root.querySelectorAll('*')) {
        const style = getComputedStyle(element);
        const moving = style.transitionDuration.split(',').some((duration) => parseFloat(duration) > 0) || style.animationName !== 'none';
        expect(moving, `${element.tagName}.${element.className} moves`).to.equal(false);
      }
    }
  });
});
