// A Vue 3 host: <dam-picker> rendered with h() (no runtime template compiler, so no 'unsafe-eval' under
// the strict CSP). Vue sets known properties (clientId, selectedIds) as properties and turns `onDamSelect`
// into a `dam-select` listener; the event types come from the package's HTMLElementEventMap entries.
import { createApp, defineComponent, h, ref } from 'vue';
import '../src/index.js';
import type { DamAsset } from '../src/index.js';

const { emulator } = document.querySelector<HTMLMetaElement>('meta[name="dam-demo"]')!.dataset;

const NAV = [
  ['./', 'Inline picker'],
  ['./script-tag.html', 'Script tag + modal'],
  ['./windows.html', 'Popup / iframe'],
  ['./react.html', 'React'],
  ['./vue.html', 'Vue'],
] as const;

const App = defineComponent(() => {
  const assets = ref<DamAsset[]>([]);
  const open = ref(true);
  const onSelect = (event: HTMLElementEventMap['dam-select']) => (assets.value = event.detail.assets);
  const onCancel = (_event: HTMLElementEventMap['dam-cancel']) => (open.value = false);
  const onError = (event: HTMLElementEventMap['dam-error']) => console.warn('dam-error', event.detail.code, event.detail.message);
  return () => [
    h('header', { class: 'cms-bar' }, [
      h('strong', 'Acme CMS'),
      h(
        'nav',
        { class: 'demo-nav' },
        NAV.map(([href, label]) => h('a', { href, 'aria-current': href === './vue.html' ? 'page' : undefined }, label)),
      ),
    ]),
    h('main', { class: 'cms' }, [
      h('article', { class: 'editor' }, [
        h('h1', 'Vue 3 host'),
        h('div', { class: 'actions' }, [
          h('button', { type: 'button', onClick: () => (open.value = !open.value) }, open.value ? 'Hide picker' : 'Show picker'),
        ]),
        open.value
          ? h('dam-picker', {
              provider: 'brandworkz',
              site: 'demo.brandworkz.com',
              discoveryUrl: emulator,
              clientId: 'dam-picker-demo',
              selection: 'multiple',
              maxItems: 10,
              selectedIds: assets.value.map((asset) => asset.id),
              onDamSelect: onSelect,
              onDamCancel: onCancel,
              onDamError: onError,
            })
          : null,
      ]),
      h('aside', { class: 'json' }, [
        h('h2', 'Picked in Vue state'),
        h(
          'ul',
          assets.value.map((asset) => h('li', { key: asset.id }, asset.title)),
        ),
      ]),
    ]),
  ];
});

createApp(App).mount('#root');
