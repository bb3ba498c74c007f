// Turns ajv's errors into readable issues: the property that is unknown, the values an enum allows, what was found.
import type { ErrorObject } from 'ajv/dist/2020.js';
import lexiconSchemaV1 from '../lexicon-1.schema.json' with { type: 'json' };
import lexiconSchema from '../lexicon.schema.json' with { type: 'json' };
import { SCHEMA_ID } from './ids.js';
import { escapePointerToken, quote } from './json-text.js';

export interface SchemaIssue {
  pointer: string;
  message: string;
  keyword: string;
  /** Where the issue is in the text: the value at `pointer`, or its property key (unknown properties). */
  at: 'value' | 'key';
}

/**
 * One problem ajv found, with where it is but not yet what to say: messages (with their "did you mean"
 * suggestions) are only written for the problems that are listed, not for all 100,000 of a hostile document.
 */
export interface Finding {
  pointer: string;
  keyword: string;
  at: SchemaIssue['at'];
  /** The index of the ajv error in the array it came from (an anyOf error's branches are the errors just before it). */
  index: number;
}

/**
 * The problems of ajv's `errors`, in their order: the branch errors of an anyOf whose branches only differ by a
 * required property are folded into it, and repeats of the same problem at the same place are dropped. Linear in
 * the number of errors.
 */
export function findingsOf(errors: readonly ErrorObject[]): Finding[] {
  const folded = new Set<number>();
  errors.forEach((error, index) => {
    if (error.keyword !== 'anyOf') return;
    const branches = branchesOf(errors, index);
    if (branches.length > 0 && branches.every((b) => errors[b]?.keyword === 'required' && errors[b]?.instancePath === error.instancePath)) {
      branches.forEach((b) => folded.add(b));
    }
  });
  // The same check failing at the same place through two schema paths (allOf parts) is one problem. Repeats share
  // the pointer, so only the findings at the same pointer are compared (no key string per error).
  const atPointer = new Map<string, Finding[]>();
  const findings: Finding[] = [];
  errors.forEach((error, index) => {
    if (folded.has(index)) return;
    const { pointer, at } = targetOf(error);
    const here = atPointer.get(pointer);
    if (here?.some((earlier) => sameProblem(errors[earlier.index] as ErrorObject, error))) return;
    const finding: Finding = { pointer, at, keyword: error.keyword, index };
    if (here) here.push(finding);
    else atPointer.set(pointer, [finding]);
    findings.push(finding);
  });
  return findings;
}

function sameProblem(a: ErrorObject, b: ErrorObject): boolean {
  const missing = (error: ErrorObject) => (error.params as { missingProperty?: unknown }).missingProperty;
  return a.keyword === b.keyword && missing(a) === missing(b);
}

/**
 * Indices of the errors of an anyOf's branches. ajv collects them while trying the branches and adds the anyOf
 * error right after them, so they are the run of errors just before it whose schema path lies inside the anyOf.
 */
function branchesOf(errors: readonly ErrorObject[], anyOfIndex: number): number[] {
  const prefix = `${errors[anyOfIndex]?.schemaPath ?? ''}/`;
  const branches: number[] = [];
  for (let i = anyOfIndex - 1; i >= 0 && errors[i]?.schemaPath.startsWith(prefix); i--) branches.unshift(i);
  return branches;
}

function targetOf(error: ErrorObject): Pick<Finding, 'pointer' | 'at'> {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties':
    case 'unevaluatedProperties':
      return { pointer: `${error.instancePath}/${escapePointerToken(String(params.additionalProperty ?? params.unevaluatedProperty))}`, at: 'key' };
    case 'uniqueItems':
      // ajv reports the two indices of the first duplicate pair it finds; point at the later occurrence.
      return { pointer: `${error.instancePath}/${String(Math.max(Number(params.i), Number(params.j)))}`, at: 'value' };
    default:
      return { pointer: error.instancePath, at: 'value' };
  }
}

/** Every problem of ajv's `errors`, described (see findingsOf). */
export function describeErrors(errors: readonly ErrorObject[]): SchemaIssue[] {
  return findingsOf(errors).map((finding) => describeFinding(finding, errors));
}

