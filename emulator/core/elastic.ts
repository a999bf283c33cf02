// The subset of Elastic's query DSL that the emulator's /search understands: a compiler from the
// request body to matchers and aggregations over in-memory documents. Anything outside the subset
// is an `ElasticSyntaxError` (answered 422). The subset is documented in emulator/README.md.

import { fieldScore, tokenize } from './search.js';

/** One indexed record: an asset or a folder/webpage. */
export interface ElasticDoc<T = unknown> {
  readonly id: string;
  readonly type: 'asset' | 'folder';
  readonly title: string;
  readonly titleWords: number;
  /** Keyword fields (exact values; GUID fields lower-case). */
  readonly keywords: ReadonlyMap<string, readonly string[]>;
  /** Text fields, lower-cased. */
  readonly texts: ReadonlyMap<string, string>;
  readonly record: T;
}

export class ElasticSyntaxError extends Error {}

/** Text fields and their points per query word: [whole word, word prefix] (as /simpleSearch scores). */
const TEXT_FIELDS: Readonly<Record<string, readonly [number, number]>> = {
  title: [3, 2],
  extendedKeywords: [1.5, 1],
  description: [1, 0.5],
  keywords: [1, 0.5],
};
/** GUID fields are compared in lower case. */
const GUID_FIELDS: readonly string[] = ['categoryGUID', 'ancestorCategoryGUIDs'];
/** Fields `range` accepts: the dates (ISO strings, compared as such) and the status. */
const RANGE_FIELDS: readonly string[] = ['assetPublishDate', 'assetExpiryDate', 'assetStatus', 'dateCreated', 'dateModified'];
/** multi_match without `fields`: what /simpleSearch searches. */
const DEFAULT_MATCH_FIELDS: readonly string[] = ['title', 'extendedKeywords', 'description', 'fileType', 'serialNumber'];

/** A compiled query: the score of a matching document, or `null` when it does not match. */
export type Matcher = (doc: ElasticDoc) => number | null;

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

function fail(message: string): never {
  throw new ElasticSyntaxError(message);
}

/** `{ name: body }` with exactly one key. */
function single(value: unknown, where: string): [string, unknown] {
  if (!isObject(value)) fail(`${where} must be an object`);
  const entries = Object.entries(value);
  if (entries.length !== 1) fail(`${where} must have exactly one key, found ${entries.length}`);
  return entries[0] as [string, unknown];
}

function only(value: Json, allowed: readonly string[], where: string): void {
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) fail(`Unsupported key '${key}' in ${where} (supported: ${allowed.join(', ')})`);
  }
}

function scalar(value: unknown, where: string): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return fail(`${where} must be a string, number or boolean`);
}

const normalise = (field: string, value: string): string => (GUID_FIELDS.includes(field) ? value.toLowerCase() : value);

function keywordValues(doc: ElasticDoc, field: string): readonly string[] {
  return doc.keywords.get(field) ?? [];
}

const round = (score: number): number => Math.round(score * 100_000) / 100_000;
/** Shorter titles rank higher, as in /simpleSearch. */
const titleFactor = (doc: ElasticDoc): number => 1 + 1 / (1 + doc.titleWords);

/** Points of one query word in one field (0 when it does not match there). */
function wordScore(doc: ElasticDoc, field: string, word: string, boost: number): number {
  const weights = TEXT_FIELDS[field];
  if (weights) return fieldScore(doc.texts.get(field) ?? '', word, weights[0], weights[1]) * boost;
  // Keyword fields match a whole value, case-insensitively for text queries (file type, serial number).
  return keywordValues(doc, field).some((value) => value.toLowerCase() === word) ? boost : 0;
}

