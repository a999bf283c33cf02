// Checks a DAM response against a schema at the boundary: a malformed answer
// becomes a DamError('malformed-response') naming the endpoint and the first issue.
import * as v from 'valibot';
import { DamError } from './errors.js';

export function parseResponse<S extends v.GenericSchema>(schema: S, body: unknown, endpoint: string): v.InferOutput<S> {
  const result = v.safeParse(schema, body);
  if (result.success) return result.output;
  const issue = result.issues[0];
  const path = issue ? v.getDotPath(issue) : null;
  throw new DamError(
    'malformed-response',
    `The DAM's answer to ${endpoint} was not in the expected format${path ? ` (at ${path})` : ''}.`,
  );
}

/** A string field of a loosely typed record, or `undefined`. */
export function text(record: Record<string, unknown>, key: string): string | undefined {
  const value = record[key];
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return undefined;
}

/** A finite number field (numbers or numeric strings), or `undefined`. */
export function numeric(record: Record<string, unknown>, key: string): number | undefined {
  const value = record[key];
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof number === 'number' && Number.isFinite(number) ? number : undefined;
}