/** What to say about one finding; `errors` is the array it was found in. */
export function describeFinding(finding: Finding, errors: readonly ErrorObject[]): SchemaIssue {
  const error = errors[finding.index] as ErrorObject;
  const params = error.params as Record<string, unknown>;
  const issue = (message: string): SchemaIssue => ({ pointer: finding.pointer, message, keyword: finding.keyword, at: finding.at });
  const got = error.data === undefined ? '' : ` (got ${describeValue(error.data)})`;
  switch (error.keyword) {
    case 'required':
      return issue(`must have required property ${quote(String(params.missingProperty))}`);
    case 'additionalProperties':
    case 'unevaluatedProperties': {
      const name = String(params.additionalProperty ?? params.unevaluatedProperty);
      const suggestion = closestName(name, allowedProperties(error.parentSchema));
      const hint = suggestion ? ` (did you mean ${quote(suggestion)}?)` : schema1Hint(name, error);
      return issue(`unknown property ${quote(name)}${hint}`);
    }
    case 'enum': {
      const allowed = Array.isArray(params.allowedValues) ? params.allowedValues : [];
      return issue(`must be one of ${allowed.map(describeValue).join(', ')}${got}`);
    }
    case 'const':
      return issue(`must be ${describeValue(params.allowedValue)}${got}`);
    case 'type':
      return issue(`must be ${String(params.type).split(',').map(withArticle).join(' or ')} (got ${typeName(error.data)})`);
    case 'minLength':
      return issue(params.limit === 1 ? 'must not be empty' : `must be at least ${String(params.limit)} characters long`);
    case 'maxLength':
      return issue(`must be at most ${String(params.limit)} characters long`);
    case 'minItems':
      return issue(params.limit === 1 ? 'must not be empty (at least one item)' : `must have at least ${String(params.limit)} items`);
    case 'maxItems':
      return issue(`must have at most ${String(params.limit)} items`);
    case 'pattern':
      if (titleOf(error.parentSchema) === 'Id') {
        return issue(`must be an id: lowercase letters and digits in parts separated by '.' or '-', e.g. 'acronym.nuc'${got}`);
      }
      if (titleOf(error.parentSchema) === 'Form') return issue(`must contain a visible character and no line break or control character${got}`);
      if (titleOf(error.parentSchema) === 'EventDate') {
        return issue(`must be a date YYYY, YYYY-MM or YYYY-MM-DD, or two of them separated by '/' for a period, e.g. '2004/2011'${got}`);
      }
      if (titleOf(error.parentSchema) === 'LanguageTag') return issue(`must be a BCP 47 language tag such as 'en', 'fr' or 'en-GB'${got}`);
      return issue(`must match the pattern ${quote(String(params.pattern))}${got}`);
    case 'format':
      return issue(`must be a valid ${String(params.format)}${got}`);
    case 'uniqueItems': {
      const first = Math.min(Number(params.i), Number(params.j));
      return issue(`duplicate item: same as item ${String(first)}`);
    }
    case 'anyOf': {
      const branches = branchesOf(errors, finding.index).map((b) => errors[b] as ErrorObject);
      if (branches.length > 0 && branches.every((b) => b.keyword === 'required' && b.instancePath === error.instancePath)) {
        const names = branches.map((b) => quote(String((b.params as Record<string, unknown>).missingProperty)));
        return issue(`must have at least one of the properties ${names.join(', ')}`);
      }
      return issue('must match at least one of the allowed shapes (see the other issues here)');
    }
    case 'false schema':
      return issue('is not allowed here');
    default:
      return issue(error.message ?? `is invalid (${error.keyword})`);
  }
}

/** A schema 1 member (acronyms, terms) in a document read as schema 2: say how to convert the file. */
function schema1Hint(name: string, error: ErrorObject): string {
  const atRoot = error.instancePath === '' && (error.parentSchema as { $id?: unknown } | undefined)?.$id === SCHEMA_ID;
  return atRoot && (name === 'acronyms' || name === 'terms') ? ' (a schema 1 member: schema 2 has concepts; `natolex migrate` converts the file)' : '';
}

function titleOf(schema: unknown): unknown {
  return typeof schema === 'object' && schema !== null ? (schema as { title?: unknown }).title : undefined;
}

/**
 * Property names a schema object accepts: its own `properties` and those of its `allOf` parts (inlined by
 * inline-refs.ts, or local `$ref`s when the schema was compiled as published).
 */
function allowedProperties(parentSchema: unknown): string[] {
  if (typeof parentSchema !== 'object' || parentSchema === null) return [];
  const schema = parentSchema as { properties?: object; allOf?: unknown[] };
  const names = Object.keys(schema.properties ?? {});
  for (const part of schema.allOf ?? []) {
    const { $ref: ref, properties } = part as { $ref?: unknown; properties?: object };
    if (typeof ref === 'string') names.push(...Object.keys(resolveLocalDefinition(ref)?.properties ?? {}));
    else names.push(...Object.keys(properties ?? {}));
  }
  return names;
}

function resolveLocalDefinition(ref: string): { properties?: object } | undefined {
  const match = /^#\/\$defs\/([^/]+)$/.exec(ref);
  // Both schemas' names: schema 1's EntryCommon is only in schema 1, the shared definitions are the same in both.
  const definitions: Record<string, unknown> = { ...lexiconSchemaV1.$defs, ...lexiconSchema.$defs };
  return match?.[1] ? (definitions[match[1]] as { properties?: object } | undefined) : undefined;
}

/** The allowed name closest to a misspelt one (edit distance at most a third of its length), if any. */
export function closestName(name: string, candidates: readonly string[]): string | undefined {
  if (name.length > 100) return undefined;
  let best: string | undefined;
  let bestDistance = Math.max(1, Math.floor(name.length / 3)) + 1;
  for (const candidate of candidates) {
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** Edit distance counting a swap of two neighbouring letters as one edit (optimal string alignment). */
export function editDistance(a: string, b: string): number {
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let distance = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        distance = Math.min(distance, (beforePrevious[j - 2] ?? 0) + 1);
      }
      current[j] = distance;
    }
    beforePrevious = previous;
    previous = current;
  }
  return previous[b.length] ?? 0;
}

function withArticle(type: string): string {
  if (type === 'null' || type === 'undefined') return type;
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'an integer' : 'a number';
  return withArticle(typeof value);
}

/** A short rendering of a JSON value for messages; never throws (values may be hostile). */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return quote(value, 40);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  return typeName(value);
}
