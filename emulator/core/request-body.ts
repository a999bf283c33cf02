// Strict reading of JSON request bodies, as the Brandworkz documentation's parameter lists and
// examples show them: `application/json` only (else 415), the documented keys in the documented case
// only, the documented types only (else 422, in the documented envelope). Where the document spells a
// key two ways (`fileName` in the list, `filename` in the example), both spellings are accepted, no other.

import { documentedError, type ResultKey } from './http.js';
import type { RouteRequest } from './routes.js';

type FieldType =
  /** A JSON string. */
  | 'string'
  /** A JSON number that is a safe integer. */
  | 'integer'
  /** A JSON number, or a string of digits: where the list says "(string)" and the example shows a number. */
  | 'integer-or-digits'
  | 'boolean'
  | 'object'
  | 'array';

interface FieldSpec {
  /** The spellings the document shows, the parameter list's first. */
  readonly names: readonly string[];
  readonly type: FieldType;
}

/** Canonical name → spec. */
export type BodySpec = Readonly<Record<string, FieldSpec>>;

export type BodyValues<S extends BodySpec> = { [K in keyof S]?: unknown };

export type BodyOutcome<S extends BodySpec> = { ok: true; values: BodyValues<S> } | { ok: false; response: Response };

/** `application/json`, optionally with parameters (`;charset=UTF-8`). */
function isJsonMediaType(contentType: string | null): boolean {
  return (contentType ?? '').split(';', 1)[0]?.trim().toLowerCase() === 'application/json';
}

function typeError(type: FieldType): string {
  switch (type) {
    case 'integer':
      return 'a number (not a string)';
    case 'integer-or-digits':
      return 'a whole number';
    case 'object':
      return 'a JSON object';
    case 'array':
      return 'an array';
    default:
      return `a ${type}`;
  }
}

/** The value as its spec reads it, or `undefined` when it has the wrong type. */
function checked(value: unknown, type: FieldType): unknown {
  switch (type) {
    case 'string':
      return typeof value === 'string' ? value : undefined;
    case 'integer':
      return typeof value === 'number' && Number.isSafeInteger(value) ? value : undefined;
    case 'integer-or-digits':
      if (typeof value === 'number') return Number.isSafeInteger(value) ? value : undefined;
      return typeof value === 'string' && /^\d{1,15}$/.test(value) ? Number(value) : undefined;
    case 'boolean':
      return typeof value === 'boolean' ? value : undefined;
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : undefined;
    case 'array':
      return Array.isArray(value) ? value : undefined;
  }
}

/** Checks one JSON object against a spec: unknown keys, keys given twice, wrong types. An error message, or the values. */
export function checkObject<S extends BodySpec>(object: Record<string, unknown>, spec: S, where = 'The request body'): string | BodyValues<S> {
  const known = new Map<string, string>();
  for (const [canonical, field] of Object.entries(spec)) for (const name of field.names) known.set(name, canonical);
  const values: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(object)) {
    const canonical = known.get(key);
    if (canonical === undefined) {
      const near = [...known.keys()].find((name) => name.toLowerCase() === key.toLowerCase());
      return near ? `${where} has '${key}'; the parameter is spelled '${near}'` : `${where} has an unknown parameter '${key}'`;
    }
    if (canonical in values) return `${where} gives '${canonical}' twice (${spec[canonical]!.names.join(' / ')})`;
    const field = spec[canonical]!;
    const read = checked(value, field.type);
    if (read === undefined) return `${key} must be ${typeError(field.type)}`;
    values[canonical] = read;
  }
  return values;
}

/**
 * Reads and checks a JSON body. `resultKey`: upload endpoints answer `result.status`, the others
 * `result.code`.
 */
export async function readDocumentedBody<S extends BodySpec>(req: RouteRequest, endpointName: string, spec: S, resultKey: ResultKey): Promise<BodyOutcome<S>> {
  const method = req.request.method.toLowerCase();
  const fail = (kind: 'argument' | 'mediaType', rootCause: string): BodyOutcome<S> => ({
    ok: false,
    response: documentedError(kind, { rootCause, endpointName, method }, {}, resultKey),
  });
  const contentType = req.request.headers.get('Content-Type');
  if (!isJsonMediaType(contentType)) {
    return fail('mediaType', `The request body must be sent as application/json${contentType ? `, not ${contentType}` : ''}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(await req.request.text());
  } catch {
    return fail('argument', 'The request body is not JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail('argument', 'The request body must be a JSON object');
  const outcome = checkObject(value as Record<string, unknown>, spec);
  return typeof outcome === 'string' ? fail('argument', outcome) : { ok: true, values: outcome };
}
