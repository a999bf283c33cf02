// HTML for the OAuth interaction: the login form and the approval screen. Plain forms, no scripts.

import { escapeHtml } from '../core/http.js';

export const PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'";

const STYLE = [
  'body{font-family:system-ui,sans-serif;background:#f3f4f6;margin:0;padding:3rem 1rem}',
  'main{max-width:24rem;margin:0 auto;background:#fff;padding:2rem;border-radius:8px;box-shadow:0 1px 4px rgba(0,0,0,.15)}',
  'h1{font-size:1.4rem;margin-top:0}label{display:block;margin:.8rem 0 .3rem;font-weight:600}',
  'input{width:100%;box-sizing:border-box;padding:.5rem;font-size:1rem}',
  'button{font-size:1rem;padding:.55rem 1.2rem;margin:1.2rem .5rem 0 0;cursor:pointer}',
  '.error{color:#b91c1c;font-weight:600}.muted{color:#555;font-size:.9rem}',
].join('');

function layout(title: string, body: string): string {
  return (
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>` +
    `<meta name="viewport" content="width=device-width, initial-scale=1"><style>${STYLE}</style></head>` +
    `<body><main>${body}</main></body></html>`
  );
}

export interface PageInfo {
  uid: string;
  clientId: string;
  clientDb: string;
  /** The DAM's name in titles; default Brandworkz. */
  product?: string;
}

export function loginPage(info: PageInfo, options: { username?: string; error?: string } = {}): string {
  const action = `/oauth/interaction/${encodeURIComponent(info.uid)}/login`;
  return layout(
    `Sign in – ${info.product ?? 'Brandworkz'}`,
    `<h1>Sign in to ${escapeHtml(info.product ?? 'Brandworkz')}</h1>` +
      `<p class="muted">${escapeHtml(info.clientDb)} · requested by ${escapeHtml(info.clientId)}</p>` +
      (options.error ? `<p class="error" role="alert">${escapeHtml(options.error)}</p>` : '') +
      `<form method="post" action="${escapeHtml(action)}">` +
      `<label for="username">User name</label>` +
      `<input id="username" name="username" autocomplete="username" required value="${escapeHtml(options.username ?? 'editor')}">` +
      `<label for="password">Password</label>` +
      `<input id="password" name="password" type="password" autocomplete="current-password" required value="editor">` +
      `<button type="submit">Sign in</button>` +
      `</form><p class="muted">Demo account: editor / editor</p>`,
  );
}

export function approvalPage(info: PageInfo, options: { scopes: string[]; accountId: string }): string {
  const action = `/oauth/interaction/${encodeURIComponent(info.uid)}/confirm`;
  const scopes = options.scopes.length > 0 ? options.scopes : ['read'];
  return layout(
    `Approve access – ${info.product ?? 'Brandworkz'}`,
    `<h1>Approve access</h1>` +
      `<p><strong>${escapeHtml(info.clientId)}</strong> wants to access <strong>${escapeHtml(info.clientDb)}</strong> ` +
      `as <strong>${escapeHtml(options.accountId)}</strong>.</p>` +
      `<ul>${scopes.map((s) => `<li>${escapeHtml(s)}</li>`).join('')}</ul>` +
      `<form method="post" action="${escapeHtml(action)}">` +
      `<button type="submit" name="decision" value="authorize">Authorize</button>` +
      `<button type="submit" name="decision" value="deny">Deny</button>` +
      `</form>`,
  );
}

export function errorPage(title: string, message: string): string {
  return layout(title, `<h1>${escapeHtml(title)}</h1><p class="error" role="alert">${escapeHtml(message)}</p>`);
}
