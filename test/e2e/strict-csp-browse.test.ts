// The browse sidebar under a strict Content-Security-Policy: once signed in, the folder tree
// (indented rows), the facets and the breadcrumb render without a single CSP violation.
import { expect, waitUntil } from '@open-wc/testing';

describe('strict CSP: browse and filter', function () {
  this.timeout(20_000);

  it('renders the tree, facets and breadcrumb with no CSP violation', async () => {
    const { hostEmulatorOrigin } = (await (await fetch('/__e2e-config.json')).json()) as { hostEmulatorOrigin: string };
    await fetch(`${hostEmulatorOrigin}/__emulator/faults`, { method: 'POST', body: JSON.stringify({ autoApprove: true }) });
    const host = window.open('/test/e2e/strict-csp.html?block-popups', 'csp-browse-host', 'width=1000,height=700')!;
    const picker = () => host.document?.querySelector('dam-picker')?.shadowRoot;
    await waitUntil(() => picker()?.querySelector('.sign-in button'), 'signed-out picker rendered', { timeout: 15_000 });
    picker()!.querySelector<HTMLButtonElement>('.sign-in button')!.click();
    const rows = () => {
      try {
        return picker()?.querySelector('dam-folder-tree')?.shadowRoot?.querySelectorAll<HTMLElement>('[role="treeitem"]') ?? [];
      } catch {
        return []; // at the DAM, cross-origin
      }
    };
    // A second level: the root's folders under it.
    await waitUntil(() => [...rows()].some((row) => row.getAttribute('aria-level') === '2'), 'tree rendered', { timeout: 15_000 });
    await waitUntil(
      () => (picker()!.querySelector('dam-facet-list')?.shadowRoot?.querySelectorAll('input[type="checkbox"]').length ?? 0) > 0,
      'facets rendered',
      { timeout: 10_000 },
    );
    // The indent of a second-level row took effect (set through the CSSOM, not a style attribute).
    const child = [...rows()].find((row) => row.getAttribute('aria-level') === '2')!;
    expect(host.getComputedStyle(child).getPropertyValue('--_level').trim()).to.equal('1');
    const violations = (host as unknown as { cspViolations: string[] }).cspViolations;
    expect(violations).to.deep.equal([]);
    host.close();
  });
});
