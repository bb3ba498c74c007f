// The lexicon schema with its local `$ref`s replaced by the definitions they name, for compiling only (the published
// schema keeps its `$ref`s). Why: ajv compiles a `$ref` to a schema that itself has a `$ref` as a separate function
// and, with allErrors, copies every error collected so far into a new array after each call of it
// (`vErrors.concat(...)`), so 100k invalid entries cost 100k² copies. A `uniqueItems` array whose `items` is a bare
// `$ref` is also compared pair by pair, because ajv only hashes items whose type it can read off `items` itself.
// Inlined, the whole document is one function that pushes each error once, and `items` carries its `type`.

type SchemaObject = Record<string, unknown>;

/** Keywords that only annotate: a `$ref`'s siblings of these kinds can be merged into the referenced definition. */
const ANNOTATIONS = new Set(['description', 'title', '$comment', 'examples', 'default', 'deprecated', 'readOnly', 'writeOnly']);

const LOCAL_DEFINITION = /^#\/\$defs\/([^/~]+)$/;

function isObject(value: unknown): value is SchemaObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A deep copy of `schema` in which every `{"$ref": "#/$defs/X", ...}` is replaced by definition X (itself inlined).
 * Siblings that only annotate are merged over the definition (so `title` and `description` stay readable for
 * messages); any other sibling keeps the definition under `allOf`, which means the same in draft 2020-12. A `$ref`
 * that would recurse into itself is left as it is (ajv handles those; the lexicon schema has none).
 */
export function inlineLocalRefs<T extends SchemaObject>(schema: T): T {
  const definitions = isObject(schema.$defs) ? schema.$defs : {};
  const visit = (node: unknown, expanding: readonly string[]): unknown => {
    if (Array.isArray(node)) return node.map((item) => visit(item, expanding));
    if (!isObject(node)) return node;
    const name = typeof node.$ref === 'string' ? LOCAL_DEFINITION.exec(node.$ref)?.[1] : undefined;
    const definition = name === undefined ? undefined : definitions[name];
    const copy: SchemaObject = {};
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && isObject(definition) && name !== undefined && !expanding.includes(name)) continue;
      copy[key] = visit(value, expanding);
    }
    if (!isObject(definition) || name === undefined || expanding.includes(name)) return copy;
    const inlined = visit(definition, [...expanding, name]) as SchemaObject;
    const onlyAnnotations = Object.keys(copy).every((key) => ANNOTATIONS.has(key));
    if (onlyAnnotations) return { ...inlined, ...copy };
    return { ...copy, allOf: [inlined, ...(Array.isArray(copy.allOf) ? copy.allOf : [])] };
  };
  return visit(schema, []) as T;
}
