// Response helpers: the documented Brandworkz envelopes, CORS, HTML escaping.

export const SUCCESS = { message: 'Success', code: 0 } as const;

/** The error table of the Brandworkz documentation (Error Handling), plus 403 and 415 (see the README). */
const DOCUMENTED_ERRORS = {
  auth: { status: 401, code: 1, message: 'Full authentication is required to access this resource' },
  /** A valid token without the scope the endpoint needs (`write` for uploads and metadata). Our inference. */
  scope: { status: 403, code: 1, message: 'Insufficient scope for this resource' },
  /** A JSON endpoint sent anything but `application/json`. Our inference. */
  mediaType: { status: 415, code: 3, message: 'Unsupported media type' },
  service: { status: 502, code: 2, message: 'Service not available' },
  argument: { status: 422, code: 3, message: 'Argument error' },
  configuration: { status: 500, code: 4, message: 'Configuration error' },
} as const;

export type DocumentedError = keyof typeof DOCUMENTED_ERRORS;

export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json;charset=UTF-8', 'Cache-Control': 'no-store', ...headers },
  });
}

/** An OAuth-style error `{ error, error_description }` (the control API, the Node servers' 404). */
export function jsonError(status: number, error: string, description: string, headers: Record<string, string> = {}): Response {
  return json({ error, error_description: description }, status, headers);
}

/** A 405 outside the DAM's API (control routes, Brandworkz's CDN and S3 stand-ins); the pipeline adds `Allow`. */
export const methodNotAllowed = (request: Request): Response => jsonError(405, 'method_not_allowed', `${request.method} is not supported here`);

