// <dam-folder-tree> on its own: lazy, paged folders from the emulated DAM (its `dam` property stands in
// for the picker's context).
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { createQueryClient } from '../src/api/query.js';
import { BrandworkzProvider } from '../src/api/providers/brandworkz/brandworkz-provider.js';
import type { DamFolder } from '../src/index.js';
import { API_ORIGIN, SITE, storyDam } from './emulated-dam.js';

const meta: Meta = {
  title: 'Parts/dam-folder-tree',
  component: 'dam-folder-tree',
  render: () => {
    const { emulator } = storyDam();
    const token = emulator.tokens.issue();
    const provider = new BrandworkzProvider({
      site: SITE,
      discoveryUrl: API_ORIGIN,
      tokens: { getAccessToken: async () => token, refreshAccessToken: async () => emulator.tokens.issue() },
    });
    const root: DamFolder = { id: emulator.data.rootFolderGuid, title: emulator.data.rootFolder.title, kind: 'folder' };
    return html`<dam-folder-tree
      style="display: flex; width: 300px; height: 420px"
      .dam=${{ provider, queryClient: createQueryClient(), scope: 'story' }}
      .root=${root}
    ></dam-folder-tree>`;
  },
};
export default meta;

export const FromTheRoot: StoryObj = {};
