// DamPicker.open(): the picker in a modal dialog, opened from a button.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { open } from '../src/index.js';
import { API_ORIGIN, SITE, storyDam } from './emulated-dam.js';

const meta: Meta = {
  title: 'Embedding/DamPicker.open (modal)',
  component: 'dam-picker-dialog',
  render: () => {
    const result = document.createElement('pre');
    result.textContent = 'Nothing picked yet.';
    const onClick = async () => {
      const assets = await open({
        provider: 'brandworkz',
        site: SITE,
        discoveryUrl: API_ORIGIN,
        selection: 'multiple',
        tokenProvider: storyDam().tokenProvider,
      });
      result.textContent = JSON.stringify(
        assets.map((asset) => asset.title),
        null,
        2,
      );
    };
    return html`<button type="button" @click=${onClick}>Insert image</button>${result}`;
  },
};
export default meta;

export const Modal: StoryObj = {};
