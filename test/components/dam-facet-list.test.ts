// <dam-facet-list> and <dam-breadcrumb> on their own (presentational): rendering, labels and
// counts, events and their detail, chips and "Clear all" with focus, long groups, notices, axe.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/define.js';
import type { FacetGroup } from '../../src/api/types.js';
import type { DamBreadcrumb } from '../../src/components/dam-breadcrumb/dam-breadcrumb.js';
import type { DamFacetList } from '../../src/components/dam-facet-list/dam-facet-list.js';
import type { FacetChangeEvent } from '../../src/components/dam-facet-list/dam-facet-list.types.js';
import { focusRings } from '../support/focus-rings.js';

const GROUPS: FacetGroup[] = [
  {
    id: 'asset-type',
    label: 'Type',
    options: [
      { value: 'image', count: 1234 },
      { value: 'video', count: 56 },
    ],
  },
  {
    id: 'file-type',
    label: 'Format',
    options: [
      { value: 'jpg', count: 900 },
      { value: 'png', count: 334 },
      { value: 'mp4', count: 56 },
    ],
  },
  {
    id: 'colour',
    label: 'Colour',
    options: ['Red', 'Orange', 'Yellow', 'Green', 'Teal', 'Blue', 'Purple', 'Pink', 'Black', 'White'].map((value, index) => ({
      value,
      label: value,
      count: 100 - index,
    })),
  },
];

