// A host page under a strict CSP: records every violation, then shows a picker
// pointed at the emulator the test runner started. Its redirect URI is this
// page itself, so it also serves the full-page redirect sign-in.
import '../../src/index.js';

const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.blockedURI}`));
(window as unknown as { cspViolations: string[] }).cspViolations = violations;

// `?block-popups` stands in for a browser's popup blocker.
if (new URL(location.href).searchParams.has('block-popups')) window.open = () => null;

const { hostEmulatorOrigin: emulatorOrigin } = (await (await fetch('/__e2e-config.json')).json()) as { hostEmulatorOrigin: string };
const picker = document.createElement('dam-picker');
picker.setAttribute('provider', 'brandworkz');
picker.setAttribute('site', 'demo.brandworkz.com');
picker.setAttribute('discovery-url', emulatorOrigin);
picker.setAttribute('client-id', 'dam-picker-demo');
picker.setAttribute('redirect-uri', `${location.origin}${location.pathname}`);
// The page is its own redirect URI and not in a frame: it opts in to the redirect when the popup is blocked.
picker.setAttribute('sign-in-redirect', '');
document.body.append(picker);
