// Tests of <dam-search-box>: rendering, reflection, debounce, Enter, clear button, Escape, axe.
import '../../src/define.js';
import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { DamSearchBox } from '../../src/components/dam-search-box/dam-search-box.js';
import { SEARCH_CHANGE, type SearchChangeEvent } from '../../src/components/dam-search-box/dam-search-box.types.js';
import { focusRings } from '../support/focus-rings.js';
import { typeText } from '../support/engine.js';

// Long enough that keystrokes sent by the test runner on a loaded 2-core machine still count as one burst.
const DEBOUNCE = 400;

const input = (el: DamSearchBox) => el.shadowRoot!.querySelector<HTMLInputElement>('[part="input"]')!;
const clearButton = (el: DamSearchBox) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="clear-button"]');

function record(el: EventTarget): string[] {
  const values: string[] = [];
  el.addEventListener(SEARCH_CHANGE, (event) => values.push((event as SearchChangeEvent).detail.value));
  return values;
}

async function renderBox(): Promise<DamSearchBox> {
  return fixture<DamSearchBox>(html`<dam-search-box debounce=${DEBOUNCE}></dam-search-box>`);
}

describe('dam-search-box', () => {
  it('renders a labelled search input with icon and placeholder, and passes axe', async () => {
    const el = await renderBox();
    const field = input(el);
    expect(field.type).to.equal('search');
    expect(field.labels?.[0]?.textContent).to.equal('Search assets');
    expect(field.placeholder).to.equal('Search assets…');
    expect(el.shadowRoot!.querySelector('[part="icon"]')!.getAttribute('aria-hidden')).to.equal('true');
    expect(clearButton(el)).to.be.null;
    await expect(el).to.be.accessible();
  });

  it('passes axe with text and the clear button showing', async () => {
    const el = await fixture<DamSearchBox>(html`<dam-search-box value="sunset"></dam-search-box>`);
    expect(clearButton(el)!.getAttribute('aria-label')).to.equal('Clear search');
    await expect(el).to.be.accessible();
  });

  it('reads its attributes into properties', async () => {
    const el = await fixture<DamSearchBox>(html`<dam-search-box
      value="logo"
      debounce="500"
      label="Find images"
      placeholder="Type a keyword"
      disabled
    ></dam-search-box>`);
    expect(el.value).to.equal('logo');
    expect(el.debounce).to.equal(500);
    expect(el.label).to.equal('Find images');
    expect(el.placeholder).to.equal('Type a keyword');
    expect(el.disabled).to.be.true;
    expect(input(el).value).to.equal('logo');
    expect(input(el).disabled).to.be.true;
    expect(input(el).labels?.[0]?.textContent).to.equal('Find images');
    expect(input(el).placeholder).to.equal('Type a keyword');
    expect(clearButton(el)).to.be.null;
  });

  it('reflects its properties to attributes', async () => {
    const el = await renderBox();
    el.value = 'cats';
    el.debounce = 50;
    el.label = 'Search the library';
    el.placeholder = 'Keyword';
    el.disabled = true;
    await el.updateComplete;
    expect(el.getAttribute('value')).to.equal('cats');
    expect(el.getAttribute('debounce')).to.equal('50');
    expect(el.getAttribute('label')).to.equal('Search the library');
    expect(el.getAttribute('placeholder')).to.equal('Keyword');
    expect(el.hasAttribute('disabled')).to.be.true;
    expect(input(el).value).to.equal('cats');
  });

  it('fires one search-change with the final value after a burst of typing', async () => {
    const el = await renderBox();
    const values = record(el);
    el.focus();
    await typeText('mountain');
    expect(el.value).to.equal('mountain');
    expect(values).to.deep.equal([]);
    const event = await oneEvent<SearchChangeEvent>(el, SEARCH_CHANGE);
    expect(event.detail).to.deep.equal({ value: 'mountain' });
    expect(event.bubbles).to.be.true;
    expect(event.composed).to.be.false;
    await aTimeout(DEBOUNCE + 50);
    expect(values).to.deep.equal(['mountain']);
  });

  it('does not fire again for the same trimmed value', async () => {
    const el = await renderBox();
    const values = record(el);
    el.focus();
    await typeText('sea');
    await waitUntil(() => values.length === 1);
    await typeText('  ');
    await aTimeout(DEBOUNCE + 50);
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Backspace' });
    await typeText('a');
    await aTimeout(DEBOUNCE + 50);
    expect(values).to.deep.equal(['sea']);
  });

  it('fires at once on Enter, cancelling the pending timer, and again on a repeated Enter', async () => {
    const el = await renderBox();
    const values = record(el);
    el.focus();
    await typeText('logo');
    await sendKeys({ press: 'Enter' });
    expect(values).to.deep.equal(['logo']);
    await sendKeys({ press: 'Enter' });
    expect(values).to.deep.equal(['logo', 'logo']);
    await aTimeout(DEBOUNCE + 50);
    expect(values).to.deep.equal(['logo', 'logo']);
  });

  it('clears with the clear button, fires at once and returns focus to the input', async () => {
    const el = await renderBox();
    const values = record(el);
    el.focus();
    await typeText('brand');
    await waitUntil(() => values.length === 1);
    clearButton(el)!.click();
    expect(values).to.deep.equal(['brand', '']);
    await el.updateComplete;
    expect(el.value).to.equal('');
    expect(input(el).value).to.equal('');
    expect(el.shadowRoot!.activeElement).to.equal(input(el));
    expect(clearButton(el)).to.be.null;
  });

  it('reaches the clear button with the keyboard', async () => {
    const el = await renderBox();
    const values = record(el);
    el.focus();
    await typeText('poster');
    await waitUntil(() => values.length === 1);
    expect(focusRings(el.shadowRoot!), 'the field rings while the input has focus').to.deep.equal([el.shadowRoot!.querySelector('[part="base"]')]);
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(clearButton(el));
    expect(focusRings(el.shadowRoot!), 'one ring: the clear button').to.deep.equal([clearButton(el)]);
    await sendKeys({ press: 'Enter' });
    expect(values).to.deep.equal(['poster', '']);
    expect(el.value).to.equal('');
    expect(el.shadowRoot!.activeElement).to.equal(input(el));
  });

  it('clears on Escape with text (stopping the key there) and lets Escape bubble when empty', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><dam-search-box debounce=${DEBOUNCE}></dam-search-box></div>`);
    const el = wrapper.querySelector('dam-search-box')!;
    const values = record(el);
    let escapesOutside = 0;
    wrapper.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') escapesOutside++;
    });
    el.focus();
    await typeText('banner');
    await waitUntil(() => values.length === 1);
    await sendKeys({ press: 'Escape' });
    expect(values).to.deep.equal(['banner', '']);
    expect(el.value).to.equal('');
    expect(escapesOutside).to.equal(0);
    await sendKeys({ press: 'Escape' });
    expect(escapesOutside).to.equal(1);
    expect(values).to.deep.equal(['banner', '']);
  });

  it('does not fire when value is set programmatically, and treats it as the last reported text', async () => {
    const el = await renderBox();
    const values = record(el);
    el.value = 'autumn';
    await el.updateComplete;
    expect(input(el).value).to.equal('autumn');
    await aTimeout(DEBOUNCE + 50);
    expect(values).to.deep.equal([]);
    el.focus();
    await sendKeys({ press: 'End' });
    await typeText(' ');
    await aTimeout(DEBOUNCE + 50);
    expect(values).to.deep.equal([]);
    await typeText('x');
    await waitUntil(() => values.length === 1);
    expect(values).to.deep.equal(['autumn x']);
  });

  it('clearing text that was never reported fires nothing (the host already has the empty search)', async () => {
    const el = await renderBox();
    const values = record(el);
    el.focus();
    await typeText('typo');
    await sendKeys({ press: 'Escape' });
    await aTimeout(DEBOUNCE + 50);
    expect(values).to.deep.equal([]);
  });

  it('renders nothing from the label but text', async () => {
    const el = await fixture<DamSearchBox>(html`<dam-search-box label="&lt;img src=x onerror=&quot;window.__xss=1&quot;&gt;"></dam-search-box>`);
    expect(input(el).labels?.[0]?.textContent).to.equal('<img src=x onerror="window.__xss=1">');
    expect(el.shadowRoot!.querySelector('img')).to.be.null;
  });

  it('forwards focus() to the input', async () => {
    const el = await renderBox();
    el.focus();
    expect(el.shadowRoot!.activeElement).to.equal(input(el));
    expect(document.activeElement).to.equal(el);
  });
});
