/**
 * Every validator the simulator can ask for, by cache key: one per request shape of the body, one
 * per operation parameter. Ahead-of-time compilation (the Workers bundle) compiles exactly these.
 */
import { MODELS } from "../contract/models.ts";
import { operationParameters, spec, type JsonSchema } from "../contract/spec.ts";
import { bodyKey, paramKey } from "./ajv.ts";
import { paramId, paramSchema } from "./params.ts";

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/** Body validators: key → `#/components/...` pointer of the spec, one per request shape (model and mode). */
export function bodyCatalog(): Record<string, string> {
  const shapes = [...MODELS.values()].flatMap((model) => Object.values(model.shapes));
  return Object.fromEntries(shapes.map((shape) => [bodyKey(shape.ref), shape.ref]));
}

/** Parameter validators: key → the inline schema `paramValidator` compiles. */
export function paramCatalog(): Record<string, JsonSchema> {
  const entries: Array<[string, JsonSchema]> = [];
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const method of METHODS.filter((m) => m in item)) {
      for (const parameter of operationParameters(path, method)) {
        entries.push([paramKey(paramId(method, path, parameter.name)), paramSchema(parameter)]);
      }
    }
  }
  return Object.fromEntries(entries);
}