describe('<dam-facet-list>', () => {
  async function list(filters: Record<string, string[]> = {}, extra: Partial<DamFacetList> = {}): Promise<DamFacetList> {
    const element = await fixture<DamFacetList>(html`<dam-facet-list .groups=${GROUPS} .filters=${filters} locale="en"></dam-facet-list>`);
    Object.assign(element, extra);
    await element.updateComplete;
    // Act as the host: apply every change.
    element.addEventListener('facet-change', (event) => {
      element.filters = (event as FacetChangeEvent).detail.filters;
    });
    return element;
  }
  const root = (element: DamFacetList) => element.shadowRoot!;
  const fieldset = (element: DamFacetList, legend: string) =>
    [...root(element).querySelectorAll('fieldset')].find((candidate) => candidate.querySelector('legend')!.textContent.trim() === legend)!;
  const checkbox = (element: DamFacetList, legend: string, label: string) =>
    [...fieldset(element, legend).querySelectorAll('label')]
      .find((candidate) => candidate.querySelector('.option-label')!.textContent.trim() === label)!
      .querySelector('input')!;

  it('labels the well-known groups itself and shows formatted counts', async () => {
    const element = await list();
    expect([...root(element).querySelectorAll('legend')].map((legend) => legend.textContent.trim())).to.deep.equal(['Type', 'Format', 'Colour']);
    const image = checkbox(element, 'Type', 'Image').closest('label')!;
    expect(image.querySelector('[part~="count"]')!.textContent).to.equal('1,234');
    expect(checkbox(element, 'Format', 'JPG').checked).to.equal(false);
    expect(root(element).querySelector('[part~="active"]')).to.equal(null);
    await expect(element).to.be.accessible();
  });

  it('reports OR within a group and AND across groups, without changing its own filters', async () => {
    const element = await fixture<DamFacetList>(html`<dam-facet-list .groups=${GROUPS} .filters=${{ 'asset-type': ['image'] }}></dam-facet-list>`);
    const event = oneEvent(element, 'facet-change');
    checkbox(element, 'Type', 'Video').click();
    const { detail, bubbles, composed } = await event;
    expect(detail.filters).to.deep.equal({ 'asset-type': ['image', 'video'] });
    expect(bubbles).to.equal(true);
    expect(composed).to.equal(false);
    expect(element.filters).to.deep.equal({ 'asset-type': ['image'] });
    const second = oneEvent(element, 'facet-change');
    checkbox(element, 'Colour', 'Red').click();
    expect((await second).detail.filters).to.deep.equal({ 'asset-type': ['image'], colour: ['Red'] });
  });

  it('shows active filters as chips; removing one moves focus to the next, "Clear all" empties them', async () => {
    const element = await list({ 'asset-type': ['image'], colour: ['Red', 'Blue'] });
    const chips = () => [...root(element).querySelectorAll('[part~="chip"]')];
    expect(chips().map((chip) => chip.querySelector('span')!.textContent)).to.deep.equal(['Type: Image', 'Colour: Red', 'Colour: Blue']);
    expect(checkbox(element, 'Colour', 'Red').checked).to.equal(true);
    const remove = chips()[1]!.querySelector('button')!;
    expect(remove.getAttribute('aria-label')).to.equal('Remove filter Colour: Red');
    remove.focus();
    await sendKeys({ press: 'Enter' });
    await element.updateComplete;
    expect(element.filters).to.deep.equal({ 'asset-type': ['image'], colour: ['Blue'] });
    expect(root(element).activeElement?.closest('[part~="chip"]')?.textContent).to.contain('Colour: Blue');
    await expect(element).to.be.accessible();

    root(element).querySelector<HTMLButtonElement>('[part~="clear-all"]')!.click();
    await element.updateComplete;
    expect(element.filters).to.deep.equal({});
    expect(chips()).to.have.length(0);
    expect(root(element).activeElement?.getAttribute('part')).to.equal('group-toggle');
  });

  it('keeps a ticked value the DAM no longer counts, so it can be unticked', async () => {
    const element = await list({ colour: ['Silver'] });
    const silver = checkbox(element, 'Colour', 'Silver');
    expect(silver.checked).to.equal(true);
    expect(silver.closest('label')!.querySelector('[part~="count"]')!.textContent).to.equal('0');
  });

  it('shortens long groups behind "Show all" and collapses a group', async () => {
    const element = await list();
    const colours = () => fieldset(element, 'Colour').querySelectorAll('input').length;
    expect(colours()).to.equal(8);
    const more = fieldset(element, 'Colour').querySelector<HTMLButtonElement>('[part~="show-more"]')!;
    expect(more.textContent.trim()).to.equal('Show all 10');
    more.click();
    await element.updateComplete;
    expect(colours()).to.equal(10);
    expect(fieldset(element, 'Colour').querySelector('[part~="show-more"]')!.textContent.trim()).to.equal('Show fewer');
    const toggle = fieldset(element, 'Type').querySelector<HTMLButtonElement>('[part~="group-toggle"]')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    toggle.click();
    await element.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(fieldset(element, 'Type').querySelector<HTMLElement>('.options')!.hidden).to.equal(true);
  });

  it('treats group ids and values such as __proto__ and constructor like any other', async () => {
    // The DAM names groups and values: these must not reach Object.prototype.
    const groups: FacetGroup[] = [
      {
        id: '__proto__',
        label: 'Proto',
        options: [
          { value: 'constructor', label: 'Constructor', count: 3 },
          { value: '__proto__', label: 'Proto value', count: 2 },
        ],
      },
      {
        id: 'constructor',
        label: 'Builder',
        options: [
          { value: 'toString', label: 'To string', count: 1 },
          { value: 'hasOwnProperty', label: 'Own', count: 4 },
        ],
      },
    ];
    const element = await list({}, { groups });
    expect([...root(element).querySelectorAll('legend')].map((legend) => legend.textContent.trim())).to.deep.equal(['Proto', 'Builder']);
    expect(checkbox(element, 'Proto', 'Constructor').checked).to.equal(false);
    expect(checkbox(element, 'Builder', 'To string').checked).to.equal(false);
    expect(checkbox(element, 'Proto', 'Proto value').closest('label')!.querySelector('[part~="count"]')!.textContent).to.equal('2');

    const ticked = oneEvent(element, 'facet-change');
    checkbox(element, 'Proto', 'Constructor').click();
    expect(Object.entries((await ticked).detail.filters)).to.deep.equal([['__proto__', ['constructor']]]);
    await element.updateComplete;
    checkbox(element, 'Proto', 'Proto value').click();
    checkbox(element, 'Builder', 'Own').click();
    await element.updateComplete;
    expect(Object.entries(element.filters)).to.deep.equal([
      ['__proto__', ['constructor', '__proto__']],
      ['constructor', ['hasOwnProperty']],
    ]);
    expect(checkbox(element, 'Proto', 'Constructor').checked).to.equal(true);
    expect(checkbox(element, 'Builder', 'To string').checked).to.equal(false);
    const chips = () => [...root(element).querySelectorAll('[part~="chip"]')].map((chip) => chip.querySelector('span')!.textContent);
    expect(chips()).to.deep.equal(['Proto: Constructor', 'Proto: Proto value', 'Builder: Own']);

    const unticked = oneEvent(element, 'facet-change');
    checkbox(element, 'Proto', 'Constructor').click();
    expect(Object.entries((await unticked).detail.filters)).to.deep.equal([
      ['__proto__', ['__proto__']],
      ['constructor', ['hasOwnProperty']],
    ]);
    await element.updateComplete;
    checkbox(element, 'Proto', 'Proto value').click();
    await element.updateComplete;
    expect(Object.entries(element.filters)).to.deep.equal([['constructor', ['hasOwnProperty']]]);
    expect(chips()).to.deep.equal(['Builder: Own']);
    await expect(element).to.be.accessible();
  });

  it('rings an option for keyboard focus only: one ring, none after a click', async () => {
    const element = await list();
    const red = checkbox(element, 'Colour', 'Red');
    const box = red.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
    await element.updateComplete;
    expect(red.checked, 'the click ticked Red').to.equal(true);
    expect(focusRings(root(element)), 'no ring after a click').to.deep.equal([]);
    red.focus();
    await sendKeys({ press: 'Tab' });
    const focused = root(element).activeElement!;
    expect(focused.closest('label')?.textContent).to.contain('Orange');
    expect(focusRings(root(element))).to.deep.equal([focused.closest('label')]);
  });

  it('says when counts are unavailable or DAM-wide, and hides counts it does not have', async () => {
    const degraded = await list({}, { degraded: true, counts: 'none' });
    expect(root(degraded).querySelector('[part~="notice"]')!.textContent).to.contain('unavailable');
    expect(root(degraded).querySelectorAll('[part~="count"]')).to.have.length(0);
    expect(degraded.hasAttribute('degraded')).to.equal(true);
    await expect(degraded).to.be.accessible();
    const portal = await list({}, { counts: 'portal' });
    expect(root(portal).querySelector('[part~="notice"]')!.textContent).to.contain('whole library');
  });
});