function parseFields(value: unknown): Array<[string, number]> {
  if (value === undefined) return DEFAULT_MATCH_FIELDS.map((field) => [field, 1]);
  if (!Array.isArray(value) || value.length === 0) fail('multi_match.fields must be a non-empty array of field names');
  return value.map((entry) => {
    const [field = '', boost] = scalar(entry, 'multi_match.fields[]').split('^');
    const factor = boost === undefined ? 1 : Number(boost);
    if (!Number.isFinite(factor) || factor <= 0) fail(`Bad boost in multi_match field '${String(entry)}'`);
    return [field, factor] as [string, number];
  });
}

function parseOperator(value: unknown, where: string): 'and' | 'or' {
  if (value === undefined) return 'or';
  const operator = scalar(value, `${where}.operator`).toLowerCase();
  if (operator !== 'and' && operator !== 'or') fail(`${where}.operator must be 'and' or 'or'`);
  return operator;
}

/** match / multi_match over some fields. `crossFields`: each word may match in any field; else all words in one field. */
function textMatcher(fields: Array<[string, number]>, text: string, operator: 'and' | 'or', crossFields: boolean): Matcher {
  const words = tokenize(text);
  if (words.length === 0) return () => null;
  return (doc) => {
    if (crossFields) {
      let total = 0;
      let matched = 0;
      for (const word of words) {
        let points = 0;
        for (const [field, boost] of fields) points += wordScore(doc, field, word, boost);
        if (points > 0) matched++;
        else if (operator === 'and') return null;
        total += points;
      }
      return matched > 0 ? round(total * titleFactor(doc)) : null;
    }
    let best: number | null = null;
    for (const [field, boost] of fields) {
      let total = 0;
      let matched = 0;
      for (const word of words) {
        const points = wordScore(doc, field, word, boost);
        if (points > 0) matched++;
        total += points;
      }
      if (matched === 0 || (operator === 'and' && matched < words.length)) continue;
      best = Math.max(best ?? 0, total);
    }
    return best === null ? null : round(best * titleFactor(doc));
  };
}

