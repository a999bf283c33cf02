// Every story runs against the DAM emulator's msw handlers (the same ones the tests use). A story picks
// its DAM with `parameters.dam`: `{ assetCount?, faults?, latencyMs? }`.
import type { Preview } from '@storybook/web-components-vite';
import { setupWorker } from 'msw/browser';
import '../src/index.js';
import { storyDam, type DamParameters } from '../stories/emulated-dam.js';

let worker: ReturnType<typeof setupWorker> | undefined;

const preview: Preview = {
  loaders: [
    async ({ parameters }) => {
      const options = (parameters['dam'] ?? {}) as DamParameters;
      const dam = storyDam(options.assetCount);
      dam.emulator.faults.clear();
      for (const fault of options.faults ?? []) dam.emulator.faults.inject(fault);
      dam.emulator.faults.setLatency(options.latencyMs ?? 0);
      if (!worker) {
        worker = setupWorker();
        await worker.start({ quiet: true, onUnhandledRequest: 'bypass', serviceWorker: { url: './mockServiceWorker.js' } });
      }
      worker.resetHandlers(...dam.handlers);
      return {};
    },
  ],
  parameters: { layout: 'padded' },
};

export default preview;
