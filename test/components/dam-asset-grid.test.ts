// Tests of <dam-asset-grid>: rendering, virtualisation, ARIA, keyboard, events, hostile data, axe.
import '../../src/define.js';
import { aTimeout, expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { DamAsset } from '../../src/api/types.js';
import { DamAssetGrid } from '../../src/components/dam-asset-grid/dam-asset-grid.js';
import {
  GRID_ACTIVATE,
  GRID_LOAD_MORE,
  GRID_RANGE,
  GRID_TOGGLE,
  GRID_TOGGLE_BLOCKED,
  type GridRangeDetail,
  type GridToggleEvent,
} from '../../src/components/dam-asset-grid/dam-asset-grid.types.js';
import { press } from '../support/engine.js';
import '../support/benign-errors.js';

const PIXEL = 'data:image/svg+xml,%3Csvg xmlns="http://www.w3.org/2000/svg" width="4" height="4"/%3E';

function makeAssets(count: number, prefix = 'asset', overrides: Partial<DamAsset> = {}): DamAsset[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `${prefix}-${i}`,
    provider: 'brandworkz' as const,
    title: `Asset ${i}`,
    type: 'image' as const,
    fileType: 'jpg',
    thumbnailUrl: PIXEL,
    source: {},
    ...overrides,
  }));
}

const tiles = (el: DamAssetGrid) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="option"]')];
const tile = (el: DamAssetGrid, index: number) => el.shadowRoot!.querySelector<HTMLElement>(`[role="option"][data-index="${index}"]`);
const scroller = (el: DamAssetGrid) => el.shadowRoot!.querySelector<HTMLElement>('[part="listbox"]')!;
/** Once the virtualizer has taken over from the first screen (a plain grid of the tiles around it). */
const virtualized = (el: DamAssetGrid) => waitUntil(() => !scroller(el).classList.contains('first-screen'), 'the virtualizer in place');
const listbox = (el: DamAssetGrid) => el.shadowRoot!.querySelector<HTMLElement>('[role="listbox"]')!;
const focusedIndex = (el: DamAssetGrid) => {
  const active = el.shadowRoot!.activeElement;
  return active?.getAttribute('role') === 'option' ? Number(active.getAttribute('data-index')) : -1;
};

async function renderGrid(assets: DamAsset[], props: Partial<DamAssetGrid> = {}): Promise<DamAssetGrid> {
  const el = await fixture<DamAssetGrid>(html`<dam-asset-grid
    style="width: 800px; height: 520px"
    .assets=${assets}
    .total=${props.total ?? assets.length}
    .hasMore=${props.hasMore ?? false}
    .selectedIds=${props.selectedIds ?? new Set<string>()}
    .selectionFull=${props.selectionFull ?? false}
    ?multiple=${props.multiple ?? false}
  ></dam-asset-grid>`);
  if (assets.length > 0) await waitUntil(() => tiles(el).length > 0, 'tiles rendered');
  return el;
}

/** Collects the events of one type fired from `el`. */
function record<T extends Event>(el: EventTarget, type: string): T[] {
  const events: T[] = [];
  el.addEventListener(type, (event) => events.push(event as T));
  return events;
}

