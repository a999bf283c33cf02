// The upload links a DAM hands out (presigned storage URLs) are checked before any byte goes there:
// a file must never be sent to a `javascript:`, `data:` or `file:` URL, nor in clear text across a network.
import { DamError } from '../errors.js';

/** Hosts where plain http stays on this computer (the DAM emulator). */
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The upload link as an absolute URL when it is `https:`, or `http:` on a loopback host; otherwise
 * a `malformed-response` DamError naming the endpoint that sent it.
 */
export function uploadUrl(value: unknown, endpoint: string): string {
  let url: URL | undefined;
  try {
    url = typeof value === 'string' ? new URL(value) : undefined;
  } catch {
    url = undefined;
  }
  if (url?.protocol === 'https:' || (url?.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname))) return url.href;
  throw new DamError('malformed-response', `The upload link from ${endpoint} was refused: files go only to https links (or http on this computer).`);
}
