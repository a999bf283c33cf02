// The demo pages that show the picker in the page (not through the picker page's popup or iframe) run under a
// strict Content-Security-Policy, as a CMS should: it must let the picker reach every DAM origin it shows, for
// its requests, its thumbnails and its details panel's video and audio previews (media-src: without it the
// panel's player never loads, with only a console message to say why).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

const IN_PAGE = ['index.html', 'script-tag.html', 'react.html', 'vue.html'];

/** The directives of the page's `<meta http-equiv="Content-Security-Policy">`, each as its list of sources. */
function policyOf(page) {
  const html = readFileSync(new URL(`../demo/${page}`, import.meta.url), 'utf8');
  const content = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
  assert.ok(content, `${page} has a policy`);
  return new Map(
    content
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name, sources]),
  );
}

for (const page of IN_PAGE) {
  test(`${page}: the DAM origins the picker fetches from may also send thumbnails and play previews`, () => {
    const policy = policyOf(page);
    assert.deepEqual(policy.get('default-src'), ["'self'"], 'a strict default');
    const dams = (policy.get('connect-src') ?? []).filter((source) => /^(?:https?:\/\/|%VITE_)/.test(source));
    assert.ok(dams.length > 0, 'the DAM API origins are allowed');
    for (const directive of ['img-src', 'media-src']) {
      for (const dam of dams) assert.ok(policy.get(directive)?.includes(dam), `${directive} allows ${dam}`);
    }
  });
}
