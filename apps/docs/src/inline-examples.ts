/**
 * Media-type `examples` maps point at components/examples with `$ref`. Scalar's "Examples" list in
 * a response shows such an entry as raw JSON (`{"$ref": …, "$ref-value": …}`), so the docs variant
 * puts each referenced example in place. The examples themselves are unchanged.
 */
type Json = Record<string, any>;

const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);

function resolve(spec: Json, ref: string): Json {
  const target = ref
    .replace(/^#\//, "")
    .split("/")
    .reduce<any>((node, part) => node?.[part.replace(/~1/g, "/").replace(/~0/g, "~")], spec);
  if (!isObject(target)) throw new Error(`spec: unresolved example ${ref}`);
  return typeof target.$ref === "string" ? resolve(spec, target.$ref) : target;
}

function walk(spec: Json, node: unknown): void {
  if (Array.isArray(node)) return node.forEach((item) => walk(spec, item));
  if (!isObject(node)) return;
  for (const [key, value] of Object.entries(node)) {
    if (key === "examples" && isObject(value)) {
      for (const [name, example] of Object.entries(value)) {
        if (isObject(example) && typeof example.$ref === "string") value[name] = structuredClone(resolve(spec, example.$ref));
      }
    } else {
      walk(spec, value);
    }
  }
}

/** Returns a copy of `spec` whose media-type examples are inline. */
export function inlineExamples(spec: Json): Json {
  const copy = structuredClone(spec);
  walk(copy, copy.paths);
  walk(copy, copy.components?.responses);
  walk(copy, copy.components?.requestBodies);
  return copy;
}
