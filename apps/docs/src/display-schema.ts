/**
 * Display-only rewrites of the schemas, for what renderers show badly. The contract's meaning stays:
 * every field, enum, default and per-model limit is kept as it is.
 * - A `false` property schema (`image_url: false` on a text-to-video shape) says "not accepted";
 *   renderers show it as an empty "Not · Schema" field. Dropped: the shape's description already
 *   says so and `additionalProperties: false` still rejects it.
 * - An `if`/`then` rule (`audio_prompt` needs `add_audio: true`) is invisible in renderers. Its
 *   `then.description` is added to the description of the object it constrains; the rule stays.
 */
type Json = Record<string, any>;

function isSchema(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function rewrite(schema: Json): void {
  if (isSchema(schema.properties)) {
    for (const [name, property] of Object.entries(schema.properties)) {
      if (property === false) delete schema.properties[name];
      else if (isSchema(property)) rewrite(property);
    }
  }
  const rule = schema.then?.description;
  if (typeof rule === "string" && !String(schema.description ?? "").includes(rule)) {
    schema.description = schema.description ? `${schema.description.trimEnd()}\n\n${rule}` : rule;
  }
  for (const key of ["oneOf", "anyOf", "allOf"]) {
    if (Array.isArray(schema[key])) schema[key].filter(isSchema).forEach(rewrite);
  }
  if (isSchema(schema.items)) rewrite(schema.items);
}

/** Returns a copy of the components' schemas with the display rewrites applied. */
export function displaySchemas(schemas: Record<string, Json>): Record<string, Json> {
  const copy: Record<string, Json> = structuredClone(schemas);
  Object.values(copy).filter(isSchema).forEach(rewrite);
  return copy;
}
