/** Short names for the generated schema types that users touch most. */
import type { components } from "./generated/schema.ts";

type Schemas = components["schemas"];

/** The body of `POST /v1/generate`: one branch per model, each with its own limits. */
export type GenerateRequest = Schemas["GenerateRequest"];
/** A generation as status and list report it; narrow on `status`. */
export type Generation = Schemas["Generation"];
export type ModelKey = Schemas["ModelKey"];
