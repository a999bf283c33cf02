// Helpers for the sign-in and sign-out tests against the real emulators: the test runner's
// configuration, a real click (a user gesture, so the sign-in popup may open), and the picker's panels.
import { waitUntil } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import type { DamPicker } from '../../src/components/dam-picker/dam-picker.js';

export interface E2EConfig {
  emulatorOrigin: string;
  hostEmulatorOrigin: string;
  bynderOrigin: string;
  /** A Bynder portal of its own for the tests that read its request log. */
  authBynderOrigin: string;
}

export async function e2eConfig(): Promise<E2EConfig> {
  return (await (await fetch('/__e2e-config.json')).json()) as E2EConfig;
}

/** The recommended redirect URI: the minimal callback page of the build. */
export const CALLBACK_PAGE = new URL('/dist/callback.html', location.href).href;

export async function clickCentre(element: Element): Promise<void> {
  const box = element.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
}

export const signInButton = (picker: DamPicker): HTMLButtonElement | null => picker.shadowRoot!.querySelector<HTMLButtonElement>('.sign-in button');
export const signInAlert = (picker: DamPicker): string | undefined => picker.shadowRoot!.querySelector('.sign-in [role="alert"]')?.textContent?.trim();
export const isSignedIn = (picker: DamPicker): boolean => picker.shadowRoot!.querySelector('dam-asset-grid') !== null;

export function signOutButton(picker: DamPicker): HTMLButtonElement | undefined {
  return [...picker.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="header"] button')].find((button) => /Sign out/.test(button.textContent ?? ''));
}

/** Presses the picker's sign-in button with a real click and waits for the results. */
export async function signInWithPopup(picker: DamPicker): Promise<void> {
  await waitUntil(() => signInButton(picker), 'the sign-in button', { timeout: 10_000 });
  await clickCentre(signInButton(picker)!);
  await waitUntil(() => isSignedIn(picker), 'signed in and showing results', { timeout: 15_000 });
}

/** The settled signed-out panel: the sign-in button, enabled. */
export async function signedOutPanel(picker: DamPicker, what = 'the sign-in panel'): Promise<void> {
  await waitUntil(() => signInButton(picker) && !signInButton(picker)!.disabled, what, { timeout: 10_000 });
}
