// Reading a DAM's answers at the boundary: a response checked against a schema (a malformed answer
// becomes a DamError('malformed-response') naming the endpoint and the first issue), loose fields
// coerced to strings and numbers, and optional fields set only when they have a value.
import * as v from 'valibot';
import { DamError } from '../../errors.js';

export function parseResponse<S extends v.GenericSchema>(schema: S, body: unknown, endpoint: string): v.InferOutput<S> {
  const result = v.safeParse(schema, body);
  if (result.success) return result.output;
  const issue = result.issues[0];
  const path = issue ? v.getDotPath(issue) : null;
  throw new DamError('malformed-response', `The DAM's answer to ${endpoint} was not in the expected format${path ? ` (at ${path})` : ''}.`);
}

/**
 * An object of any keys, passed through as it is. Not `v.record(v.string(), v.unknown())`: that builds a copy key
 * by key, runs two schemas per key (for a page of 50 Brandworkz hits, ~1,000 keys on the way to the first results:
 * 4–7 ms cold against 1–2 ms in Node), and skips the keys `__proto__`, `constructor` and `prototype`, which are
 * names a DAM may use.
 */
export const AnyObjectSchema = v.custom<Record<string, unknown>>(
  (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
  'Expected an object',
);

/** A string field of a loosely typed record, or `undefined`. */
export function text(record: Record<string, unknown>, key: string): string | undefined {
  const value = record[key];
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return undefined;
}

/** A finite number from a number or a numeric string (DAMs send both), or `undefined`. */
export function finiteNumber(value: unknown): number | undefined {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof number === 'number' && Number.isFinite(number) ? number : undefined;
}

/** A finite number field (numbers or numeric strings), or `undefined`. */
export function numeric(record: Record<string, unknown>, key: string): number | undefined {
  return finiteNumber(record[key]);
}

/**
 * Sets the optional fields that have a value and leaves the others out, so that the result has no
 * `undefined` fields (a `DamAsset` is plain JSON and compares by its keys). Returns `target`.
 */
export function withDefined<T extends object>(target: T, optional: Partial<T>): T {
  for (const [key, value] of Object.entries(optional)) {
    if (value !== undefined) (target as Record<string, unknown>)[key] = value;
  }
  return target;
}
