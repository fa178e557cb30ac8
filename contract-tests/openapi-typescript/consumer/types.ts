/** How a user of openapi-typescript names the types the matrix checks. */
import type { components } from "../.out/generated/schema";

type Schemas = components["schemas"];
export type Status = Schemas["GenerationStatus"];
export type ErrorCode = Schemas["ErrorCode"];
export type FailureCode = Schemas["GenerationFailure"]["code"];
export type GenerateBody = Schemas["GenerateRequest"];
export type Generation = Schemas["Generation"];