describe('dam-asset-grid', () => {
  it('renders a listbox of tiles with title, meta, thumbnail and option semantics', async () => {
    const el = await renderGrid(makeAssets(20), { total: 120, hasMore: true });
    const box = listbox(el);
    expect(box.getAttribute('aria-label')).to.equal('Assets');
    expect(box.hasAttribute('aria-multiselectable')).to.be.false;
    const first = tile(el, 0)!;
    expect(first.getAttribute('part')).to.equal('tile');
    expect(first.getAttribute('aria-selected')).to.equal('false');
    expect(first.getAttribute('aria-setsize')).to.equal('120');
    expect(first.getAttribute('aria-posinset')).to.equal('1');
    expect(first.getAttribute('aria-label')).to.equal('Asset 0, JPG · Image');
    expect(first.querySelector('[part="title"]')!.textContent).to.equal('Asset 0');
    expect(first.querySelector('[part="title"]')!.getAttribute('title')).to.equal('Asset 0');
    expect(first.querySelector('[part="meta"]')!.textContent).to.equal('JPG · Image');
    const img = first.querySelector<HTMLImageElement>('[part="thumbnail"] img')!;
    expect(img.getAttribute('alt')).to.equal('');
    expect(img.getAttribute('loading')).to.equal('eager', 'the first screen is fetched at once');
    expect(img.getAttribute('decoding')).to.equal('sync', 'the first row is decoded with its frame');
    expect(first.querySelector('[part="check"]')).to.be.null;
  });

  it('uses -1 for aria-setsize when the total is unknown, and the label property as the name', async () => {
    const el = await renderGrid(makeAssets(10), { total: 0, hasMore: true });
    expect(tile(el, 0)!.getAttribute('aria-setsize')).to.equal('-1');
    el.label = 'Search results';
    await el.updateComplete;
    expect(listbox(el).getAttribute('aria-label')).to.equal('Search results');
  });

  it('pulses its stand-ins with an opacity animation only, which the compositor runs without repainting them', async () => {
    const el = await renderGrid([]);
    el.loading = true;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('[part="skeleton"]').length).to.be.greaterThan(0);
    const animations = el.shadowRoot!.getAnimations();
    expect(animations.length, 'one animation for the whole grid of stand-ins').to.equal(1);
    const animated = new Set(
      animations.flatMap((animation) =>
        (animation.effect as KeyframeEffect)
          .getKeyframes()
          .flatMap((keyframe) => Object.keys(keyframe).filter((key) => !['offset', 'computedOffset', 'easing', 'composite'].includes(key))),
      ),
    );
    expect([...animated]).to.deep.equal(['opacity']);
  });

  it('reflects multiple and loading as attributes, and reads them back', async () => {
    const el = await renderGrid(makeAssets(5));
    el.multiple = true;
    el.loading = true;
    await el.updateComplete;
    expect(el.hasAttribute('multiple')).to.be.true;
    expect(el.hasAttribute('loading')).to.be.true;
    el.removeAttribute('loading');
    await el.updateComplete;
    expect(el.loading).to.be.false;
    await waitUntil(() => tiles(el).length > 0);
    expect(listbox(el).getAttribute('aria-multiselectable')).to.equal('true');
  });

  it('shows stand-in tiles and aria-busy while loading, and passes axe', async () => {
    const el = await fixture<DamAssetGrid>(html`<dam-asset-grid style="width: 800px; height: 520px" loading></dam-asset-grid>`);
    const box = listbox(el);
    expect(box.getAttribute('aria-busy')).to.equal('true');
    expect(el.shadowRoot!.querySelectorAll('[part="skeleton"]').length).to.be.greaterThan(0);
    expect(tiles(el)).to.have.length(0);
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('Loading');
    await expect(el).to.be.accessible();
  });

  it('shows an empty state that a slot can replace, and passes axe', async () => {
    const el = await renderGrid([]);
    const empty = el.shadowRoot!.querySelector('[part="empty"]')!;
    expect(empty.textContent).to.contain('No assets found');
    expect(el.shadowRoot!.querySelector('[role="listbox"]')).to.be.null;
    await expect(el).to.be.accessible();

    const custom = await fixture<DamAssetGrid>(html`<dam-asset-grid style="height: 300px"><p slot="empty">Nothing in this folder</p></dam-asset-grid>`);
    const slot = custom.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="empty"]')!;
    expect(slot.assignedElements()[0]!.textContent).to.equal('Nothing in this folder');
  });

  it('marks selected tiles from selectedIds, with a check badge, and passes axe', async () => {
    const assets = makeAssets(12);
    const el = await renderGrid(assets, { multiple: true, selectedIds: new Set(['asset-1', 'asset-3']) });
    expect(tile(el, 1)!.getAttribute('aria-selected')).to.equal('true');
    expect(tile(el, 1)!.querySelector('[part="check"]')).to.exist;
    expect(tile(el, 0)!.getAttribute('aria-selected')).to.equal('false');
    await expect(el).to.be.accessible();

    el.selectedIds = new Set(['asset-0']);
    await el.updateComplete;
    expect(tile(el, 0)!.getAttribute('aria-selected')).to.equal('true');
    expect(tile(el, 1)!.getAttribute('aria-selected')).to.equal('false');
  });

  it('keeps the DOM small and independent of the number of assets (virtualised)', async () => {
    const small = await renderGrid(makeAssets(500));
    await aTimeout(50);
    const smallCount = tiles(small).length;
    const large = await renderGrid(makeAssets(5000));
    await aTimeout(50);
    const largeCount = tiles(large).length;
    expect(largeCount).to.be.lessThan(200);
    expect(largeCount).to.be.greaterThan(0);
    expect(Math.abs(largeCount - smallCount)).to.be.at.most(Math.max(8, smallCount * 0.1));
  });

  it('sizes tiles from --dam-thumbnail-size', async () => {
    const assets = makeAssets(40);
    const standard = await renderGrid(assets);
    const large = await fixture<DamAssetGrid>(html`<dam-asset-grid
      style="width: 800px; height: 520px; --dam-thumbnail-size: 300px"
      .assets=${assets}
    ></dam-asset-grid>`);
    await waitUntil(() => tiles(large).length > 0);
    expect(large.columns).to.be.lessThan(standard.columns);
    expect(tile(large, 0)!.getBoundingClientRect().width).to.be.at.least(300);
  });

  it('has exactly one tile in the tab order (roving tabindex) that follows the active tile', async () => {
    const el = await renderGrid(makeAssets(40));
    const inTabOrder = () => tiles(el).filter((t) => t.getAttribute('tabindex') === '0');
    expect(inTabOrder()).to.have.length(1);
    expect(inTabOrder()[0]!.dataset.index).to.equal('0');
    expect(tiles(el).every((t) => ['0', '-1'].includes(t.getAttribute('tabindex')!))).to.be.true;
    await el.focusAsset(0);
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(inTabOrder()).to.have.length(1);
    expect(inTabOrder()[0]!.dataset.index).to.equal('1');
    expect(focusedIndex(el)).to.equal(1);
  });

  it('moves with arrows across rows, Home/End, and PageDown/PageUp', async () => {
    const el = await renderGrid(makeAssets(300));
    const columns = el.columns;
    expect(columns).to.be.greaterThan(1);
    // Column count agrees with what the layout drew: tile `columns` starts the second row.
    const top = (i: number) => tile(el, i)!.getBoundingClientRect().top;
    expect(top(columns - 1)).to.equal(top(0));
    expect(top(columns)).to.be.greaterThan(top(0));

    await el.focusAsset(0);
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => focusedIndex(el) === columns);
    const below = tile(el, columns)!.getBoundingClientRect();
    expect(below.left).to.equal(tile(el, 0)!.getBoundingClientRect().left);
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => focusedIndex(el) === columns + 1);
    await sendKeys({ press: 'ArrowUp' });
    await waitUntil(() => focusedIndex(el) === 1);
    await sendKeys({ press: 'ArrowLeft' });
    await waitUntil(() => focusedIndex(el) === 0);
    await sendKeys({ press: 'ArrowLeft' });
    await aTimeout(20);
    expect(focusedIndex(el)).to.equal(0);

    await sendKeys({ press: 'End' });
    await waitUntil(() => focusedIndex(el) === 299, 'End reaches the last loaded asset');
    const last = tile(el, 299)!.getBoundingClientRect();
    const view = scroller(el).getBoundingClientRect();
    expect(last.bottom).to.be.at.most(view.bottom + 1);
    await sendKeys({ press: 'Home' });
    await waitUntil(() => focusedIndex(el) === 0, 'Home reaches the first asset');
    await press('Control+End');
    await waitUntil(() => focusedIndex(el) === 299, 'Ctrl+End');
    await press('Control+Home');
    await waitUntil(() => focusedIndex(el) === 0, 'Ctrl+Home');

    await sendKeys({ press: 'PageDown' });
    await waitUntil(() => focusedIndex(el) === columns * el.rowsPerPage);
    await sendKeys({ press: 'PageUp' });
    await waitUntil(() => focusedIndex(el) === 0);
  });

  it('keeps focus in the grid when the active tile is scrolled out, and returns to it', async () => {
    const el = await renderGrid(makeAssets(400));
    await el.focusAsset(0);
    scroller(el).scrollTop = scroller(el).scrollHeight;
    await waitUntil(() => tile(el, 0) === null, 'first tile virtualised away');
    expect(el.shadowRoot!.activeElement).to.equal(listbox(el));
    expect(listbox(el).getAttribute('tabindex')).to.equal('0');
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => focusedIndex(el) === 1, 'ArrowRight continues from the active tile');
    const rect = tile(el, 1)!.getBoundingClientRect();
    const view = scroller(el).getBoundingClientRect();
    expect(rect.top).to.be.at.least(view.top - 1);
    expect(rect.bottom).to.be.at.most(view.bottom + 1);

    // Keep scrolling like a user would: the virtualizer stays pinned to the tile it scrolled to
    // until it sees a scroll that is not its own.
    await waitUntil(() => {
      scroller(el).scrollTop = scroller(el).scrollHeight;
      return tile(el, 1) === null;
    }, 'second tile virtualised away');
    scroller(el).scrollTop = 0;
    await waitUntil(() => focusedIndex(el) === 1, 'focus returns to the active tile when it is back');
  });

  it('fires grid-toggle on Space and click, without changing selectedIds itself', async () => {
    const assets = makeAssets(10);
    const el = await renderGrid(assets, { multiple: true });
    const toggles = record<GridToggleEvent>(el, GRID_TOGGLE);
    await el.focusAsset(2);
    await sendKeys({ press: ' ' });
    expect(toggles).to.have.length(1);
    expect(toggles[0]!.detail.asset).to.equal(assets[2]);
    expect(toggles[0]!.bubbles).to.be.true;
    expect(toggles[0]!.composed).to.be.false;
    await el.updateComplete;
    expect(tile(el, 2)!.getAttribute('aria-selected')).to.equal('false');

    await sendKeys({ press: 'Enter' });
    expect(toggles).to.have.length(2);

    const rect = tile(el, 4)!.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(rect.left + 20), Math.round(rect.top + 20)] });
    expect(toggles).to.have.length(3);
    expect(toggles[2]!.detail.asset.id).to.equal('asset-4');
    expect(focusedIndex(el)).to.equal(4);
  });

  it('in single mode, Enter selects the tile and fires grid-activate', async () => {
    const assets = makeAssets(10);
    const el = await renderGrid(assets);
    const toggles = record<GridToggleEvent>(el, GRID_TOGGLE);
    const activations = record<GridToggleEvent>(el, GRID_ACTIVATE);
    await el.focusAsset(3);
    await sendKeys({ press: 'Enter' });
    expect(toggles.map((e) => e.detail.asset.id)).to.deep.equal(['asset-3']);
    expect(activations.map((e) => e.detail.asset.id)).to.deep.equal(['asset-3']);
    expect(activations[0]!.composed).to.be.false;

    // Already selected: Enter confirms without toggling it off.
    el.selectedIds = new Set(['asset-3']);
    await el.updateComplete;
    await sendKeys({ press: 'Enter' });
    expect(toggles).to.have.length(1);
    expect(activations).to.have.length(2);
  });

  it('fires grid-activate on double-click', async () => {
    const el = await renderGrid(makeAssets(6));
    const title = tile(el, 5)!.querySelector<HTMLElement>('[part="title"]')!;
    setTimeout(() => title.dispatchEvent(new MouseEvent('dblclick', { bubbles: true, composed: true })));
    const event = await oneEvent<GridToggleEvent>(el, GRID_ACTIVATE);
    expect(event.detail.asset.id).to.equal('asset-5');
  });

  it('does not toggle unselected tiles on while the selection is full, but does toggle selected ones off', async () => {
    const el = await renderGrid(makeAssets(10), {
      multiple: true,
      selectedIds: new Set(['asset-0']),
      selectionFull: true,
    });
    const toggles = record<GridToggleEvent>(el, GRID_TOGGLE);
    const blocked = record<GridToggleEvent>(el, GRID_TOGGLE_BLOCKED);
    expect(tile(el, 1)!.getAttribute('aria-disabled')).to.equal('true');
    expect(tile(el, 0)!.hasAttribute('aria-disabled')).to.be.false;
    await el.focusAsset(1);
    expect(focusedIndex(el)).to.equal(1);
    await sendKeys({ press: ' ' });
    await sendKeys({ press: 'Enter' });
    tile(el, 1)!.click();
    expect(toggles).to.have.length(0);
    // Each refused attempt is reported, so the host can say why nothing happened.
    expect(blocked.map((e) => e.detail.asset.id)).to.deep.equal(['asset-1', 'asset-1', 'asset-1']);
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: ' ' });
    expect(toggles.map((e) => e.detail.asset.id)).to.deep.equal(['asset-0']);
    await expect(el).to.be.accessible();
  });

  it('keeps a DAM title in its own direction inside a right-to-left layout', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl" lang="ar"><dam-asset-grid style="width: 800px; height: 520px"
      .assets=${makeAssets(1, 'asset', { title: 'Logo final!' })} .total=${1}></dam-asset-grid></div>`);
    const el = wrapper.querySelector('dam-asset-grid')!;
    await waitUntil(() => tiles(el).length > 0, 'tiles rendered');
    const text = tile(el, 0)!.querySelector('[part="title"]')!;
    expect(text.textContent).to.equal('Logo final!');
    const node = [...text.querySelectorAll('*'), text]
      .flatMap((element) => [...element.childNodes])
      .find((child) => child.nodeType === Node.TEXT_NODE && child.textContent === 'Logo final!')!;
    const x = (start: number, end: number) => {
      const range = document.createRange();
      range.setStart(node, start);
      range.setEnd(node, end);
      return range.getBoundingClientRect().left;
    };
    // Isolated, the English reads left to right with its "!" last; in the Arabic paragraph's own direction the
    // trailing punctuation takes the paragraph's direction and is drawn at the far left, before "Logo".
    expect(x(10, 11), '"!" after "Logo"').to.be.greaterThan(x(0, 4));
  });

  it('fires grid-load-more once when scrolled near the end', async () => {
    const el = await renderGrid(makeAssets(100), { hasMore: true, total: 1000 });
    const requests = record(el, GRID_LOAD_MORE);
    await aTimeout(50);
    expect(requests).to.have.length(0);
    scroller(el).scrollTop = scroller(el).scrollHeight;
    await waitUntil(() => requests.length === 1, 'load more fired');
    expect((requests[0] as CustomEvent).bubbles).to.be.true;
    expect((requests[0] as CustomEvent).composed).to.be.false;
    scroller(el).scrollTop -= 300;
    await aTimeout(50);
    scroller(el).scrollTop = scroller(el).scrollHeight;
    await aTimeout(100);
    expect(requests).to.have.length(1);

    // The host shows the next page is loading (stand-ins after the last tile), then appends it.
    el.loadingMore = true;
    await waitUntil(() => listbox(el).querySelector('[part="skeleton"]') !== null, 'stand-ins after the last tile');
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('Loading more');
    el.assets = [...el.assets, ...makeAssets(50, 'page2')];
    el.loadingMore = false;
    await el.updateComplete;
    await aTimeout(50);
    expect(requests).to.have.length(1);
    scroller(el).scrollTop = scroller(el).scrollHeight;
    await waitUntil(() => requests.length === 2, 'load more fired for the next page');
  });

  it('fetches the first row at high priority with its size, and later rows lazily', async () => {
    const el = await renderGrid(makeAssets(200));
    const columns = el.columns;
    expect(columns).to.be.greaterThan(1);
    const image = (index: number) => tile(el, index)!.querySelector('img')!;
    for (let index = 0; index < columns; index++) {
      expect(image(index).getAttribute('fetchpriority'), `tile ${index}`).to.equal('high');
      expect(image(index).getAttribute('loading')).to.equal('eager');
      expect(image(index).getAttribute('decoding')).to.equal('sync');
    }
    // (The grid may count a column more than the window lets it draw: the row after the first is not asserted.)
    expect(image(2 * columns).getAttribute('fetchpriority'), 'the third row').to.equal('auto');
    expect(image(2 * columns).getAttribute('decoding')).to.equal('async');
    const size = Number(image(0).getAttribute('width'));
    expect(size).to.be.within(100, 400);
    expect(Number(image(0).getAttribute('height'))).to.equal(size);
    scroller(el).scrollTop = scroller(el).scrollHeight;
    await waitUntil(() => tile(el, 199)?.querySelector('img'), "the last tile's thumbnail");
    expect(image(199).getAttribute('loading')).to.equal('lazy');
    expect(image(199).getAttribute('fetchpriority')).to.equal('auto');
  });

  it('starts a new result list at the top, in the same scroller or after the skeletons', async () => {
    const el = await renderGrid(makeAssets(200));
    await virtualized(el);
    const scrolledDown = async () => {
      scroller(el).scrollTop = 2000;
      await waitUntil(() => scroller(el).scrollTop > 1000, 'scrolled down');
    };
    await scrolledDown();
    el.assets = makeAssets(200, 'second');
    await el.updateComplete;
    expect(scroller(el).scrollTop, 'a new list in the same scroller').to.equal(0);
    await waitUntil(() => tile(el, 0)?.getAttribute('aria-label')?.startsWith('Asset 0'), 'the new list drawn');
    await scrolledDown();
    el.loading = true;
    await el.updateComplete;
    el.assets = makeAssets(200, 'third');
    el.loading = false;
    await el.updateComplete;
    expect(scroller(el).scrollTop, 'after the skeletons').to.equal(0);
  });

  /** Scrolls `by` px a frame for `frames` frames; for each tile drawn meanwhile, whether it had its thumbnail when first seen. */
  async function scrollAndLook(el: DamAssetGrid, by: number, frames: number): Promise<boolean[]> {
    await virtualized(el);
    await nextFrame();
    const seen = new Set(tiles(el).map((t) => t.dataset.index));
    const firstSight: boolean[] = [];
    for (let frame = 0; frame < frames; frame++) {
      scroller(el).scrollTop += by;
      await nextFrame();
      for (const t of tiles(el)) {
        if (seen.has(t.dataset.index)) continue;
        seen.add(t.dataset.index);
        firstSight.push(t.querySelector('[part="thumbnail"] img') !== null);
      }
    }
    return firstSight;
  }

  it('leaves the thumbnails of tiles that fly past in a fast scroll until it stops', async () => {
    const el = await renderGrid(makeAssets(600));
    // 400 px a frame is fast even at 10 frames a second.
    const firstSight = await scrollAndLook(el, 400, 30);
    expect(firstSight.length).to.be.greaterThan(20, 'tiles drawn during the scroll');
    expect(firstSight.filter((had) => !had).length).to.be.greaterThan(firstSight.length / 2, 'drawn without their thumbnails');
    for (const t of tiles(el).filter((t) => !t.querySelector('img'))) {
      expect(t.querySelector('[part="thumbnail"]')!.children, 'an empty thumbnail box, not the kind icon').to.have.length(0);
    }
    await waitUntil(() => tiles(el).every((t) => t.querySelector('[part="thumbnail"] img')), 'every thumbnail once the scroll stopped');
  });

  it('loads the thumbnails at once where a single jump lands (a key, a click on the scrollbar track)', async () => {
    const el = await renderGrid(makeAssets(600));
    await virtualized(el);
    await aTimeout(200);
    scroller(el).scrollTop = 9000;
    await waitUntil(() => tiles(el).some((t) => Number(t.dataset.index) > 100), 'tiles drawn where it landed');
    const landed = tiles(el).filter((t) => Number(t.dataset.index) > 100);
    expect(
      landed.every((t) => t.querySelector('[part="thumbnail"] img')),
      'each with its thumbnail',
    ).to.be.true;
  });

  it('loads the thumbnails of tiles that come into view at reading speed at once', async () => {
    const el = await renderGrid(makeAssets(600));
    // 24 px a frame is 1,440 px/s at 60 frames a second, and slower at fewer.
    const firstSight = await scrollAndLook(el, 24, 80);
    expect(firstSight.length).to.be.greaterThan(10, 'tiles drawn during the scroll');
    expect(
      firstSight.every((had) => had),
      'each with its thumbnail',
    ).to.be.true;
  });

  it('with randomAccess lays out every result, stand-ins where none is loaded, and keeps the DOM bounded', async () => {
    const total = 100_000;
    const el = await renderGrid([]);
    const ranges = record<CustomEvent<GridRangeDetail>>(el, GRID_RANGE);
    el.randomAccess = true;
    el.listId = 'q1';
    el.total = total;
    el.assets = makeAssets(50, 'top');
    await waitUntil(() => tiles(el).length > 0, 'tiles rendered');
    expect(tile(el, 0)!.getAttribute('aria-setsize')).to.equal(String(total));
    const scrollHeight = scroller(el).scrollHeight;
    expect(scrollHeight, 'the scrollbar spans all results').to.be.greaterThan((total / el.columns) * 100);

    // Drag to the middle: stand-ins there, and the grid says which positions are visible.
    scroller(el).scrollTop = scrollHeight / 2;
    await waitUntil(() => ranges.some((event) => event.detail.first > total * 0.4), 'range of the middle reported');
    const { first, last } = ranges.at(-1)!.detail;
    expect(first).to.be.within(total * 0.4, total * 0.6);
    expect(last).to.be.greaterThan(first);
    await waitUntil(() => el.shadowRoot!.querySelectorAll('[part="skeleton"]').length > 0, 'stand-ins in the middle');
    expect(tiles(el)).to.have.length(0);

    // The host loads the page there: its tiles appear at their positions, and the scroll position stays.
    const pageStart = Math.floor(first / 50) * 50;
    const middle = makeAssets(100, 'middle');
    el.assets = middle;
    el.offset = pageStart;
    await waitUntil(() => tile(el, first) !== null, 'tiles of the middle');
    expect(tile(el, first)!.getAttribute('aria-posinset')).to.equal(String(first + 1));
    expect(tile(el, first)!.getAttribute('aria-label')).to.contain(`Asset ${first - pageStart},`);
    expect(scroller(el).scrollTop).to.be.closeTo(scrollHeight / 2, 2);

    // Scrolling far keeps only about a screen of tiles in the DOM.
    for (const fraction of [0.1, 0.3, 0.7, 0.9]) {
      scroller(el).scrollTop = scrollHeight * fraction;
      await aTimeout(30);
      expect(el.shadowRoot!.querySelectorAll('.listbox > *').length).to.be.below(150);
    }
    // A tile of the loaded window is still selectable by the keyboard and mouse.
    scroller(el).scrollTop = scrollHeight / 2;
    await waitUntil(() => tile(el, first) !== null, 'back in the middle');
    const toggled = oneEvent(el, GRID_TOGGLE);
    tile(el, first)!.click();
    expect(((await toggled) as GridToggleEvent).detail.asset.id).to.equal(`middle-${first - pageStart}`);

    // A new result list starts at the top.
    el.listId = 'q2';
    el.assets = makeAssets(50, 'other');
    el.offset = 0;
    await waitUntil(() => scroller(el).scrollTop === 0 && tile(el, 0) !== null, 'back at the top');
  });

  it('does not ask for more while a page is loading or when there is no more', async () => {
    const el = await renderGrid(makeAssets(100), { hasMore: false });
    const requests = record(el, GRID_LOAD_MORE);
    scroller(el).scrollTop = scroller(el).scrollHeight;
    await aTimeout(100);
    expect(requests).to.have.length(0);
    el.loadingMore = true;
    el.hasMore = true;
    await el.updateComplete;
    await aTimeout(50);
    expect(requests).to.have.length(0);
  });

  it('renders hostile DAM text literally and never uses a javascript: thumbnail', async () => {
    const hostile = '<img src=x onerror="window.__xss=1">';
    const assets = makeAssets(3);
    assets[0] = { ...assets[0]!, title: hostile, thumbnailUrl: 'javascript:window.__xss=2' };
    assets[1] = { ...assets[1]!, fileType: '<b>svg</b>', thumbnailUrl: undefined, type: 'document' };
    const el = await renderGrid(assets);
    await aTimeout(50);
    const first = tile(el, 0)!;
    expect(first.querySelector('[part="title"]')!.textContent).to.equal(hostile);
    expect(first.querySelector('img')).to.be.null;
    expect(first.querySelector('[part="placeholder"]')).to.exist;
    expect(el.shadowRoot!.querySelector('img[src="x"]')).to.be.null;
    expect(el.shadowRoot!.querySelector('b')).to.be.null;
    expect(tile(el, 1)!.querySelector('[part="meta"]')!.textContent).to.equal('<B>SVG</B> · Document');
    expect((window as unknown as { __xss?: number }).__xss).to.be.undefined;
  });

  it('shows the placeholder when a thumbnail fails to load', async () => {
    const assets = makeAssets(2, 'broken', { thumbnailUrl: `${location.origin}/no-such-thumbnail.png` });
    const el = await renderGrid(assets);
    await waitUntil(() => tile(el, 0)!.querySelector('img') === null, 'img replaced after error');
    expect(tile(el, 0)!.querySelector('[part="placeholder"]')).to.exist;
  });
});
