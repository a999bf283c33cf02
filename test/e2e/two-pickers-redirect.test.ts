// Two pickers on one page (two Brandworkz clients of one DAM) and a full-page redirect sign-in: the
// return is completed only by the picker that issued it. The other one, mounted first, looks at the
// stored request, sees it is not its own, and leaves it (and the answer) for its owner.
import { expect, waitUntil } from '@open-wc/testing';
import type { DamPicker } from '../../src/components/dam-picker/dam-picker.js';
import { e2eConfig, isSignedIn, signInAlert, signInButton } from '../support/sign-in-helpers.js';

type HostWindow = Window & { ready?: boolean; stateKeysBefore: Record<string, string[]> };

describe('two pickers and a redirect return', function () {
  this.timeout(30_000);

  it('is completed by the picker that issued it; the other stays signed out and leaves the state alone', async () => {
    const { hostEmulatorOrigin: origin } = await e2eConfig();
    await fetch(`${origin}/__emulator/faults`, { method: 'POST', body: JSON.stringify({ autoApprove: true }) });
    // A top-level window (an iframe never redirects); its page blocks popups, its pickers opt in to the redirect.
    const host = window.open('/test/e2e/auth-host.html?block-popups&sign-in-redirect&pickers=a,b', 'two-pickers-host', 'width=800,height=900') as HostWindow;
    try {
      await waitUntil(() => host.ready, 'both pickers mounted', { timeout: 15_000 });
      const picker = (name: string): DamPicker => host.document.getElementById(name) as DamPicker;
      signInButton(picker('b'))!.click();
      // To the DAM and back: the page loads again, mounts A, waits for it to settle, then mounts B.
      await waitUntil(
        () => {
          try {
            return host.ready && host.location.search === '' && isSignedIn(picker('b'));
          } catch {
            return false; // at the DAM, cross-origin
          }
        },
        'back from the DAM, B signed in',
        { timeout: 20_000 },
      );
      const a = picker('a');
      expect(isSignedIn(a)).to.equal(false);
      expect(signInButton(a)?.disabled).to.equal(false);
      expect(signInAlert(a), 'A did not try to complete it').to.equal(undefined);
      // B's request was still stored when B was mounted after A had settled: A did not consume it.
      expect(host.stateKeysBefore['b']).to.have.length(1);
      expect(Object.keys(host.sessionStorage).filter((key) => key.startsWith('dam-picker.user:'))).to.have.length(1);
    } finally {
      host.sessionStorage.clear();
      host.close();
    }
  });
});
