// <dam-folder-tree> against the emulator (behind msw): lazy loading, the WAI-ARIA tree pattern
// (roles, levels, positions, expanded/selected states, keys, type-ahead), the 1,000-folder level
// (paged and virtualised), load errors with retry, and axe.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import { createQueryClient } from '../../src/api/query.js';
import { BrandworkzProvider, FOLDER_PAGE_SIZE } from '../../src/api/providers/brandworkz/brandworkz-provider.js';
import type { DamFolder } from '../../src/api/types.js';
import type { DamFolderTree } from '../../src/components/dam-folder-tree/dam-folder-tree.js';
import type { DamSource } from '../../src/internal/dam-source.js';
import { API_ORIGIN, SITE, startMockDam, type MockDam } from '../support/mock-dam.js';
import { typeText } from '../support/engine.js';
import '../support/benign-errors.js';

describe('<dam-folder-tree>', () => {
  let dam: MockDam;
  let context: DamSource;

  beforeEach(async () => {
    dam = await startMockDam();
    const token = dam.token;
    const provider = new BrandworkzProvider({
      site: SITE,
      discoveryUrl: API_ORIGIN,
      tokens: { getAccessToken: async () => token, refreshAccessToken: async () => token },
      retry: { retries: 0 },
    });
    context = { provider, queryClient: createQueryClient(), scope: 'test' };
  });
  afterEach(() => dam.stop());

  const data = () => dam.emulator.data;
  const folderRequests = () => dam.emulator.requests.entries.filter((entry) => entry.endpoint === 'simpleSearch');
  const items = (tree: DamFolderTree) => [...tree.shadowRoot!.querySelectorAll<HTMLElement>('[role="treeitem"]')];
  const item = (tree: DamFolderTree, title: string) => items(tree).find((element) => element.textContent?.includes(title));
  const focused = (tree: DamFolderTree) => tree.shadowRoot!.activeElement as HTMLElement | null;
  const asFolder = (guid: string): DamFolder => {
    const folder = data().folderByGuid(guid)!;
    return { id: folder.guid, title: folder.title, kind: folder.assetType === 'Webpage' ? 'webpage' : 'folder' };
  };

  async function tree(root: DamFolder, options: { height?: number } = {}): Promise<DamFolderTree> {
    const element = await fixture<DamFolderTree>(html`<dam-folder-tree .dam=${context} .root=${root}
      style="display: flex; width: 300px; height: ${options.height ?? 400}px"></dam-folder-tree>`);
    await waitUntil(() => items(element).length > 1, 'children of the root', { timeout: 5000 });
    return element;
  }

  async function press(...keys: string[]): Promise<void> {
    for (const key of keys) await sendKeys({ press: key });
  }

  // First in this file, while the page has not loaded the list's layout code yet.
  it('takes focus as soon as it is drawn: its list is laid out from the start', async () => {
    const rejections: unknown[] = [];
    const record = (event: PromiseRejectionEvent) => rejections.push(event.reason);
    window.addEventListener('unhandledrejection', record);
    try {
      const root = await context.provider.rootFolder();
      const element = await fixture<DamFolderTree>(html`<dam-folder-tree .dam=${context} .root=${root}
        style="display: flex; width: 300px; height: 400px"></dam-folder-tree>`);
      element.focus();
      await waitUntil(() => focused(element)?.getAttribute('aria-level') === '1', 'root row focused', { timeout: 5000 });
      expect(rejections).to.deep.equal([]);
    } finally {
      window.removeEventListener('unhandledrejection', record);
    }
  });

  it('shows the root expanded with its folders and webpages, loading nothing deeper', async () => {
    const root = await context.provider.rootFolder();
    const element = await tree(root);
    const children = data().childFolders(root.id);
    const rows = items(element);
    expect(rows).to.have.length(children.length + 1);
    expect(rows[0]!.getAttribute('aria-level')).to.equal('1');
    expect(rows[0]!.getAttribute('aria-expanded')).to.equal('true');
    const brands = item(element, 'Brands')!;
    expect(brands.getAttribute('aria-level')).to.equal('2');
    expect(brands.getAttribute('aria-setsize')).to.equal(String(children.length));
    expect(brands.getAttribute('aria-expanded')).to.equal('false');
    expect(item(element, 'Brand portal')!.dataset['kind']).to.equal('webpage');
    expect(item(element, 'Brand portal')!.textContent).to.contain('web page');
    expect(brands.dataset['kind']).to.equal('folder');
    expect(folderRequests()).to.have.length(1);
    expect(folderRequests()[0]!.query).to.include({ parentCategoryGUID: root.id, assetType: 'Folder,Webpage' });
    expect(element.shadowRoot!.querySelector('[role="tree"]')!.getAttribute('aria-label')).to.equal('Folders');
    await expect(element).to.be.accessible();
  });

  it('follows the tree pattern on the keyboard: arrows, Home/End, Enter/Space, type-ahead', async () => {
    const root = await context.provider.rootFolder();
    const element = await tree(root);
    const titles = [...data().childFolders(root.id)].map((folder) => folder.title).sort(new Intl.Collator('en').compare);
    element.focus();
    await waitUntil(() => focused(element)?.getAttribute('aria-level') === '1', 'root focused');
    expect(focused(element)!.tabIndex).to.equal(0);

    await press('ArrowDown');
    await waitUntil(() => focused(element)?.textContent?.includes(titles[0]!), 'first child');
    expect(items(element).filter((row) => row.tabIndex === 0)).to.have.length(1);

    await press('End');
    await waitUntil(() => focused(element)?.textContent?.includes(titles.at(-1)!), 'last row');
    await press('Home');
    await waitUntil(() => focused(element)?.getAttribute('aria-level') === '1', 'back to the root');

    // Type-ahead: one letter, then a quick prefix.
    await typeText('b');
    await waitUntil(() => focused(element)?.textContent?.includes('Brand portal'), 'type-ahead b');
    await typeText('b');
    await waitUntil(() => focused(element)?.textContent?.includes('Brands'), 'b again cycles');
    await press('Home'); // a navigation key starts a new type-ahead search
    await typeText('sha');
    await waitUntil(() => focused(element)?.textContent?.includes('Shared library'), 'type-ahead sha');

    // Right opens (lazily), Right again enters, Left goes to the parent, Left closes.
    const requestsBefore = folderRequests().length;
    await press('ArrowRight');
    await waitUntil(() => item(element, 'Stock photography'), 'children loaded');
    expect(folderRequests()).to.have.length(requestsBefore + 1);
    expect(item(element, 'Shared library')!.getAttribute('aria-expanded')).to.equal('true');
    await press('ArrowRight');
    await waitUntil(() => focused(element)?.getAttribute('aria-level') === '3', 'first child of Shared library');
    await press('ArrowLeft');
    await waitUntil(() => focused(element)?.textContent?.includes('Shared library'), 'parent');
    await press('ArrowLeft');
    await waitUntil(() => !item(element, 'Stock photography'), 'collapsed');
    expect(item(element, 'Shared library')!.getAttribute('aria-expanded')).to.equal('false');
    // Opening it again comes from the cache.
    await press('ArrowRight');
    await waitUntil(() => item(element, 'Stock photography'), 'open again');
    expect(folderRequests()).to.have.length(requestsBefore + 1);

    // Enter and Space choose; the tree leaves aria-selected to the host.
    let event = oneEvent(element, 'folder-select');
    await press('Enter');
    const { detail } = await event;
    expect(detail.folder.title).to.equal('Shared library');
    expect(detail.path.map((folder: DamFolder) => folder.id)).to.deep.equal([root.id, detail.folder.id]);
    element.selectedId = detail.folder.id;
    await element.updateComplete;
    expect(item(element, 'Shared library')!.getAttribute('aria-selected')).to.equal('true');
    expect(items(element).filter((row) => row.hasAttribute('aria-selected'))).to.have.length(1);
    await press('ArrowDown');
    event = oneEvent(element, 'folder-select');
    await press(' ');
    expect((await event).detail.path).to.have.length(3);
    await expect(element).to.be.accessible();
  });

  it('marks an empty folder as a leaf once its children are known', async () => {
    const element = await tree(
      asFolder(
        data()
          .childFolders(data().rootFolderGuid)
          .find((f) => f.title === 'Shared library')!.guid,
      ),
    );
    const empty = data().folderByGuid(data().emptyFolderGuid)!;
    const row = () => item(element, empty.title)!;
    row().querySelector<HTMLElement>('[data-toggle]')!.click();
    await waitUntil(() => !row().hasAttribute('aria-expanded'), 'leaf');
    expect(row().querySelector('[data-toggle] svg')).to.equal(null);
  });

  it('pages and virtualises a level of 1,000 sub-folders', async () => {
    const element = await tree(asFolder(data().wideFolderGuid), { height: 320 });
    // The virtualizer renders about a screen (plus overhang) of the loaded rows, not all of them.
    const rendered = items(element);
    expect(element.model.rows.length).to.equal(FOLDER_PAGE_SIZE + 1);
    expect(rendered.length).to.be.lessThan(FOLDER_PAGE_SIZE / 2);
    expect(rendered[1]!.getAttribute('aria-setsize')).to.equal('1000');
    expect(folderRequests()).to.have.length(1);
    expect(folderRequests()[0]!.query['size']).to.equal(String(FOLDER_PAGE_SIZE));

    element.focus();
    await waitUntil(() => focused(element)?.getAttribute('aria-level') === '1', 'root focused');
    await press('End');
    await waitUntil(() => focused(element)?.getAttribute('aria-posinset') === String(FOLDER_PAGE_SIZE), 'last loaded row');
    // Reaching the end of what is loaded loads the next page.
    await waitUntil(() => element.model.rows.length > FOLDER_PAGE_SIZE + 1, 'next page', { timeout: 5000 });
    await press('End');
    await waitUntil(() => Number(focused(element)?.getAttribute('aria-posinset')) > FOLDER_PAGE_SIZE, 'into the next page');
    expect(items(element).length).to.be.lessThan(FOLDER_PAGE_SIZE / 2);
    const title = data().childFolders(data().wideFolderGuid)[0]!.title;
    await press('Home');
    await waitUntil(() => focused(element)?.getAttribute('aria-level') === '1', 'home');
    await press('ArrowDown');
    await waitUntil(() => focused(element)?.textContent?.includes(title), 'first store');
  });

  it('says when sub-folders fail to load and retries', async () => {
    dam.emulator.faults.inject({ endpoint: 'simpleSearch', status: 500, times: 1 });
    const root = await context.provider.rootFolder();
    const element = await fixture<DamFolderTree>(html`<dam-folder-tree .dam=${context} .root=${root} style="height: 300px"></dam-folder-tree>`);
    const error = () => element.shadowRoot!.querySelector<HTMLElement>('[part="error"]');
    await waitUntil(error, 'error shown');
    expect(error()!.textContent).to.contain(root.title);
    await expect(element).to.be.accessible();
    error()!.querySelector('button')!.click();
    await waitUntil(() => items(element).length > 1 && !error(), 'recovered');
  });
});
