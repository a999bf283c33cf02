// The picker on a page with a strict Content-Security-Policy (no unsafe-inline,
// no unsafe-eval): it renders, styles apply, it talks to the DAM, nothing is blocked.
import { expect, waitUntil } from '@open-wc/testing';

describe('strict CSP', function () {
  this.timeout(20_000);

  it('runs and styles the picker with no CSP violation', async () => {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 800px; height: 600px';
    frame.src = '/test/e2e/strict-csp.html';
    document.body.append(frame);
    await waitUntil(() => frame.contentDocument?.querySelector('dam-picker')?.shadowRoot?.querySelector('.sign-in button'), 'signed-out picker rendered', {
      timeout: 15_000,
    });
    const doc = frame.contentDocument!;
    const picker = doc.querySelector('dam-picker')!;
    const button = picker.shadowRoot!.querySelector<HTMLButtonElement>('.sign-in button')!;
    // The discovery request crossed origins and succeeded; the component's styles (adopted style sheets) apply.
    expect(button.textContent).to.contain('Sign in to Brandworkz');
    expect(frame.contentWindow!.getComputedStyle(button).fontWeight).to.equal('600');
    expect(frame.contentWindow!.getComputedStyle(picker).display).to.equal('block');
    // A CSP meta tag really is in force on this page: an inline style attribute set by script is refused.
    const probe = doc.createElement('div');
    doc.body.append(probe);
    probe.setAttribute('style', 'color: rgb(1, 2, 3)');
    await new Promise((resolve) => setTimeout(resolve, 50));
    const violations = (frame.contentWindow as unknown as { cspViolations: string[] }).cspViolations;
    expect(violations.filter((entry) => !entry.startsWith('style-src-attr'))).to.deep.equal([]);
    expect(violations.some((entry) => entry.startsWith('style-src-attr'))).to.equal(true);
    frame.remove();
  });

  it('signs in with a full-page redirect when the popup is blocked, and cleans the URL', async () => {
    const { hostEmulatorOrigin: emulatorOrigin } = (await (await fetch('/__e2e-config.json')).json()) as { hostEmulatorOrigin: string };
    await fetch(`${emulatorOrigin}/__emulator/faults`, { method: 'POST', body: JSON.stringify({ autoApprove: true }) });
    // A top-level window (an iframe would lose the DAM's first-party cookies); its page simulates a popup blocker.
    const host = window.open('/test/e2e/strict-csp.html?block-popups', 'redirect-host', 'width=800,height=600')!;
    const picker = () => host.document?.querySelector('dam-picker')?.shadowRoot;
    await waitUntil(() => picker()?.querySelector('.sign-in button'), 'signed-out picker rendered', { timeout: 15_000 });
    picker()!.querySelector<HTMLButtonElement>('.sign-in button')!.click();
    // The page itself goes to the DAM and comes back to its redirect URI, where the picker completes the sign-in.
    await waitUntil(
      () => {
        try {
          return host.location.search === '' && picker()?.querySelector('dam-asset-grid');
        } catch {
          return false; // at the DAM, cross-origin
        }
      },
      'back from the DAM and signed in',
      { timeout: 15_000 },
    );
    expect(Object.keys(host.sessionStorage).some((key) => key.startsWith('dam-picker.user:'))).to.equal(true);
    host.close();
  });
});