describe('<dam-breadcrumb>', () => {
  const path = [
    { id: 'a', title: '', kind: 'folder' as const },
    { id: 'b', title: 'Brands', kind: 'folder' as const },
    { id: 'c', title: 'Brand guidelines', kind: 'webpage' as const },
  ];

  it('is a labelled nav with the current folder last; an ancestor fires folder-select with the path to it', async () => {
    const element = await fixture<DamBreadcrumb>(html`<dam-breadcrumb .path=${path}></dam-breadcrumb>`);
    const nav = element.shadowRoot!.querySelector('nav')!;
    expect(nav.getAttribute('aria-label')).to.equal('Folder path');
    const entries = [...nav.querySelectorAll('li')].map((li) => li.querySelector('button, [aria-current]')!.textContent.trim());
    expect(entries).to.deep.equal(['All folders', 'Brands', 'Brand guidelines']);
    expect(nav.querySelector('[aria-current="page"]')!.textContent).to.equal('Brand guidelines');
    await expect(element).to.be.accessible();
    const event = oneEvent(element, 'folder-select');
    nav.querySelectorAll('button')[1]!.click();
    const { detail } = await event;
    expect(detail.folder.id).to.equal('b');
    expect(detail.path.map((folder: { id: string }) => folder.id)).to.deep.equal(['a', 'b']);
  });
});
