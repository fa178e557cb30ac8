/** How a user of orval names the types the matrix checks. */
import type { ErrorCode as GeneratedErrorCode, GenerateRequest, Generation as GeneratedGeneration, GenerationFailure, GenerationStatus } from "../.out/generated/api";

export type Status = GenerationStatus;
export type ErrorCode = GeneratedErrorCode;
export type FailureCode = GenerationFailure["code"];
export type GenerateBody = GenerateRequest;
export type Generation = GeneratedGeneration;
