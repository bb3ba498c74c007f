// Turns ajv's errors into readable issues: the property that is unknown, the values an enum allows, what was found.
import type { ErrorObject } from 'ajv/dist/2020.js';
import lexiconSchema from '../lexicon.schema.json' with { type: 'json' };
import { escapePointerToken, quote } from './json-text.js';

export interface SchemaIssue {
  pointer: string;
  message: string;
  keyword: string;
  /** Where the issue is in the text: the value at `pointer`, or its property key (unknown properties). */
  at: 'value' | 'key';
}

export function describeErrors(errors: readonly ErrorObject[]): SchemaIssue[] {
  const anyOfBranchErrors = new Set<ErrorObject>();
  const issues: SchemaIssue[] = [];
  for (const error of errors) {
    if (error.keyword !== 'anyOf') continue;
    const branches = errors.filter((other) => other.schemaPath.startsWith(`${error.schemaPath}/`));
    const requiredOnly = branches.every((b) => b.keyword === 'required' && b.instancePath === error.instancePath);
    if (branches.length > 0 && requiredOnly) branches.forEach((b) => anyOfBranchErrors.add(b));
  }
  for (const error of errors) {
    if (anyOfBranchErrors.has(error)) continue;
    issues.push(describeError(error, errors));
  }
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = `${issue.pointer}\u0000${issue.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function describeError(error: ErrorObject, all: readonly ErrorObject[]): SchemaIssue {
  const pointer = error.instancePath;
  const params = error.params as Record<string, unknown>;
  const issue = (message: string, at: SchemaIssue['at'] = 'value', atPointer = pointer): SchemaIssue => ({
    pointer: atPointer,
    message,
    keyword: error.keyword,
    at,
  });
  const got = error.data === undefined ? '' : ` (got ${describeValue(error.data)})`;
  switch (error.keyword) {
    case 'required':
      return issue(`must have required property ${quote(String(params.missingProperty))}`);
    case 'additionalProperties':
    case 'unevaluatedProperties': {
      const name = String(params.additionalProperty ?? params.unevaluatedProperty);
      const suggestion = closestName(name, allowedProperties(error.parentSchema));
      const hint = suggestion ? ` (did you mean ${quote(suggestion)}?)` : '';
      return issue(`unknown property ${quote(name)}${hint}`, 'key', `${pointer}/${escapePointerToken(name)}`);
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
      return isIdSchema(error.parentSchema)
        ? issue(`must be an id: lowercase letters and digits in parts separated by '.' or '-', e.g. 'acronym.nuc'${got}`)
        : issue(`must match the pattern ${String(params.pattern)}${got}`);
    case 'format':
      return issue(`must be a valid ${String(params.format)}${got}`);
    case 'uniqueItems': {
      // ajv reports the two indices of the first duplicate pair it finds; point at the later occurrence.
      const [first, second] = [Number(params.i), Number(params.j)].sort((a, b) => a - b);
      return issue(`duplicate item: same as item ${String(first)}`, 'value', `${pointer}/${String(second)}`);
    }
    case 'anyOf': {
      const branches = all.filter((other) => other.schemaPath.startsWith(`${error.schemaPath}/`));
      if (branches.length > 0 && branches.every((b) => b.keyword === 'required' && b.instancePath === pointer)) {
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

function isIdSchema(schema: unknown): boolean {
  return typeof schema === 'object' && schema !== null && (schema as { title?: unknown }).title === 'Id';
}

/** Property names a schema object accepts: its own `properties` and those of local `allOf` refs, resolved by ajv. */
function allowedProperties(parentSchema: unknown): string[] {
  if (typeof parentSchema !== 'object' || parentSchema === null) return [];
  const schema = parentSchema as { properties?: object; allOf?: unknown[] };
  const names = Object.keys(schema.properties ?? {});
  for (const part of schema.allOf ?? []) {
    const ref = (part as { $ref?: unknown }).$ref;
    if (typeof ref === 'string') names.push(...Object.keys(resolveLocalDefinition(ref)?.properties ?? {}));
  }
  return names;
}

function resolveLocalDefinition(ref: string): { properties?: object } | undefined {
  const match = /^#\/\$defs\/([^/]+)$/.exec(ref);
  const definitions: Record<string, unknown> = lexiconSchema.$defs;
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
