// What both emulated OAuth servers share around oidc-provider: reading a body once (and handing the
// provider a fresh stream over it), HTML answers under the pages' CSP, and the login and approval
// interaction (demo account, approve or deny, the `autoApprove` fault for tests).

import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import type { KoaContext } from 'oidc-provider';
import type { FaultController } from '../core/faults.js';
import { approvalPage, errorPage, loginPage, PAGE_CSP, type PageInfo } from './pages.js';

export const DEMO_USER = { username: 'editor', password: 'editor' } as const;

async function readBody(req: IncomingMessage, limit = 64 * 1024): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > limit) throw new Error('request entity too large');
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

/** Reads a form body in a middleware and gives the provider's own body parser a fresh stream over the same bytes. */
export async function peekForm(ctx: KoaContext): Promise<URLSearchParams> {
  const original = ctx.req;
  const raw = await readBody(original);
  ctx.req = Object.assign(Readable.from([raw]), {
    headers: original.headers,
    method: original.method,
    url: original.url,
    socket: original.socket,
  }) as unknown as IncomingMessage;
  return new URLSearchParams(raw.toString('utf8'));
}

export function send(res: ServerResponse, status: number, body: string, headers: Record<string, string>): void {
  res.writeHead(status, { 'Content-Length': String(Buffer.byteLength(body)), ...headers });
  res.end(body);
}

export function sendHtml(res: ServerResponse, status: number, body: string): void {
  send(res, status, body, {
    'Content-Type': 'text/html;charset=UTF-8',
    'Cache-Control': 'no-store',
    'Content-Security-Policy': PAGE_CSP,
    'X-Content-Type-Options': 'nosniff',
  });
}

/** The part of an oidc-provider instance the interaction uses. */
interface InteractionProvider {
  interactionDetails(
    req: IncomingMessage,
    res: ServerResponse,
  ): Promise<{
    uid: string;
    grantId?: string | undefined;
    params: Record<string, unknown> & { client_id?: string; scope?: string };
    prompt: { name: string };
    session?: { accountId: string } | undefined;
  }>;
  interactionFinished(req: IncomingMessage, res: ServerResponse, result: Record<string, unknown>, options: { mergeWithLastSubmission: boolean }): Promise<void>;
  Grant: {
    new (properties: { accountId: string; clientId: string }): { addOIDCScope(scope: string): void; save(): Promise<string> };
    find(id: string): Promise<{ addOIDCScope(scope: string): void; save(): Promise<string> } | undefined>;
  };
}

export interface InteractionOptions {
  faults: Pick<FaultController, 'autoApprove'>;
  /** What the login and approval pages say about the client and the DAM. */
  info: (uid: string, clientId: string) => PageInfo;
  /** The scope approved when the request names none. */
  defaultScope: string;
  /** Add the approval to the grant the request already has (Brandworkz) instead of making a new one (Bynder). */
  reuseGrant: boolean;
}

/**
 * `/oauth/interaction/<uid>[/login|/confirm]`: GET shows the login page (or the approval page once signed
 * in), POST …/login checks the demo account, POST …/confirm approves or denies.
 */
export function interactionHandler(provider: InteractionProvider, options: InteractionOptions) {
  return async function interaction(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const [, , , uid = '', action = ''] = url.pathname.split('/');
    let details;
    try {
      details = await provider.interactionDetails(req, res);
    } catch {
      sendHtml(res, 400, errorPage('Sign-in expired', 'This sign-in request has expired or was already used. Start again.'));
      return;
    }
    if (details.uid !== uid) {
      sendHtml(res, 400, errorPage('Sign-in mismatch', 'This page does not belong to the current sign-in request.'));
      return;
    }
    const info = options.info(uid, details.params.client_id ?? '');
    const requestedScope = details.params.scope ?? options.defaultScope;
    const accountId = details.session?.accountId ?? DEMO_USER.username;
    const approve = async (login: boolean): Promise<void> => {
      const existing = options.reuseGrant && details.grantId ? await provider.Grant.find(details.grantId) : undefined;
      const grant = existing ?? new provider.Grant({ accountId, clientId: info.clientId });
      grant.addOIDCScope(requestedScope);
      const grantId = await grant.save();
      const result = login ? { login: { accountId }, consent: { grantId } } : { consent: { grantId } };
      await provider.interactionFinished(req, res, result, { mergeWithLastSubmission: true });
    };
    const deny = () =>
      provider.interactionFinished(req, res, { error: 'access_denied', error_description: 'User denied access' }, { mergeWithLastSubmission: false });

    if (req.method === 'GET' && action === '') {
      const auto = options.faults.autoApprove;
      if (auto === 'deny') await deny();
      else if (auto) await approve(details.prompt.name === 'login');
      else if (details.prompt.name === 'login') sendHtml(res, 200, loginPage(info));
      else sendHtml(res, 200, approvalPage(info, { scopes: requestedScope.split(' ').filter(Boolean), accountId }));
      return;
    }
    if (req.method !== 'POST' || (action !== 'login' && action !== 'confirm')) {
      sendHtml(res, 404, errorPage('Not found', 'No such page.'));
      return;
    }
    const form = new URLSearchParams((await readBody(req)).toString('utf8'));
    if (action === 'login') {
      if (details.prompt.name !== 'login') {
        sendHtml(res, 400, errorPage('Already signed in', 'This sign-in request is past the login step.'));
        return;
      }
      const username = form.get('username') ?? '';
      if (username !== DEMO_USER.username || form.get('password') !== DEMO_USER.password) {
        sendHtml(res, 200, loginPage(info, { username, error: 'Wrong user name or password.' }));
        return;
      }
      await provider.interactionFinished(req, res, { login: { accountId: username } }, { mergeWithLastSubmission: false });
      return;
    }
    if (details.prompt.name !== 'consent') {
      sendHtml(res, 400, errorPage('Sign in first', 'Sign in before approving access.'));
      return;
    }
    if (form.get('decision') === 'authorize') await approve(false);
    else await deny();
  };
}