function clauses(value: unknown): unknown[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** Compiles a query clause. In filter context (`bool.filter`, `bool.must_not`) scores are 0. */
export function compileQuery(query: unknown, filterContext = false, where = 'query'): Matcher {
  const [type, body] = single(query, where);
  const score = (points: number): number => (filterContext ? 0 : points);
  switch (type) {
    case 'match_all': {
      if (!isObject(body)) fail('match_all must be an object');
      only(body, [], 'match_all');
      return () => score(1);
    }
    case 'bool': {
      if (!isObject(body)) fail('bool must be an object');
      only(body, ['must', 'filter', 'should', 'must_not', 'minimum_should_match'], 'bool');
      const must = clauses(body.must).map((q) => compileQuery(q, filterContext, 'bool.must'));
      const filter = clauses(body.filter).map((q) => compileQuery(q, true, 'bool.filter'));
      const should = clauses(body.should).map((q) => compileQuery(q, filterContext, 'bool.should'));
      const mustNot = clauses(body.must_not).map((q) => compileQuery(q, true, 'bool.must_not'));
      const minimum =
        body.minimum_should_match === undefined ? (must.length + filter.length === 0 && should.length > 0 ? 1 : 0) : Number(body.minimum_should_match);
      if (!Number.isInteger(minimum) || minimum < 0) fail('bool.minimum_should_match must be a non-negative integer');
      const scored = must.length + should.length > 0;
      return (doc) => {
        let total = 0;
        for (const matcher of must) {
          const points = matcher(doc);
          if (points === null) return null;
          total += points;
        }
        for (const matcher of filter) if (matcher(doc) === null) return null;
        for (const matcher of mustNot) if (matcher(doc) !== null) return null;
        let matchedShould = 0;
        for (const matcher of should) {
          const points = matcher(doc);
          if (points !== null) {
            matchedShould++;
            total += points;
          }
        }
        if (matchedShould < minimum) return null;
        return scored ? round(total) : score(0);
      };
    }
    case 'term':
    case 'terms': {
      const [field, raw] = single(body, type);
      if (TEXT_FIELDS[field]) fail(`${type} on the text field '${field}' is not supported; use match`);
      let values: string[];
      if (type === 'term') {
        const value = isObject(raw) ? (only(raw, ['value'], 'term'), raw.value) : raw;
        values = [scalar(value, `term.${field}`)];
      } else {
        if (!Array.isArray(raw)) fail(`terms.${field} must be an array`);
        values = raw.map((value) => scalar(value, `terms.${field}[]`));
      }
      const wanted = new Set(values.map((value) => normalise(field, value)));
      return (doc) => (keywordValues(doc, field).some((value) => wanted.has(value)) ? score(1) : null);
    }
    case 'match': {
      const [field, raw] = single(body, 'match');
      let text: unknown = raw;
      let operator: 'and' | 'or' = 'or';
      if (isObject(raw)) {
        only(raw, ['query', 'operator'], `match.${field}`);
        text = raw.query;
        operator = parseOperator(raw.operator, `match.${field}`);
      }
      const value = scalar(text, `match.${field}`);
      if (!TEXT_FIELDS[field]) {
        // A keyword field is not analysed: the whole query is one exact value.
        const wanted = normalise(field, value);
        return (doc) => (keywordValues(doc, field).includes(wanted) ? score(1) : null);
      }
      const matcher = textMatcher([[field, 1]], value, operator, true);
      return (doc) => {
        const points = matcher(doc);
        return points === null ? null : score(points);
      };
    }
    case 'multi_match': {
      if (!isObject(body)) fail('multi_match must be an object');
      only(body, ['query', 'fields', 'operator', 'type'], 'multi_match');
      const kind = body.type === undefined ? 'best_fields' : scalar(body.type, 'multi_match.type');
      if (kind !== 'best_fields' && kind !== 'cross_fields') fail(`multi_match.type '${kind}' is not supported (best_fields, cross_fields)`);
      const matcher = textMatcher(
        parseFields(body.fields),
        scalar(body.query, 'multi_match.query'),
        parseOperator(body.operator, 'multi_match'),
        kind === 'cross_fields',
      );
      return (doc) => {
        const points = matcher(doc);
        return points === null ? null : score(points);
      };
    }
    case 'exists': {
      if (!isObject(body)) fail('exists must be an object');
      only(body, ['field'], 'exists');
      const field = scalar(body.field, 'exists.field');
      return (doc) => (keywordValues(doc, field).length > 0 || (doc.texts.get(field) ?? '') !== '' ? score(1) : null);
    }
    case 'range': {
      // Keyword values compared as strings (ISO dates order correctly), or as numbers when both are numeric.
      const [field, raw] = single(body, 'range');
      if (!RANGE_FIELDS.includes(field)) fail(`range on '${field}' is not supported (${RANGE_FIELDS.join(', ')})`);
      if (!isObject(raw)) fail(`range.${field} must be an object`);
      only(raw, ['gt', 'gte', 'lt', 'lte'], `range.${field}`);
      if (Object.keys(raw).length === 0) fail(`range.${field} needs gt, gte, lt or lte`);
      const bounds = Object.entries(raw).map(([op, value]) => [op, scalar(value, `range.${field}.${op}`)] as const);
      const compare = (x: string, y: string): number => {
        const a = Number(x);
        const b = Number(y);
        return x.trim() !== '' && y.trim() !== '' && Number.isFinite(a) && Number.isFinite(b) ? a - b : x < y ? -1 : x > y ? 1 : 0;
      };
      const inRange = (value: string): boolean =>
        bounds.every(([op, bound]) => {
          const order = compare(value, bound);
          return op === 'gt' ? order > 0 : op === 'gte' ? order >= 0 : op === 'lt' ? order < 0 : order <= 0;
        });
      return (doc) => (keywordValues(doc, field).some(inRange) ? score(1) : null);
    }
    case 'ids': {
      if (!isObject(body) || !Array.isArray(body.values)) fail('ids.values must be an array');
      only(body, ['values'], 'ids');
      const wanted = new Set(body.values.map((value) => scalar(value, 'ids.values[]').toLowerCase()));
      return (doc) => (wanted.has(doc.id) ? score(1) : null);
    }
    default:
      return fail(`Unsupported query type '${type}' (supported: bool, match_all, match, multi_match, term, terms, range, exists, ids)`);
  }
}

// ---- Aggregations ----------------------------------------------------------------------------

export type Aggregation = { kind: 'terms'; field: string; size: number } | { kind: 'filter'; matcher: Matcher; aggs: ReadonlyMap<string, Aggregation> };

const MAX_BUCKETS = 10_000;

export function compileAggs(value: unknown, where = 'aggs'): Map<string, Aggregation> {
  if (!isObject(value)) fail(`${where} must be an object`);
  const aggs = new Map<string, Aggregation>();
  for (const [name, spec] of Object.entries(value)) {
    if (!isObject(spec)) fail(`${where}.${name} must be an object`);
    const sub = spec.aggs ?? spec.aggregations;
    const types = Object.keys(spec).filter((key) => key !== 'aggs' && key !== 'aggregations');
    if (types.length !== 1) fail(`${where}.${name} must name exactly one aggregation type`);
    const type = types[0] as string;
    const body = spec[type];
    if (type === 'terms') {
      if (sub !== undefined) fail(`Sub-aggregations of terms (${where}.${name}) are not supported`);
      if (!isObject(body)) fail(`${where}.${name}.terms must be an object`);
      only(body, ['field', 'size', 'min_doc_count'], `${where}.${name}.terms`);
      const field = scalar(body.field, `${where}.${name}.terms.field`);
      if (TEXT_FIELDS[field]) fail(`terms aggregation on the text field '${field}' is not supported (fielddata is disabled on text fields)`);
      const size = body.size === undefined ? 10 : Number(body.size);
      if (!Number.isInteger(size) || size < 1 || size > MAX_BUCKETS) fail(`${where}.${name}.terms.size must be an integer from 1 to ${MAX_BUCKETS}`);
      if (body.min_doc_count !== undefined && body.min_doc_count !== 1) fail('terms.min_doc_count other than 1 is not supported');
      aggs.set(name, { kind: 'terms', field, size });
    } else if (type === 'filter') {
      aggs.set(name, {
        kind: 'filter',
        matcher: compileQuery(body, true, `${where}.${name}.filter`),
        aggs: sub === undefined ? new Map() : compileAggs(sub, `${where}.${name}.aggs`),
      });
    } else {
      fail(`Unsupported aggregation type '${type}' (supported: terms, filter)`);
    }
  }
  return aggs;
}

/** Elastic-shaped aggregation results over the documents that matched the query. */
export function runAggs(aggs: ReadonlyMap<string, Aggregation>, docs: readonly ElasticDoc[]): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [name, agg] of aggs) {
    if (agg.kind === 'filter') {
      const matched = docs.filter((doc) => agg.matcher(doc) !== null);
      result[name] = { doc_count: matched.length, ...runAggs(agg.aggs, matched) };
      continue;
    }
    const counts = new Map<string, number>();
    for (const doc of docs) {
      const values = keywordValues(doc, agg.field);
      // A document counts once per distinct value (most fields hold one value: no Set needed).
      for (let i = 0; i < values.length; i++) {
        const value = values[i]!;
        if (values.indexOf(value) === i) counts.set(value, (counts.get(value) ?? 0) + 1);
      }
    }
    const buckets = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([key, count]) => ({ key, doc_count: count }));
    const shown = buckets.slice(0, agg.size);
    const other = buckets.slice(agg.size).reduce((sum, bucket) => sum + bucket.doc_count, 0);
    result[name] = { doc_count_error_upper_bound: 0, sum_other_doc_count: other, buckets: shown };
  }
  return result;
}
