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
}

const meta: Meta<Args> = {
  title: 'Picker/dam-picker',
  component: 'dam-picker',
  args: { selection: 'multiple', upload: false, signedIn: true },
  argTypes: { selection: { control: 'inline-radio', options: ['single', 'multiple'] } },
  render: (args, { parameters }) => html`<dam-picker
    provider="brandworkz"
    site=${SITE}
    discovery-url=${API_ORIGIN}
    client-id="dam-picker-demo"
    selection=${args.selection}
    max-items=${ifDefined(args.maxItems)}
    file-types=${ifDefined(args.fileTypes)}
    ?upload=${args.upload}
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
  args: { maxItems: 3, selectedIds: storyDam().emulator.data.assets.slice(0, 3).map((asset) => asset.guid) },
};
export const Upload: Story = { args: { upload: true } };
/** Every search fails (after the client's retries): the grid shows the error and a Retry button. */
export const ErrorWithRetry: Story = {
  tags: ['expected-network-errors'],
  parameters: { dam: { faults: [{ endpoint: 'simpleSearch', status: 500, times: 100 }] } satisfies DamParameters },
};
