// <dam-picker> in its states, against the emulated DAM (see .storybook/preview.ts).
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { API_ORIGIN, SITE, storyDam, type DamParameters } from './emulated-dam.js';

interface Args {
  selection: 'single' | 'multiple';
  maxItems?: number;
  fileTypes?: string;
  upload: boolean;
  signedIn: boolean;
  selectedIds?: string[];
  theme?: '' | 'light' | 'dark';
  density?: '' | 'compact';
  lang?: string;
  rootFolder?: string;
  sort?: '' | 'relevance' | 'newest' | 'oldest' | 'title' | 'title-desc';
  restrictedAssets?: 'warn' | 'block' | 'hide';
}

const meta: Meta<Args> = {
  title: 'Picker/dam-picker',
  component: 'dam-picker',
  args: { selection: 'multiple', upload: false, signedIn: true },
  argTypes: {
    selection: { control: 'inline-radio', options: ['single', 'multiple'] },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark'] },
    density: { control: 'inline-radio', options: ['', 'compact'] },
    lang: { control: 'select', options: ['en', 'de', 'fr', 'nl', 'es', 'ar'] },
    sort: { control: 'select', options: ['', 'relevance', 'newest', 'oldest', 'title', 'title-desc'] },
    restrictedAssets: { control: 'inline-radio', options: ['warn', 'block', 'hide'] },
  },
  render: (args, { parameters }) => html`<dam-picker
    provider="brandworkz"
    site=${SITE}
    discovery-url=${API_ORIGIN}
    client-id="dam-picker-demo"
    selection=${args.selection}
    max-items=${ifDefined(args.maxItems)}
    file-types=${ifDefined(args.fileTypes)}
    ?upload=${args.upload}
    theme=${ifDefined(args.theme || undefined)}
    density=${ifDefined(args.density || undefined)}
    lang=${ifDefined(args.lang)}
    root-folder=${ifDefined(args.rootFolder)}
    sort=${ifDefined(args.sort || undefined)}
    restricted-assets=${ifDefined(args.restrictedAssets)}
    .selectedIds=${args.selectedIds ?? []}
    .tokenProvider=${args.signedIn ? storyDam((parameters['dam'] as DamParameters | undefined)?.assetCount).tokenProvider : undefined}
    token-storage="memory"
  ></dam-picker>`,
};
export default meta;

type Story = StoryObj<Args>;

export const Results: Story = {};
export const SignedOut: Story = { args: { signedIn: false } };
export const Single: Story = { args: { selection: 'single' } };
export const Empty: Story = { args: { fileTypes: 'nosuchformat' } };
/** The DAM answers slowly: the grid shows its loading state. */
export const Loading: Story = { parameters: { dam: { latencyMs: 600_000 } satisfies DamParameters } };
export const TenThousandResults: Story = { parameters: { dam: { assetCount: 10_000 } satisfies DamParameters } };
export const SelectionAtMaxItems: Story = {
  args: {
    maxItems: 3,
    selectedIds: storyDam()
      .emulator.data.assets.slice(0, 3)
      .map((asset) => asset.guid),
  },
};
export const Upload: Story = { args: { upload: true } };
/** Every search fails (after the client's retries): the grid shows the error and a Retry button. */
export const ErrorWithRetry: Story = {
  tags: ['expected-network-errors'],
  parameters: { dam: { faults: [{ endpoint: 'simpleSearch', status: 500, times: 100 }] } satisfies DamParameters },
};

/** theme="dark": dark whatever the system preference. */
export const DarkTheme: Story = { args: { theme: 'dark' } };
/** density="compact": tighter spacing, smaller thumbnails. */
export const CompactDensity: Story = { args: { density: 'compact' } };
export const DarkCompact: Story = { args: { theme: 'dark', density: 'compact', upload: true } };
/** lang="de": German strings and number formatting. */
export const German: Story = { args: { lang: 'de', upload: true } };
/** lang="ar": Arabic, laid out right to left (sidebar, grid, footer and chips mirror). */
export const Arabic: Story = {
  args: {
    lang: 'ar',
    upload: true,
    selectedIds: storyDam()
      .emulator.data.assets.slice(0, 2)
      .map((asset) => asset.guid),
  },
};

/** Status badges in words: the emulator's "QA fixtures / Rights and expiry" folder (expired, embargoed, view-only). */
export const RightsBadges: Story = { args: { rootFolder: storyDam().emulator.data.rightsFolderGuid } };
/** restricted-assets="block": restricted tiles are disabled and the reason is announced on an attempt. */
export const RightsBlocked: Story = { args: { rootFolder: storyDam().emulator.data.rightsFolderGuid, restrictedAssets: 'block' } };
/** restricted-assets="warn" with an expired asset picked: Insert asks first. */
export const RightsWarnOnInsert: Story = {
  args: {
    selection: 'single',
    rootFolder: storyDam().emulator.data.rightsFolderGuid,
    selectedIds: [storyDam().emulator.data.rightsAssets?.expired ?? ''],
  },
};
/** sort="newest": the sort control in the toolbar starts at "Newest first" (Brandworkz sorts through /search). */
export const SortedNewest: Story = { args: { sort: 'newest' } };
