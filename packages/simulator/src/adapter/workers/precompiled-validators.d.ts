/** The virtual module bundle.ts generates (ajv standalone validators by cache key). */
declare module "videogen:precompiled-validators" {
  import type { ValidateFunction } from "ajv/dist/2020.js";
  const validators: Readonly<Record<string, ValidateFunction>>;
  export default validators;
}
