// Helpers of the uploads module: the upload endpoints' envelopes (`result.status`), the S3
// stand-in's XML errors and presigned-URL signatures.

import { documentedError, envelope, escapeHtml } from './http.js';
import type { RouteRequest } from './routes.js';

export const ACCESS_KEY_ID = 'EMULATORACCESSKEY';

export const pad = (n: number, width: number): string => String(n).padStart(width, '0');

export function fileSuffix(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 && dot < name.length - 1 ? name.slice(dot + 1).toLowerCase() : '';
}

export function randomToken(length: number): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._';
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
}

export function s3Error(status: number, code: string, message: string): Response {
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${escapeHtml(message)}</Message></Error>`, {
    status,
    headers: { 'Content-Type': 'application/xml', 'Cache-Control': 'no-store' },
  });
}

export const success = (data: Record<string, unknown>): Response => envelope({ result: { status: 0, message: 'Success' }, data });

/** 422 / status 3 with the documentation's `data` block: upload endpoints report `result.status`. */
export function argumentError(req: RouteRequest, endpointName: string, rootCause: string): Response {
  return documentedError('argument', { rootCause, endpointName, method: req.request.method.toLowerCase() }, {}, 'status');
}

/** A refusal the documentation describes through `result.status` (1 error, 2 not imported for another reason). */
export function refused(status: 1 | 2, message: string, data?: Record<string, unknown>): Response {
  return envelope({ result: { status, message }, ...(data ? { data } : {}) }, 400);
}

/** Signs storage URLs like S3's query-string authentication (v2): method, content type (none), expiry and resource. */
export function createSigner(): { sign(clientDb: string, keyName: string, expires: number, uploadId?: string, partNumber?: number): Promise<string> } {
  let secret: Promise<CryptoKey> | undefined;
  return {
    async sign(clientDb, keyName, expires, uploadId, partNumber) {
      secret ??= crypto.subtle.importKey('raw', crypto.getRandomValues(new Uint8Array(32)), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
      const resource = `/${clientDb}/assets/${keyName}${uploadId ? `?partNumber=${partNumber}&uploadId=${uploadId}` : ''}`;
      const bytes = await crypto.subtle.sign('HMAC', await secret, new TextEncoder().encode(`PUT\n\n\n${expires}\n${resource}`));
      return btoa(String.fromCharCode(...new Uint8Array(bytes)));
    },
  };
}
