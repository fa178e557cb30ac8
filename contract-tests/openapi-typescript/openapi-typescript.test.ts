import { fileURLToPath } from "node:url";
import { bin, execOk, matrixTests } from "@videogenapi/contract-test-harness";

const projectDir = fileURLToPath(new URL(".", import.meta.url));

await matrixTests({
  column: "openapi-typescript + openapi-fetch",
  projectDir,
  packages: ["openapi-typescript", "openapi-fetch"],
  generate: async ({ specJson, generatedDir }) => {
    // As the SDK generates its types (tooling/scripts/generate.ts): a default does not make a field
    // required. With openapi-typescript's own default (true), every request that leaves out
    // `duration` or `resolution` is rejected, as both have defaults.
    const options = ["--default-non-nullable=false"];
    await execOk(bin(projectDir, "openapi-typescript"), [specJson, ...options, "-o", `${generatedDir}/schema.ts`], { cwd: projectDir });
  },
});