const REASON_PHRASES: Record<number, string> = {
  200: 'OK',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  408: 'Request Timeout',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/** The standard reason phrase of an HTTP status. */
export const reasonPhrase = (status: number): string => REASON_PHRASES[status] ?? `HTTP ${status}`;

/** Whether an envelope reports its outcome as `result.code` (search, categories) or `result.status` (upload endpoints). */
export type ResultKey = 'code' | 'status';

/**
 * A Brandworkz envelope `{ result: { code | status, message, httpStatus, httpMessage }, … }`. Every
 * answer of the API carries the HTTP status and its reason phrase in `result` (public integrations read them).
 */
export function envelope(body: { result: Record<string, unknown> } & Record<string, unknown>, status = 200, headers: Record<string, string> = {}): Response {
  return json({ ...body, result: { ...body.result, httpStatus: status, httpMessage: reasonPhrase(status) } }, status, headers);
}

export interface ErrorDetail {
  rootCause: string;
  endpointName: string;
  method: string;
}

/**
 * A documented error envelope. 401 is exactly `{ result: { code: 1, message } }`; the others carry
 * the `data` block of the documentation's Responses example when a cause is known.
 */
export function documentedError(kind: DocumentedError, detail?: ErrorDetail, headers: Record<string, string> = {}, resultKey: ResultKey = 'code'): Response {
  const { status, code, message } = DOCUMENTED_ERRORS[kind];
  const body: { result: Record<string, unknown> } & Record<string, unknown> = { result: { [resultKey]: code, message } };
  if (detail) body.data = { dateTime: new Date().toISOString(), ...detail };
  return envelope(body, status, headers);
}

/** `Service endpoint call failed` (status 5): the documentation's example for an unknown service or version. */
export function serviceCallFailed(httpStatus: number, detail: ErrorDetail): Response {
  return envelope(
    {
      result: { status: 5, message: 'Service endpoint call failed' },
      data: { dateTime: new Date().toISOString(), ...detail },
    },
    httpStatus,
  );
}

/** The body an injected fault answers with on the Brandworkz API (see README). */
export function faultEnvelope(status: number): { code: number; message: string } {
  if (status === 401) return { code: 1, message: DOCUMENTED_ERRORS.auth.message };
  if (status === 422) return { code: 3, message: DOCUMENTED_ERRORS.argument.message };
  if (status === 500) return { code: 4, message: DOCUMENTED_ERRORS.configuration.message };
  if (status === 502 || status === 503 || status === 504) return { code: 2, message: DOCUMENTED_ERRORS.service.message };
  return { code: status, message: reasonPhrase(status) };
}

const ALLOWED_METHODS = 'GET, POST, PUT, DELETE, OPTIONS';
const ALLOWED_HEADERS = ['Authorization', 'Content-Type', 'Accept', 'Accept-Language', 'Cache-Control', 'X-Requested-With'];
const EXPOSED_HEADERS = 'ETag, Retry-After';

/**
 * The origins a core answers CORS for when none are given: the page's own origin when the core runs in a
 * browser (msw in component tests and Storybook), none in Node (pass `allowedOrigins`).
 */
export function defaultAllowedOrigins(): string[] {
  const origin = (globalThis as { location?: { origin?: unknown } }).location?.origin;
  return typeof origin === 'string' && origin !== 'null' ? [origin] : [];
}

/**
 * Checks and normalises a list of allowed origins: each must be a bare `scheme://host[:port]` (a trailing
 * `/` is dropped). `*`, `null`, paths, queries and fragments are refused: CORS here is an exact list.
 */
export function normalizeOrigins(origins: readonly string[]): string[] {
  return origins.map((value) => {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      throw new TypeError(`allowed origin ${JSON.stringify(value)} is not a URL origin such as http://localhost:5173`);
    }
    if (url.origin === 'null' || url.pathname !== '/' || url.search || url.hash || url.username || url.password || /[?#]/.test(value)) {
      throw new TypeError(`allowed origin ${JSON.stringify(value)} must be an origin (scheme, host, port) without path, query or fragment`);
    }
    return url.origin;
  });
}

/** The allowed origins of a core: the given list (checked), or `defaultAllowedOrigins()`. */
export function resolveAllowedOrigins(origins: readonly string[] | undefined): readonly string[] {
  return Object.freeze(origins === undefined ? defaultAllowedOrigins() : normalizeOrigins(origins));
}

/**
 * Adds CORS headers for an allowed origin. A request from any other origin gets none (the browser
 * then blocks the answer); a request without `Origin` (server to server, `<img>`) needs none.
 * `Vary: Origin` always, so caches keep the answers apart.
 */
export function withCors(response: Response, request: Request, allowedOrigins: readonly string[]): Response {
  const origin = request.headers.get('Origin');
  let headers: Headers;
  let target = response;
  try {
    response.headers.set('Vary', 'Origin');
    headers = response.headers;
  } catch {
    // Immutable headers (a fetched response): copy into a new one.
    target = new Response(response.body, response);
    headers = target.headers;
    headers.set('Vary', 'Origin');
  }
  if (origin !== null && allowedOrigins.includes(origin)) {
    headers.set('Access-Control-Allow-Origin', origin);
    headers.set('Access-Control-Expose-Headers', EXPOSED_HEADERS);
  } else {
    headers.delete('Access-Control-Allow-Origin');
    headers.delete('Access-Control-Expose-Headers');
  }
  return target;
}

/** Answers a CORS preflight: 204, with the CORS headers only for an allowed origin. */
export function preflight(request: Request, allowedOrigins: readonly string[]): Response {
  const origin = request.headers.get('Origin');
  if (origin === null || !allowedOrigins.includes(origin)) {
    return new Response(null, { status: 204, headers: { Vary: 'Origin' } });
  }
  const requested = (request.headers.get('Access-Control-Request-Headers') ?? '')
    .split(',')
    .map((h) => h.trim())
    .filter(Boolean);
  const allowHeaders = [...ALLOWED_HEADERS];
  for (const header of requested) {
    if (!allowHeaders.some((h) => h.toLowerCase() === header.toLowerCase())) allowHeaders.push(header);
  }
  const response = new Response(null, {
    status: 204,
    headers: {
      'Access-Control-Allow-Methods': ALLOWED_METHODS,
      'Access-Control-Allow-Headers': allowHeaders.join(', '),
      'Access-Control-Max-Age': '600',
    },
  });
  return withCors(response, request, allowedOrigins);
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML and XML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch] ?? ch);
}

export function html(body: string, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(body, {
    status,
    headers: {
      'Content-Type': 'text/html;charset=UTF-8',
      'X-Content-Type-Options': 'nosniff',
      ...headers,
    },
  });
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export const GUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
