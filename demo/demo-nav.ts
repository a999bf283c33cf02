// The demo pages' shared navigation, for the framework hosts (plain pages write it in their HTML).
import { createElement } from 'react';

const PAGES = [
  ['index', './', 'Inline picker'],
  ['script-tag', './script-tag.html', 'Script tag + modal'],
  ['windows', './windows.html', 'Popup / iframe'],
  ['react', './react.html', 'React'],
  ['vue', './vue.html', 'Vue'],
] as const;

export function DemoNav({ current }: { current: string }) {
  return createElement(
    'header',
    { className: 'cms-bar' },
    createElement('strong', null, 'Acme CMS'),
    createElement(
      'nav',
      { className: 'demo-nav' },
      PAGES.map(([id, href, label]) => createElement('a', { key: id, href, 'aria-current': id === current ? 'page' : undefined }, label)),
    ),
  );
}
