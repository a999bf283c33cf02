// Typed errors of the API layer. Every failure that leaves `src/api/` is a
// DamError with a stable `code`, an English `message` for developers, the DAM's
// own words (`detail`) when it sent some, and whether trying again may help.

export type DamErrorCode =
  /** The DAM refused the token (401) even after a refresh. */
  | 'unauthorized'
  /** The user or the DAM refused the sign-in. */
  | 'sign-in-refused'
  /** Sign-in could not complete (popup closed, network, bad response). */
  | 'sign-in-failed'
  /** The browser blocked the sign-in window; the editor can try again from a new click. */
  | 'popup-blocked'
  /** Too many requests (429) after every retry. */
  | 'rate-limited'
  /** The DAM answered 5xx after every retry. */
  | 'service-unavailable'
  /** The DAM rejected the request's arguments (Brandworkz 422 / code 3, Bynder 400). */
  | 'invalid-argument'
  /** The DAM reported a configuration error (Brandworkz 500 / code 4). */
  | 'configuration'
  /** The DAM forbids this (403). */
  | 'forbidden'
  /** The resource does not exist (404). */
  | 'not-found'
  /** The network failed (no response) after every retry. */
  | 'network'
  /** The DAM's answer did not have the documented shape. */
  | 'malformed-response'
  /** The integrator's configuration is incomplete or wrong. */
  | 'invalid-config'
  /** The DAM's upload API refused this sign-in (403): its token lacks the `write` scope uploads need. Retrying cannot help. */
  | 'upload-not-allowed'
  /** The DAM refused to import an uploaded file (Brandworkz `result.status` 1 or 2: a blocked type, a duplicate); the message is the DAM's. */
  | 'upload-refused'
  /** Any other HTTP failure. */
  | 'http';

export class DamError extends Error {
  override readonly name = 'DamError';
  readonly code: DamErrorCode;
  readonly status?: number;
  /** The vendor's own error code (Brandworkz `result.code`/`result.status`), when sent. */
  readonly damCode?: number;
  /**
   * The DAM's (or the sign-in server's) own words, as sent: shown to the user after the picker's
   * localised sentence. Absent when the DAM said nothing useful; `message` is then ours.
   */
  readonly detail?: string;
  /** A `sign-in-failed` because the user closed the sign-in window. */
  readonly signInWindowClosed?: boolean;
  readonly retryable: boolean;

  constructor(
    code: DamErrorCode,
    message: string,
    options: { status?: number; damCode?: number; detail?: string | undefined; signInWindowClosed?: boolean; retryable?: boolean; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.code = code;
    if (options.status !== undefined) this.status = options.status;
    if (options.damCode !== undefined) this.damCode = options.damCode;
    if (options.detail) this.detail = options.detail;
    if (options.signInWindowClosed) this.signInWindowClosed = true;
    this.retryable = options.retryable ?? false;
  }
}

export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
