/** Where things live in the repository, resolved from this file so scripts run from any directory. */
import { fileURLToPath } from "node:url";

const root = (relative: string) => fileURLToPath(new URL(`../../${relative}`, import.meta.url));

export const repoRoot = root("");
export const bundledSpecJson = root("spec/dist/openapi.json");
export const bundledSpecYaml = root("spec/dist/openapi.yaml");
export const redoclyConfig = root("redocly.yaml");
export const codeSamplesDir = root("spec/code_samples");
