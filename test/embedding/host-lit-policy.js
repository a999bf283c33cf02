// The host page's own Lit made its "lit-html" Trusted Types policy before the picker's script loads.
window.hostPolicy = window.trustedTypes.createPolicy('lit-html', { createHTML: (html) => html });
