// <dam-search-box>: the debounced search field on its own.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

const meta: Meta<{ value: string }> = {
  title: 'Parts/dam-search-box',
  component: 'dam-search-box',
  args: { value: '' },
  render: (args) => html`<dam-search-box .value=${args.value}></dam-search-box>`,
};
export default meta;

export const Empty: StoryObj<{ value: string }> = {};
export const WithText: StoryObj<{ value: string }> = { args: { value: 'summer campaign' } };
