// A host page under a strict CSP: records every violation, then shows a picker
// pointed at the emulator named in the query string.
import '../../src/index.js';

const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.blockedURI}`));
(window as unknown as { cspViolations: string[] }).cspViolations = violations;

const emulator = new URL(location.href).searchParams.get('emulator') ?? '';
const picker = document.createElement('dam-picker');
picker.setAttribute('provider', 'brandworkz');
picker.setAttribute('site', 'demo.brandworkz.com');
picker.setAttribute('discovery-url', emulator);
picker.setAttribute('client-id', 'dam-picker-demo');
document.body.append(picker);
