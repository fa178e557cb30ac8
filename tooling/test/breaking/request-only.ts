/**
 * A contract cut down to one operation's request body and the components it refers to: how the
 * restructure fixture (fixtures/request-3edf838.json) was made from the bundle of commit 3edf838,
 * and how the test cuts the released 0.0.0 contract to compare like with like.
 */
type Spec = Record<string, any>;

export function requestOnly(doc: Spec, path: string, method: string): Spec {
  const keep = new Map<string, [string, string]>();
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(walk);
    if (value === null || typeof value !== "object") return;
    const ref = (value as { $ref?: unknown }).$ref;
    if (typeof ref === "string" && ref.startsWith("#/components/")) {
      const [, , section, name] = ref.split("/") as [string, string, string, string];
      if (!keep.has(`${section}/${name}`)) {
        keep.set(`${section}/${name}`, [section, name]);
        walk(doc.components[section][name]);
      }
    }
    Object.values(value).forEach(walk);
  };
  const operation = doc.paths[path][method];
  walk(operation.requestBody);
  const components: Spec = {};
  for (const [section, name] of [...keep.values()].sort()) (components[section] ??= {})[name] = doc.components[section][name];
  return {
    openapi: doc.openapi,
    info: { title: doc.info.title, version: doc.info.version },
    paths: { [path]: { [method]: { operationId: operation.operationId, requestBody: operation.requestBody, responses: { "200": { description: "Accepted." } } } } },
    components,
  };
}
